/** Check: counts by severity, the verdict, the vote (tally, create the ballots sheet), the grouped issues, and a re-check button. */
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { Evaluation } from '../../core';
import { countBySeverity } from '../groupIssues';
import { issuesBesideProgress, roundStage } from '../round';
import type { BallotsOutcome, ImportOutcome } from '../usePane';
import { useT } from '../lang';
import { BallotsSection } from './BallotsSection';
import { ImportAction, type ImportActionProps } from './ImportAction';
import { IssueList } from './IssueList';
import { Pill } from './Pill';
import { RoundProgress } from './RoundProgress';
import { Welcome } from './Welcome';

const useStyles = makeStyles({
  p: { margin: 0 },
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  counts: { display: 'flex', flexWrap: 'wrap', gap: '6px', margin: 0, padding: 0, listStyleType: 'none' },
  row: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '8px' },
});

export interface CheckViewProps {
  evaluation: Evaluation | null;
  busy: boolean;
  /** What the last "create ballots" click did. */
  ballots: BallotsOutcome | null;
  onCheck: () => void;
  onCreateBallots: () => void;
  onSelect: (sheet: string, cell: string | null) => void;
  /** The empty workbook's way in: the template view. */
  onStartTemplate: () => void;
  /** Returned files read and listed, or written (WORKBOOK.md §6). */
  imported: ImportOutcome | null;
  onImport: ImportActionProps['onImport'];
  onConfirmImport: ImportActionProps['onConfirm'];
  onCancelImport: () => void;
}

export function CheckView({ evaluation, busy, ballots, onCheck, onCreateBallots, onSelect, onStartTemplate, imported, onImport, onConfirmImport, onCancelImport }: CheckViewProps) {
  const t = useT();
  const s = useStyles();
  const stage = evaluation ? roundStage(evaluation) : null;
  // While units register and report, their blank sheets are progress (the view above), not a list of errors.
  const issues = evaluation && stage ? issuesBesideProgress(evaluation, stage) : [];
  const n = evaluation ? countBySeverity(issues) : null;
  return (
    <section className={s.root} aria-labelledby="check-heading">
      <div className={s.row}>
        <h2 id="check-heading" className={s.heading}>
          {t('checkHeading')}
        </h2>
        <Button appearance="primary" disabledFocusable={busy} onClick={onCheck} data-testid="recheck">
          {t(evaluation ? 'recheckButton' : 'checkButton')}
        </Button>
      </div>
      {!evaluation && <p className={s.p}>{t('checkIntro')}</p>}
      {!evaluation && <BallotsSection evaluation={null} outcome={ballots} busy={busy} onCreate={onCreateBallots} onSelect={onSelect} />}
      {stage === 'empty' && <Welcome busy={busy} onStart={onStartTemplate} />}
      {evaluation && n && stage !== 'empty' && (
        <>
          {stage === 'in_progress' && <RoundProgress evaluation={evaluation} onSelect={onSelect} busy={busy} />}
          <ImportAction busy={busy} imported={imported} onImport={onImport} onConfirm={onConfirmImport} onCancel={onCancelImport} />
          <ul className={s.counts} aria-label={t('countsLabel')} data-testid="counts">
            <li>
              <Pill color={n.error ? 'danger' : 'subtle'} large testId="count-errors">
                {t('countErrors', { n: n.error })}
              </Pill>
            </li>
            <li>
              <Pill color={n.warning ? 'warning' : 'subtle'} large testId="count-warnings">
                {t('countWarnings', { n: n.warning })}
              </Pill>
            </li>
            <li>
              <Pill color={n.info ? 'informative' : 'subtle'} large testId="count-notes">
                {t('countNotes', { n: n.info })}
              </Pill>
            </li>
          </ul>
          {n.error > 0 ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{t('checkHasErrors', { n: n.error })}</MessageBarBody>
            </MessageBar>
          ) : stage === 'in_progress' ? null : (
            <MessageBar intent="success" layout="multiline" data-testid="check-clean">
              <MessageBarBody>{t(evaluation.issues.length ? 'checkClean' : 'checkNothing')}</MessageBarBody>
            </MessageBar>
          )}
          <BallotsSection evaluation={evaluation} outcome={ballots} busy={busy} onCreate={onCreateBallots} onSelect={onSelect} />
          <IssueList issues={issues} onSelect={onSelect} busy={busy} />
        </>
      )}
    </section>
  );
}
