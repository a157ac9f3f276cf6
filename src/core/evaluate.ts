/** Snapshot → evaluation: the rules of WORKBOOK.md §3 over what the parsers found. */
import type { Evaluation, Issue, Nomination, Progress, Settings, Snapshot, StatusCounts, Total, UnitResult } from './types';
import { parseSettings } from './settings';
import { discoverUnits } from './discover';
import { parseUnitSheet, sameUnitName } from './unitSheet';
import { compareScores, pad2, percentVi, score, statusOf, STATUS_ORDER } from './rules';
import { compareVi } from './text';
import { makeIssue } from './issues';
import { findBallotSheet, tallyBallots } from './ballots';
import { formatDate } from './snapshot';
import { WB, fill } from './words';
import { chooseOutputNames, OUTPUT_NAMES } from './plan/names';

/** Ranking order: status, then score (high first), then the sum of results (high first). */
function compareRank(a: UnitResult, b: UnitResult): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || -compareScores(a.score, b.score) || b.resultSum - a.resultSum;
}

/** Sorts and assigns shared ranks (1, 1, 3); within a shared rank, Vietnamese collation of the name. */
export function rankUnits(units: UnitResult[]): UnitResult[] {
  const sorted = [...units].sort((a, b) => compareRank(a, b) || compareVi(a.name, b.name));
  sorted.forEach((u, i) => {
    u.rank = i > 0 && compareRank(sorted[i - 1], u) === 0 ? sorted[i - 1].rank : i + 1;
  });
  return sorted;
}

function achievementSentence(lead: string, unit: UnitResult, criteria: { code: string; unitWord: string }[]): string {
  const parts = unit.criteria.map((c) => {
    const word = criteria.find((k) => k.code === c.code)?.unitWord ?? c.code;
    return fill(WB.achievementPart, { result: pad2(c.result), word, percent: percentVi(c.result, c.target) });
  });
  return `${lead} ${parts.join(', ')}`.trim();
}

/**
 * Quota: eligible units in ranking order up to the quota; a group sharing a rank that would cross it is not
 * cut arbitrarily — none of it is taken, and it is named for the cluster to decide.
 */
export function applyQuota(eligible: UnitResult[], quota: number | null): { taken: UnitResult[]; tie: UnitResult[] } {
  if (quota === null) return { taken: [...eligible], tie: [] };
  const taken: UnitResult[] = [];
  let i = 0;
  while (i < eligible.length) {
    const group = eligible.filter((u) => u.rank === eligible[i].rank);
    if (taken.length + group.length <= quota) taken.push(...group);
    else return { taken, tie: taken.length < quota ? group : [] };
    i += group.length;
  }
  return { taken, tie: [] };
}

function orderNominations(list: Nomination[], order: Settings['nominationOrder']): Nomination[] {
  return [...list].sort((a, b) => (order === 'rank' ? a.rank - b.rank : 0) || compareVi(a.name, b.name));
}

