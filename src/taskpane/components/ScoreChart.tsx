/**
 * A small bar chart of the scores in plain CSS (no chart library: the pane's bundle stays small). Each bar
 * is a list item whose text states unit and score, so the chart reads the same without sight.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Status, UnitResult } from '../../core';
import { formatPercent } from '../../i18n/ui';
import { useLang, useT } from '../lang';

const useStyles = makeStyles({
  figure: { margin: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: '6px', fontSize: tokens.fontSizeBase300 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '3px' },
  row: { display: 'grid', gridTemplateColumns: 'minmax(72px, 34%) 1fr auto', alignItems: 'center', gap: '6px', fontSize: tokens.fontSizeBase200 },
  label: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  track: { height: '10px', backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall, overflow: 'hidden' },
  bar: { height: '100%', borderRadius: tokens.borderRadiusSmall },
  exceeded: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  met: { backgroundColor: tokens.colorBrandBackground },
  not_met: { backgroundColor: tokens.colorNeutralForeground3 },
  value: { fontVariantNumeric: 'tabular-nums', minWidth: '48px', textAlign: 'right' },
});

export function ScoreChart({ units }: { units: UnitResult[] }) {
  const t = useT();
  const lang = useLang();
  const s = useStyles();
  const max = Math.max(1, ...units.map((u) => u.score));
  const colour: Record<Status, string> = { exceeded: s.exceeded, met: s.met, not_met: s.not_met };
  return (
    <figure className={s.figure} aria-labelledby="chart-caption" data-testid="score-chart">
      <figcaption id="chart-caption" className={s.caption}>
        {t('chartHeading')}
      </figcaption>
      <ul className={s.list}>
        {units.map((u) => {
          const pct = formatPercent(lang, u.score);
          return (
            <li key={u.sheet} className={s.row} aria-label={t('chartBar', { unit: u.sheet, score: pct })}>
              <span className={s.label} aria-hidden="true" title={u.sheet}>
                {u.sheet}
              </span>
              <span className={s.track} aria-hidden="true">
                <span className={`${s.bar} ${colour[u.status]}`} style={{ display: 'block', width: `${(u.score / max) * 100}%` }} />
              </span>
              <span className={s.value} aria-hidden="true">
                {pct}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
