/**
 * The vote in the check view: the tally when the workbook has a ballots sheet, and the button that creates
 * one (one column per unit that qualifies, one row per voting unit; never over an existing sheet). The button
 * says up front why it cannot be used yet (no check, errors, no qualifying unit); on a click the pane reads
 * the workbook again and decides anew, since the workbook may have changed since the check.
 */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { ballotRows, BALLOT_SHEET_NAMES, compareVi, type Evaluation } from '../../core';
import { formatPercent } from '../../i18n/ui';
import type { BallotsOutcome } from '../usePane';
import { useLang, useT, type Translate } from '../lang';
import { BallotTally } from './BallotTally';
import { roundStage, unitsToCome } from '../round';
import { FirstErrorAction } from './FirstErrorAction';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', marginTop: '4px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  p: { margin: 0 },
  create: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '4px' },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface BallotsSectionProps {
  evaluation: Evaluation | null;
  outcome: BallotsOutcome | null;
  busy: boolean;
  onCreate: () => void;
  onSelect: (sheet: string, cell: string | null) => void;
}

/** Why the button cannot be used on the current check, or what it will do. */
function readiness(ev: Evaluation | null, t: Translate): { enabled: boolean; hint: string } {
  if (!ev) return { enabled: false, hint: t('ballotsNeedCheck') };
  // With a ballots sheet the click explains that it exists and offers to open it.
  if (ev.ballots) return { enabled: true, hint: '' };
  if (roundStage(ev) === 'in_progress') return { enabled: false, hint: t('progressWaiting', { n: unitsToCome(ev) }) };
  const errors = ev.issues.filter((i) => i.severity === 'error').length;
  if (errors > 0) return { enabled: false, hint: t('ballotsBlocked', { n: errors }) };
  const units = ev.units.filter((u) => u.qualifies).map((u) => u.sheet).sort(compareVi);
  if (units.length === 0) return { enabled: false, hint: t('ballotsNoCandidates') };
  return { enabled: true, hint: t('ballotsWillCreate', { sheet: BALLOT_SHEET_NAMES[0], units: units.join(', '), voters: ballotRows(ev) }) };
}

export function BallotsSection({ evaluation, outcome, busy, onCreate, onSelect }: BallotsSectionProps) {
  const t = useT();
  const lang = useLang();
  const s = useStyles();
  const ready = readiness(evaluation, t);
  return (
    <section className={s.root} aria-labelledby="ballots-heading" data-testid="ballots">
      <h3 id="ballots-heading" className={s.heading}>
        {t('ballotsHeading')}
      </h3>
      {evaluation?.ballots ? (
        <BallotTally tally={evaluation.ballots} settings={evaluation.settings} failedVote={evaluation.failedVote} busy={busy} onSelect={onSelect} />
      ) : (
        evaluation && <p className={s.p}>{t('ballotsIntro', { min: formatPercent(lang, evaluation.settings.minVoteShare) })}</p>
      )}
      <div className={s.create}>
        <Button
          disabledFocusable={busy || !ready.enabled}
          onClick={onCreate}
          aria-describedby={ready.hint ? 'create-ballots-hint' : undefined}
          data-testid="create-ballots"
        >
          {t('createBallotsButton')}
        </Button>
        {ready.hint && (
          <span id="create-ballots-hint" className={s.hint} data-testid="create-ballots-hint">
            {ready.hint}
          </span>
        )}
      </div>
      {outcome && <Outcome outcome={outcome} busy={busy} onSelect={onSelect} />}
    </section>
  );
}

function Outcome({ outcome, busy, onSelect }: { outcome: BallotsOutcome; busy: boolean; onSelect: BallotsSectionProps['onSelect'] }) {
  const t = useT();
  const open = (sheet: string) => (
    <MessageBarActions>
      <Button size="small" disabledFocusable={busy} onClick={() => onSelect(sheet, null)} data-testid="open-ballots">
        {t('openSheet', { sheet })}
      </Button>
    </MessageBarActions>
  );
  switch (outcome.kind) {
    case 'created':
      return (
        <MessageBar intent="success" layout="multiline" data-testid="ballots-created">
          <MessageBarBody>
            <MessageBarTitle>{t('ballotsCreatedTitle')}</MessageBarTitle>
            {t('ballotsCreated', { sheet: outcome.sheet, candidates: outcome.candidates.length, units: outcome.candidates.join(', '), voters: outcome.voters })}
          </MessageBarBody>
          {open(outcome.sheet)}
        </MessageBar>
      );
    case 'exists':
      return (
        <MessageBar intent="info" layout="multiline" data-testid="ballots-exists">
          <MessageBarBody>
            <MessageBarTitle>{t('ballotsExistsTitle')}</MessageBarTitle>
            {t('ballotsExists', { sheet: outcome.sheet })}
          </MessageBarBody>
          {open(outcome.sheet)}
        </MessageBar>
      );
    case 'blocked':
      return (
        <MessageBar intent="warning" layout="multiline" data-testid="ballots-not-created">
          <MessageBarBody>
            <MessageBarTitle>{t('ballotsNotCreatedTitle')}</MessageBarTitle>
            {t('ballotsBlocked', { n: outcome.errors })}
          </MessageBarBody>
          <FirstErrorAction first={outcome.first} busy={busy} onSelect={onSelect} />
        </MessageBar>
      );
    case 'none':
      return (
        <MessageBar intent="warning" layout="multiline" data-testid="ballots-not-created">
          <MessageBarBody>
            <MessageBarTitle>{t('ballotsNotCreatedTitle')}</MessageBarTitle>
            {t('ballotsNoCandidates')}
          </MessageBarBody>
        </MessageBar>
      );
  }
}