export function evaluate(snapshot: Snapshot): Evaluation {
  const parsed = parseSettings(snapshot);
  const { settings, criteria } = parsed;
  const issues: Issue[] = [...parsed.issues];
  const found = discoverUnits(snapshot, parsed.roster, parsed.sheet);
  issues.push(...found.issues);

  const results: UnitResult[] = [];
  const progress: Progress = { total: found.expected, registered: 0, reported: 0, toRegister: [], toReport: [], partial: [], missing: found.missing };
  for (const ref of found.units) {
    const u = parseUnitSheet(ref.sheet, criteria);
    issues.push(...u.issues);
    if (u.targetsFilled) progress.registered++;
    if (u.progress === 'complete') progress.reported++;
    if (u.progress === 'not_registered') progress.toRegister.push(ref.sheet.name);
    else if (u.progress === 'not_reported') progress.toReport.push(ref.sheet.name);
    else if (u.progress === 'partial') progress.partial.push(ref.sheet.name);
    if (u.unitNameCell && ref.entry && !sameUnitName(u.unitNameCell.text, ref.entry.name, ref.entry.sheet)) {
      issues.push(makeIssue('UNIT_NAME_MISMATCH', ref.sheet.name, u.unitNameCell.cell, { found: u.unitNameCell.text, expected: ref.entry.name }));
    }
    if (u.asOfCell) {
      if (u.asOfCell.serial === null) issues.push(makeIssue('AS_OF_INVALID', ref.sheet.name, u.asOfCell.cell, { found: u.asOfCell.text }));
      else if (settings.cutoffDate !== null && u.asOfCell.serial !== settings.cutoffDate) {
        issues.push(makeIssue('AS_OF_MISMATCH', ref.sheet.name, u.asOfCell.cell, { found: formatDate(u.asOfCell.serial), expected: formatDate(settings.cutoffDate) }));
      }
    }
    if (!u.criteria) continue;
    const name = ref.entry ? ref.name : u.unitNameCell?.text || ref.name;
    results.push({
      sheet: ref.sheet.name,
      name,
      rank: 0,
      status: statusOf(u.criteria),
      score: score(u.criteria, criteria.map((c) => c.weight)),
      criteria: u.criteria,
      resultSum: u.criteria.reduce((s, c) => s + c.result, 0),
      qualifies: false,
      eligible: false,
    });
  }

  const units = rankUnits(results);
  for (const u of units) u.qualifies = u.status === 'exceeded' || (settings.nominationRule === 'met' && u.status === 'met');

  // The vote, where there is a ballots sheet: candidates are all unit sheets found (so votes for a unit
  // whose data has errors still match), qualifying only when ranked and qualifying.
  const ballotSheet = findBallotSheet(snapshot);
  let tally: Evaluation['ballots'] = null;
  if (ballotSheet) {
    const bySheet = new Map(units.map((u) => [u.sheet, u]));
    const pool = found.units.map((r) => {
      const ranked = bySheet.get(r.sheet.name);
      return { sheet: r.sheet.name, name: ranked?.name ?? r.name, qualifies: ranked?.qualifies ?? false };
    });
    const t = tallyBallots(ballotSheet, pool, settings.maxNominees, settings.minVoteShare);
    issues.push(...t.issues);
    tally = t.tally;
  }
  const failedVote: string[] = [];
  const candidateOf = new Map((tally?.candidates ?? []).map((c) => [c.sheet, c]));
  for (const u of units) {
    if (tally) {
      const c = candidateOf.get(u.sheet);
      u.votes = { for: c?.votes ?? 0, ballots: tally.validBallots, share: c?.share ?? 0 };
      u.eligible = u.qualifies && !!c?.passes;
      // A vote not entered yet withholds every nomination (one warning says so), it fails no one.
      if (u.qualifies && !u.eligible && tally.entered) {
        failedVote.push(u.sheet);
        issues.push(makeIssue('VOTE_FAILED', tally.sheet, c?.column ?? null, { sheet: u.sheet, votes: c?.votes ?? 0, ballots: tally.validBallots }));
      }
    } else u.eligible = u.qualifies;
  }

  const { taken, tie } = applyQuota(
    units.filter((u) => u.eligible),
    settings.maxNominees,
  );
  if (tie.length) {
    issues.push(makeIssue('QUOTA_TIE', null, null, { units: tie.map((u) => u.name).join(', '), rank: tie[0].rank, quota: settings.maxNominees ?? 0 }));
  }
  const nominations = orderNominations(
    taken.map((u) => ({
      sheet: u.sheet,
      name: u.name,
      rank: u.rank,
      achievement: achievementSentence(settings.achievementLead, u, criteria),
      award: settings.award,
      ...(u.votes ? { votes: u.votes } : {}),
    })),
    settings.nominationOrder,
  );

  const totals: Total[] = criteria.map((c) => ({
    code: c.code,
    unitWord: c.unitWord,
    target: units.reduce((s, u) => s + (u.criteria.find((x) => x.code === c.code)?.target ?? 0), 0),
    result: units.reduce((s, u) => s + (u.criteria.find((x) => x.code === c.code)?.result ?? 0), 0),
  }));
  const statusCounts: StatusCounts = { exceeded: 0, met: 0, not_met: 0 };
  for (const u of units) statusCounts[u.status]++;

  const blocked = issues.some((i) => i.severity === 'error');
  if (!blocked) {
    if (nominations.length === 0 && tally?.entered !== false) issues.push(makeIssue('NO_NOMINEES', null, null, {}));
    const names = chooseOutputNames(snapshot);
    for (const role of ['ranking', 'nominations'] as const) {
      if (!names[role].replaces && names[role].name !== OUTPUT_NAMES[role]) {
        issues.push(makeIssue('OUTPUT_RENAMED', null, null, { name: OUTPUT_NAMES[role], used: names[role].name }));
      }
    }
  }

  return {
    settings,
    settingSources: parsed.sources,
    settingsSheet: parsed.sheet?.name ?? null,
    criteria,
    expectedUnits: found.expected,
    foundUnits: found.units.length,
    progress,
    issues,
    units,
    totals,
    statusCounts,
    nominations,
    failedVote,
    ballots: tally,
    blocked,
  };
}
