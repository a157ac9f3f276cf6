/** The ballots sheet (WORKBOOK.md §1.4): the cluster's vote on the units that qualify. */
import type { BallotTally, Issue, SheetSnapshot, Snapshot } from './types';
import { a1, cellValue, colCount, displayValue, isBlank, cellType } from './snapshot';
import { cleanText, labelKey, matchUnitKey } from './text';
import { makeIssue } from './issues';
import { dataRows, headerRoles } from './tables';

export const BALLOT_SHEET_NAMES = ['Phiếu bầu', 'Ballots'];
export const VOTER_LABELS = ['Đơn vị bỏ phiếu', 'Người bỏ phiếu', 'Voter'];
const IGNORED_COLUMN_LABELS = ['STT', 'TT', 'No.', 'Ghi chú', 'Notes'];

/** Marks that mean a vote, and marks that mean none (compared as labels: case and diacritics folded only for ASCII words). */
export const YES_MARKS = ['x', 'X', '1', '✓', '✔', 'có', 'đồng ý', 'yes'];
export const NO_MARKS = ['0', 'không', 'no'];

export function findBallotSheet(snapshot: Snapshot): SheetSnapshot | null {
  const keys = new Set(BALLOT_SHEET_NAMES.map(labelKey));
  return snapshot.sheets.find((s) => keys.has(labelKey(s.name))) ?? null;
}

export type Mark = 'yes' | 'no' | 'invalid';

export function readMark(v: unknown): Mark {
  if (v === null || v === undefined) return 'no';
  if (typeof v === 'number') return v === 1 ? 'yes' : v === 0 ? 'no' : 'invalid';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  const s = cleanText(String(v)).toLowerCase();
  if (s === '') return 'no';
  // Vietnamese words are matched with their diacritics (`co` is not `có`), case-insensitively.
  if (YES_MARKS.some((m) => m.toLowerCase() === s)) return 'yes';
  if (NO_MARKS.some((m) => m.toLowerCase() === s)) return 'no';
  return 'invalid';
}

export interface BallotUnit {
  sheet: string;
  name: string;
  qualifies: boolean;
}

export function tallyBallots(sheet: SheetSnapshot, units: BallotUnit[], quota: number | null, minShare: number): { tally: BallotTally | null; issues: Issue[] } {
  const issues: Issue[] = [];
  let header: { row: number; voter: number } | null = null;
  for (let r = 0; r < Math.min(30, sheet.values.length) && !header; r++) {
    const roles = headerRoles(sheet, r, [{ role: 'voter', labels: VOTER_LABELS }]);
    if (roles.has('voter')) header = { row: r, voter: roles.get('voter')! };
  }
  if (!header) {
    issues.push(makeIssue('BALLOT_HEADER_MISSING', sheet.name, null, { labels: VOTER_LABELS.join(', ') }));
    return { tally: null, issues };
  }

  // Candidate columns: every other non-empty header cell, matched to a unit by sheet name or full name.
  const ignored = new Set(IGNORED_COLUMN_LABELS.map(labelKey));
  const columns: { col: number; unit: BallotUnit }[] = [];
  const width = colCount(sheet);
  for (let c = 0; c < width; c++) {
    if (c === header.voter) continue;
    const v = cellValue(sheet, header.row, c);
    if (isBlank(v)) continue;
    const text = displayValue(sheet, header.row, c);
    if (ignored.has(labelKey(text))) continue;
    const m = matchUnitKey(text, units, (u) => [u.sheet, u.name]);
    const cell = a1(header.row, c);
    if (!m) {
      issues.push(makeIssue('BALLOT_UNKNOWN_CANDIDATE', sheet.name, cell, { text }));
      continue;
    }
    const dup = columns.find((x) => x.unit === m.item);
    if (dup) {
      issues.push(makeIssue('BALLOT_DUPLICATE_CANDIDATE', sheet.name, cell, { sheet: m.item.sheet, first: a1(header.row, dup.col) }));
      continue;
    }
    columns.push({ col: c, unit: m.item });
  }

  const rows = dataRows(sheet, header.row + 1);
  const votes = new Map<BallotUnit, number>(columns.map((x) => [x.unit, 0]));
  const rejected: BallotTally['rejected'] = [];
  const voters = new Map<string, number>();
  const voterCell = (r: number) => a1(r, header!.voter);
  // Duplicate voters first: both rows are named, and neither is counted.
  const dupRows = new Set<number>();
  for (const r of rows) {
    const voter = cleanText(displayValue(sheet, r, header.voter));
    if (!voter) continue;
    const k = labelKey(voter);
    const first = voters.get(k);
    if (first !== undefined) {
      issues.push(makeIssue('BALLOT_DUPLICATE_VOTER', sheet.name, voterCell(r), { voter, first: voterCell(first), second: voterCell(r) }));
      dupRows.add(first).add(r);
    } else voters.set(k, r);
  }
  let valid = 0;
  for (const r of rows) {
    const voter = cleanText(displayValue(sheet, r, header.voter));
    let bad = false;
    const marked: BallotUnit[] = [];
    for (const { col, unit } of columns) {
      const t = cellType(sheet, r, col);
      const m = t === 'error' ? 'invalid' : readMark(cellValue(sheet, r, col));
      if (m === 'invalid') {
        issues.push(makeIssue('BALLOT_MARK_INVALID', sheet.name, a1(r, col), { found: displayValue(sheet, r, col), accepted: YES_MARKS.join(' ') }));
        bad = true;
      } else if (m === 'yes') marked.push(unit);
    }
    if (dupRows.has(r)) {
      rejected.push({ row: r + 1, voter, reason: 'duplicate_voter' });
      continue;
    }
    if (bad) {
      rejected.push({ row: r + 1, voter, reason: 'invalid_mark' });
      continue;
    }
    if (quota !== null && marked.length > quota) {
      issues.push(makeIssue('BALLOT_OVER_QUOTA', sheet.name, voterCell(r), { voter, votes: marked.length, quota }));
      rejected.push({ row: r + 1, voter, reason: 'over_quota' });
      continue;
    }
    valid++;
    for (const u of marked) votes.set(u, (votes.get(u) ?? 0) + 1);
  }
  if (valid === 0) issues.push(makeIssue('BALLOT_NO_VALID', sheet.name, null, {}));

  const candidates = columns.map(({ col, unit }) => {
    const n = votes.get(unit) ?? 0;
    const share = valid === 0 ? 0 : n / valid;
    if (!unit.qualifies && n > 0) issues.push(makeIssue('BALLOT_NOT_QUALIFIED', sheet.name, a1(header!.row, col), { sheet: unit.sheet, votes: n }));
    // Strictly more than the minimum share; compared on integers so that 7/14 at 50% fails exactly.
    const passes = valid > 0 && n > minShare * valid + 1e-9;
    return { sheet: unit.sheet, name: unit.name, column: a1(header!.row, col), votes: n, share, passes, qualifies: unit.qualifies };
  });
  return { tally: { sheet: sheet.name, validBallots: valid, totalBallots: rows.length, candidates, rejected }, issues };
}
