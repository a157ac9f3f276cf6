/** The ranking in the pane: rank, unit, mean attainment and status, one row per unit in ranking order. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { UnitResult } from '../../core';
import { formatPercent } from '../../i18n/ui';
import { useLang, useT } from '../lang';
import { StatusBadge } from './StatusBadge';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '0 0 4px', fontSize: tokens.fontSizeBase300 },
  th: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    padding: '4px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
  },
  td: { padding: '4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'middle' },
  unit: { fontWeight: tokens.fontWeightRegular, textAlign: 'left' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});

export function RankingTable({ units }: { units: UnitResult[] }) {
  const t = useT();
  const lang = useLang();
  const s = useStyles();
  return (
    <table className={s.table} data-testid="ranking">
      <caption className={s.caption}>{t('rankingCaption', { n: units.length })}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${s.th} ${s.num}`}>
            {t('colRank')}
          </th>
          <th scope="col" className={s.th}>
            {t('colUnit')}
          </th>
          <th scope="col" className={`${s.th} ${s.num}`}>
            {t('colScore')}
          </th>
          <th scope="col" className={s.th}>
            {t('colStatus')}
          </th>
        </tr>
      </thead>
      <tbody>
        {units.map((u) => (
          <tr key={u.sheet}>
            <td className={`${s.td} ${s.num}`}>{u.rank}</td>
            <th scope="row" className={`${s.td} ${s.unit}`}>
              {u.sheet}
            </th>
            <td className={`${s.td} ${s.num}`}>{formatPercent(lang, u.score)}</td>
            <td className={s.td}>
              <StatusBadge status={u.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
