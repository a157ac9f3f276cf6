/**
 * The step being worked on, in a live region that always exists (screen readers only announce changes
 * to a region that was already in the page). A CSS ring instead of Fluent's Spinner keeps the bundle small.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Step } from '../usePane';
import { useT } from '../lang';
import type { UiKey } from '../../i18n/ui';

const STEP_KEY: Record<Step, UiKey> = {
  reading: 'stepReading',
  checking: 'stepChecking',
  writing: 'stepWriting',
  creating: 'stepCreating',
  selecting: 'stepSelecting',
};

const useStyles = makeStyles({
  root: { minHeight: '20px', display: 'flex', alignItems: 'center', gap: '8px', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  ring: {
    width: '14px',
    height: '14px',
    borderRadius: '50%',
    border: `2px solid ${tokens.colorBrandStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { to: { transform: 'rotate(360deg)' } },
    animationDuration: '0.8s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '2.4s' },
  },
});

/** A spinning ring and a label; the caller decides whether it is a live region. */
export function Busy({ label }: { label: string }) {
  const s = useStyles();
  return (
    <>
      <span className={s.ring} aria-hidden="true" />
      <span>{label}</span>
    </>
  );
}

export function Progress({ step }: { step: Step | null }) {
  const t = useT();
  const s = useStyles();
  return (
    <div role="status" aria-live="polite" className={s.root} data-testid="progress">
      {step && <Busy label={t(STEP_KEY[step])} />}
    </div>
  );
}
