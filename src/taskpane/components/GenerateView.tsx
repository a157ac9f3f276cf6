/**
 * One click: check again, then (no errors) write the ranking and nominations sheets and show the result,
 * or (errors) say so and offer to jump to the first one. Clicking again replaces only the tool's own sheets
 * (the port's job); this view just shows the newest outcome.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { OUTPUT_NAMES } from '../../core';
import type { GenerateOutcome } from '../usePane';
import { firstError } from '../groupIssues';
import { roundStage, unitsToCome } from '../round';
import { useT } from '../lang';
import { FirstErrorAction } from './FirstErrorAction';
import { Nominees } from './Nominees';
import { RankingTable } from './RankingTable';
import { ScoreChart } from './ScoreChart';

const useStyles = makeStyles({
  p: { margin: 0 },
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  summary: { color: tokens.colorNeutralForeground2 },
});

export interface GenerateViewProps {
  outcome: GenerateOutcome | null;
  busy: boolean;
  onGenerate: () => void;
  onSelect: (sheet: string, cell: string | null) => void;
}

export function GenerateView({ outcome, busy, onGenerate, onSelect }: GenerateViewProps) {
  const t = useT();
  const s = useStyles();
  return (
    <section className={s.root} aria-labelledby="generate-heading">
      <h2 id="generate-heading" className={s.heading}>
        {t('generateHeading')}
      </h2>
      <p className={s.p}>{t('generateIntro', { ranking: OUTPUT_NAMES.ranking, nominations: OUTPUT_NAMES.nominations })}</p>
      <div>
        <Button appearance="primary" disabledFocusable={busy} onClick={onGenerate} data-testid="generate">
          {t('generateButton')}
        </Button>
      </div>
      {outcome?.kind === 'blocked' && <Blocked outcome={outcome} onSelect={onSelect} busy={busy} />}
      {outcome?.kind === 'done' && <Done outcome={outcome} onSelect={onSelect} busy={busy} />}
    </section>
  );
}

function Blocked({ outcome, onSelect, busy }: { outcome: Extract<GenerateOutcome, { kind: 'blocked' }>; onSelect: GenerateViewProps['onSelect']; busy: boolean }) {
  const t = useT();
  const errors = outcome.evaluation.issues.filter((i) => i.severity === 'error').length;
  // A round still under way is not a workbook full of mistakes: say who is still to come, neutrally.
  const waiting = roundStage(outcome.evaluation) === 'in_progress';
  return (
    <MessageBar intent={waiting ? 'warning' : 'error'} layout="multiline" data-testid="generate-blocked">
      <MessageBarBody>
        <MessageBarTitle>{t('generateBlockedTitle')}</MessageBarTitle>
        {waiting ? t('progressWaiting', { n: unitsToCome(outcome.evaluation) }) : t('generateBlocked', { n: errors })}
      </MessageBarBody>
      <FirstErrorAction first={firstError(outcome.evaluation.issues)} busy={busy} onSelect={onSelect} testId="first-error" />
    </MessageBar>
  );
}

function Done({ outcome, onSelect, busy }: { outcome: Extract<GenerateOutcome, { kind: 'done' }>; onSelect: GenerateViewProps['onSelect']; busy: boolean }) {
  const t = useT();
  const s = useStyles();
  const { evaluation, sheets } = outcome;
  const c = evaluation.statusCounts;
  return (
    <>
      <MessageBar intent="success" layout="multiline" data-testid="generate-done">
        <MessageBarBody>
          <MessageBarTitle>{t('generateDoneTitle')}</MessageBarTitle>
          {t('generateDone', { sheets: sheets.map((x) => `“${x.name}”`).join(', ') })}
        </MessageBarBody>
      </MessageBar>
      <div className={s.buttons}>
        {sheets.map((x) => (
          <Button key={x.name} disabledFocusable={busy} onClick={() => onSelect(x.name, null)} data-testid={`open-${x.role}`}>
            {t('openSheet', { sheet: x.name })}
          </Button>
        ))}
      </div>
      <Nominees nominations={evaluation.nominations} />
      {evaluation.failedVote.length > 0 && <p className={s.p}>{t('failedVote', { units: evaluation.failedVote.join(', ') })}</p>}
      <p className={`${s.p} ${s.summary}`} data-testid="summary">
        {t('summaryLine', { exceeded: c.exceeded, met: c.met, notMet: c.not_met, total: evaluation.units.length })}
      </p>
      <ScoreChart units={evaluation.units} />
      <RankingTable units={evaluation.units} />
    </>
  );
}
