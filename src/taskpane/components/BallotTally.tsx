/**
 * The vote as the check counted it (WORKBOOK.md §1.4): per candidate its votes over the valid ballots, pass
 * or fail against the minimum share, and whether it qualifies on results; the units the vote stopped; the
 * ballots not counted. Candidates and ballots are native buttons (Tab, Enter, Space) that select the
 * candidate's header cell or the ballot's row in the workbook.
 */
import { makeStyles, MessageBar, MessageBarBody, mergeClasses, tokens } from '@fluentui/react-components';
import type { BallotCandidate, BallotTally as Tally, Settings } from '../../core';
import { parseA1, rangeA1 } from '../../core';
import { formatPercent } from '../../i18n/ui';
import { useLang, useT } from '../lang';
import { Pill } from './Pill';
import { Selectable } from './Selectable';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  p: { margin: 0 },
  sub: { margin: '4px 0 0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: '3px',
    width: '100%',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    padding: '6px 8px',
    minHeight: 'auto',
  },
  top: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '8px' },
  name: { fontWeight: tokens.fontWeightSemibold, minWidth: 0, overflowWrap: 'anywhere' },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  votes: { fontVariantNumeric: 'tabular-nums' },
  // The share as a bar with the threshold as a tick: pass or fail at a glance (the text says it too).
  track: { position: 'relative', display: 'block', height: '6px', backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  bar: { display: 'block', height: '100%', borderRadius: tokens.borderRadiusSmall },
  pass: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  fail: { backgroundColor: tokens.colorPaletteRedBackground3 },
  tick: { position: 'absolute', top: '-2px', bottom: '-2px', width: '2px', marginLeft: '-1px', backgroundColor: tokens.colorNeutralForeground1 },
  row: { display: 'flex', alignItems: 'flex-start', gap: '8px', width: '100%', justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightRegular, padding: '6px 8px', minHeight: 'auto' },
  message: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  where: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2, flexShrink: 0 },
});

export interface BallotTallyProps {
  tally: Tally;
  settings: Settings;
  failedVote: string[];
  busy: boolean;
  /** Absent on the web page (no workbook to select in): the rows are plain. */
  onSelect?: (sheet: string, cell: string | null) => void;
}

/** A ballot's row, from column A to the last candidate column, so the whole ballot is selected. */
function ballotRange(tally: Tally, row: number): string {
  const last = Math.max(0, ...tally.candidates.map((c) => parseA1(c.column)?.col ?? 0));
  return rangeA1(row - 1, 0, row - 1, last);
}

export function BallotTally({ tally, settings, failedVote, busy, onSelect }: BallotTallyProps) {
  const t = useT();
  const lang = useLang();
  const s = useStyles();
  const min = formatPercent(lang, settings.minVoteShare);
  // A sheet just created (or not filled in yet): nominations wait, no unit "fails"; say what to do.
  const unmarked = !tally.entered;
  const counts = tally.issued !== null && tally.returned !== null ? t('ballotsTallyCounts', { issued: tally.issued, returned: tally.returned }) : '';
  return (
    <div className={s.root} data-testid="ballot-tally">
      <p className={s.p} data-testid="ballots-form" data-form={tally.form}>
        {t('ballotsForm', { form: t(`form_${tally.form}`) })}
      </p>
      {!unmarked && (
        <p className={s.p} data-testid="ballots-summary">
          {tally.form === 'tally'
            ? t('ballotsTallySummary', { sheet: tally.sheet, valid: tally.validBallots, counts, min })
            : t('ballotsSummary', { sheet: tally.sheet, valid: tally.validBallots, total: tally.totalBallots, min })}
        </p>
      )}
      {unmarked ? (
        <MessageBar intent="info" layout="multiline" data-testid="ballots-unmarked">
          <MessageBarBody>{t(tally.form === 'tally' ? 'ballotsUnmarkedTally' : 'ballotsUnmarked', { sheet: tally.sheet })}</MessageBarBody>
        </MessageBar>
      ) : (
        failedVote.length > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="failed-vote">
            <MessageBarBody>{t('failedVoteNote', { units: failedVote.join(', ') })}</MessageBarBody>
          </MessageBar>
        )
      )}
      <ul className={s.list} aria-label={t('candidatesLabel')}>
        {tally.candidates.map((c) => (
          <li key={c.column}>
            <Candidate c={c} tally={tally} minShare={settings.minVoteShare} unmarked={unmarked} busy={busy} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      {tally.rejected.length > 0 && (
        <>
          <h4 className={s.sub} id="rejected-heading">
            {t('rejectedHeading', { n: tally.rejected.length })}
          </h4>
          <ul className={s.list} aria-labelledby="rejected-heading" data-testid="rejected">
            {tally.rejected.map((b) => (
              <li key={b.row}>
                <Selectable
                  className={s.row}
                  busy={busy}
                  title={t('goToBallot', { row: b.row, sheet: tally.sheet })}
                  onSelect={onSelect && (() => onSelect(tally.sheet, ballotRange(tally, b.row)))}
                  data={{ 'data-testid': 'rejected-ballot', 'data-reason': b.reason }}
                >
                  <span className={s.message}>
                    <span className={s.name}>{b.voter || t('voterBlank')}</span>: {t(`reason_${b.reason}`, { quota: settings.maxNominees })}
                  </span>
                  <span className={s.where}>{t('rejectedRow', { row: b.row })}</span>
                </Selectable>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Candidate(props: { c: BallotCandidate; tally: Tally; minShare: number; unmarked: boolean; busy: boolean; onSelect: BallotTallyProps['onSelect'] }) {
  const { c, tally, minShare, unmarked, busy, onSelect } = props;
  const t = useT();
  const lang = useLang();
  const s = useStyles();
  const votes = t('votesShare', { for: c.votes, ballots: tally.validBallots, share: formatPercent(lang, c.share) });
  return (
    <Selectable
      className={s.item}
      busy={busy}
      title={t('goToCandidate', { unit: c.sheet, cell: c.column, sheet: tally.sheet })}
      onSelect={onSelect && (() => onSelect(tally.sheet, c.column))}
      data={{ 'data-testid': 'candidate', 'data-passes': c.passes }}
    >
      <span className={s.top}>
        <span className={s.name}>{c.sheet}</span>
        {/* Before anyone has voted, "fails" would be no news: the note above says what to do instead. */}
        <Pill color={unmarked ? 'subtle' : c.passes ? 'success' : 'danger'}>{t(unmarked ? 'voteNone' : c.passes ? 'votePasses' : 'voteFails')}</Pill>
      </span>
      <span className={s.track} aria-hidden="true">
        <span className={mergeClasses(s.bar, c.passes ? s.pass : s.fail)} style={{ width: `${Math.min(1, c.share) * 100}%` }} />
        <span className={s.tick} style={{ left: `${Math.min(1, minShare) * 100}%` }} />
      </span>
      <span className={s.meta}>
        {/* Before the vote is entered there is no share to show (0/0 would read as a count). */}
        {!unmarked && (
          <>
            <span className={s.votes}>{votes}</span> ·{' '}
          </>
        )}
        {t(c.qualifies ? 'qualifiesYes' : 'qualifiesNo')}
      </span>
    </Selectable>
  );
}
