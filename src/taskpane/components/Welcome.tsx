/** An empty workbook (no settings, no unit sheet): nothing to check yet; the way in is the template. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../lang';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '10px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  p: { margin: 0 },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export function Welcome({ busy, onStart }: { busy: boolean; onStart: () => void }) {
  const t = useT();
  const s = useStyles();
  return (
    <section className={s.root} aria-labelledby="welcome-heading" data-testid="welcome">
      <h3 id="welcome-heading" className={s.heading}>
        {t('welcomeHeading')}
      </h3>
      <p className={s.p}>{t('welcomeBody')}</p>
      <Button appearance="primary" disabledFocusable={busy} onClick={onStart} data-testid="welcome-template">
        {t('welcomeButton')}
      </Button>
      <p className={s.hint}>{t('welcomeOpen')}</p>
    </section>
  );
}
