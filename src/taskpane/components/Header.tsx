/**
 * Who and when: cluster name, year, cut-off date (dd/mm/yyyy) and how many unit sheets were found; in the
 * pane also the link to the user guide (huong-dan/, served beside the pane: it opens in the browser).
 */
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { Evaluation } from '../../core';
import { formatDate } from '../../core';
import { useT } from '../lang';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  facts: { margin: 0, display: 'flex', flexWrap: 'wrap', columnGap: '12px', rowGap: '2px', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  short: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/**
 * `level`: the heading level of the title (1 in the pane; lower inside the web page's result).
 * `guideUrl`: where the user guide is (the pane passes it; the web page links the guide elsewhere).
 */
export function Header({ evaluation, level = 1, guideUrl }: { evaluation: Evaluation | null; level?: 1 | 2 | 3; guideUrl?: string }) {
  const H = `h${level}` as const;
  const t = useT();
  const s = useStyles();
  const guide = guideUrl ? (
    <Link href={guideUrl} target="_blank" rel="noopener" data-testid="guide-link">
      {t('guideLink')}
    </Link>
  ) : null;
  if (!evaluation) {
    return (
      <div className={s.root}>
        <H className={s.title}>{t('appTitle')}</H>
        <p className={s.facts}>
          <span>{t('headerNoData')}</span>
          {guide}
        </p>
      </div>
    );
  }
  const { settings, foundUnits, expectedUnits } = evaluation;
  return (
    <div className={s.root}>
      <H className={s.title}>{settings.clusterName}</H>
      <p className={s.facts}>
        {settings.year !== null && <span>{t('headerYear', { year: settings.year })}</span>}
        <span>{settings.cutoffDate !== null ? t('headerCutoff', { date: formatDate(settings.cutoffDate) }) : t('headerNoCutoff')}</span>
        <span className={foundUnits < expectedUnits ? s.short : undefined} data-testid="units-found">
          {t('headerUnits', { found: foundUnits, expected: expectedUnits })}
        </span>
        {guide}
      </p>
    </div>
  );
}
