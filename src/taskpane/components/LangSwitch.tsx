/**
 * Vietnamese / English, switchable in the pane (Office's display language only picks the first one): two
 * toggle buttons in a labelled group, each pressed or not. Each shows a short code and carries the
 * language's full name for screen readers; the name starts with the visible code (WCAG 2.5.3).
 */
import { Button, makeStyles } from '@fluentui/react-components';
import type { Lang } from '../../i18n';
import { useT } from '../lang';

const useStyles = makeStyles({
  root: { display: 'flex', gap: '2px', flexShrink: 0 },
  button: { minWidth: '36px', paddingLeft: '6px', paddingRight: '6px' },
  hidden: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 },
});

export function LangSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const t = useT();
  const s = useStyles();
  const option = (value: Lang, short: 'langViShort' | 'langEnShort', name: 'langVi' | 'langEn') => (
    <Button
      size="small"
      className={s.button}
      appearance={lang === value ? 'primary' : 'subtle'}
      aria-pressed={lang === value}
      lang={value}
      onClick={() => onChange(value)}
      data-testid={`lang-${value}`}
    >
      {t(short)}
      <span className={s.hidden}> {t(name)}</span>
    </Button>
  );
  return (
    <div role="group" aria-label={t('langLabel')} className={s.root}>
      {option('vi', 'langViShort', 'langVi')}
      {option('en', 'langEnShort', 'langEn')}
    </div>
  );
}
