/**
 * The ballots sheet (WORKBOOK.md §1.4): the cluster's vote on the units that qualify, in the forms clusters
 * hold it (*v2*): named ballots (a voter column), anonymous ballots (a ballot-number column, or none), and
 * the tally of a vote counted on paper (biên bản kiểm phiếu). A sheet with nothing entered yet withholds
 * nominations with one warning instead of counting blank rows as ballots.
 */
import type { BallotForm, BallotTally, Evaluation, Issue, SheetSnapshot, Snapshot } from './types';
import { a1, cellValue, displayValue, isBlank, cellType } from './snapshot';
import { cleanText, labelKey, matchesLabel, matchUnitKey } from './text';
import { makeIssue } from './issues';
import { dataRows, headerRoles } from './tables';
import { parseCount } from './counts';

export const BALLOT_SHEET_NAMES = ['Phiếu bầu', 'Ballots'];
const VOTER_LABELS = ['Đơn vị bỏ phiếu', 'Người bỏ phiếu', 'Voter'];
/** An anonymous ballot's number (the generated sheet writes `Phiếu số 1` …). */
const BALLOT_NO_LABELS = ['Phiếu số', 'Số phiếu', 'Ballot'];
const IGNORED_COLUMN_LABELS = ['STT', 'TT', 'No.', 'Ghi chú', 'Notes'];

/** The tally form: key rows above a table of candidates and their votes. */
const TALLY_KEYS = {
  issued: ['Số phiếu phát ra', 'Ballots issued'],
  returned: ['Số phiếu thu về', 'Ballots returned'],
  valid: ['Số phiếu hợp lệ', 'Valid ballots'],
} as const;
const TALLY_UNIT_LABELS = ['Đơn vị', 'Unit'];
const TALLY_VOTES_LABELS = ['Số phiếu đồng ý', 'Votes for'];

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

type Result = { tally: BallotTally | null; issues: Issue[] };

const HEADER_SCAN_ROWS = 30;
const TALLY_ROLES = [
  { role: 'votes', labels: TALLY_VOTES_LABELS },
  { role: 'unit', labels: TALLY_UNIT_LABELS },
] as const;
const MARK_ROLES = [
  { role: 'voter', labels: VOTER_LABELS },
  { role: 'ballot', labels: BALLOT_NO_LABELS },
] as const;

/** Candidate columns of a header row: every non-empty cell but the skipped ones, matched to a unit. */
function candidateColumns(sheet: SheetSnapshot, row: number, skip: number[], units: BallotUnit[], ignoredLabels: string[], issues: Issue[]): { col: number; unit: BallotUnit }[] {
  const ignored = new Set(ignoredLabels.map(labelKey));
  const columns: { col: number; unit: BallotUnit }[] = [];
  const width = (sheet.values[row] ?? []).length;
  for (let c = 0; c < width; c++) {
    if (skip.includes(c)) continue;
    const v = cellValue(sheet, row, c);
    if (isBlank(v)) continue;
    const text = displayValue(sheet, row, c);
    if (ignored.has(labelKey(text))) continue;
    const m = matchUnitKey(text, units, (u) => [u.sheet, u.name]);
    const cell = a1(row, c);
    if (!m) {
      issues.push(makeIssue('BALLOT_UNKNOWN_CANDIDATE', sheet.name, cell, { text }));
      continue;
    }
    const dup = columns.find((x) => x.unit === m.item);
    if (dup) {
      issues.push(makeIssue('BALLOT_DUPLICATE_CANDIDATE', sheet.name, cell, { sheet: m.item.sheet, first: a1(row, dup.col) }));
      continue;
    }
    columns.push({ col: c, unit: m.item });
  }
  return columns;
}

/** Which form the sheet holds, and where its header row is. */
function findForm(sheet: SheetSnapshot, units: BallotUnit[]): { form: BallotForm; row: number; col: number } | null {
  const n = Math.min(HEADER_SCAN_ROWS, sheet.values.length);
  // The tally first: its key rows (`Số phiếu hợp lệ`) would otherwise pass for a ballot-number header.
  for (let r = 0; r < n; r++) {
    const roles = headerRoles(sheet, r, TALLY_ROLES);
    if (roles.has('votes') && roles.has('unit')) return { form: 'tally', row: r, col: roles.get('unit')! };
  }
  for (let r = 0; r < n; r++) {
    const roles = headerRoles(sheet, r, MARK_ROLES);
    if (roles.has('voter')) return { form: 'named', row: r, col: roles.get('voter')! };
    if (roles.has('ballot')) return { form: 'anonymous', row: r, col: roles.get('ballot')! };
  }
  // No voter or ballot column: the first row that names a candidate is the header of anonymous ballots.
  for (let r = 0; r < n; r++) {
    const row = sheet.values[r] ?? [];
    if (row.some((v) => typeof v === 'string' && !isBlank(v) && matchUnitKey(v, units, (u) => [u.sheet, u.name]))) return { form: 'anonymous', row: r, col: -1 };
  }
  return null;
}

export function tallyBallots(sheet: SheetSnapshot, units: BallotUnit[], quota: number | null, minShare: number): Result {
  const found = findForm(sheet, units);
  if (!found) {
    return { tally: null, issues: [makeIssue('BALLOT_HEADER_MISSING', sheet.name, null, { labels: [...VOTER_LABELS, ...BALLOT_NO_LABELS].join(', ') })] };
  }
  if (found.form === 'tally') return tallyForm(sheet, found.row, units, minShare);
  return markForm(sheet, found.form, found.row, found.col, units, quota, minShare);
}

/** Strictly more than the minimum share; with a tolerance, so that 7/14 at 50% fails exactly. */
const passes = (votes: number, valid: number, minShare: number) => valid > 0 && votes > minShare * valid + 1e-9;

function markForm(sheet: SheetSnapshot, form: 'named' | 'anonymous', headerRow: number, idCol: number, units: BallotUnit[], quota: number | null, minShare: number): Result {
  const issues: Issue[] = [];
  const columns = candidateColumns(sheet, headerRow, idCol >= 0 ? [idCol] : [], units, IGNORED_COLUMN_LABELS, issues);
  // A row is a ballot when it has a mark in a candidate column or a filled voter/ballot cell.
  const rows = dataRows(sheet, headerRow + 1).filter((r) => (idCol >= 0 && !isBlank(cellValue(sheet, r, idCol))) || columns.some(({ col }) => !isBlank(cellValue(sheet, r, col))));
  const entered = rows.some((r) => columns.some(({ col }) => !isBlank(cellValue(sheet, r, col))));
  const idText = (r: number) => (idCol >= 0 ? cleanText(displayValue(sheet, r, idCol)) : '');
  // Where a ballot is named: its voter/ballot cell, else its first candidate cell.
  const rowCell = (r: number) => a1(r, idCol >= 0 ? idCol : (columns[0]?.col ?? 0));
  const label = (r: number) => idText(r) || `#${r + 1}`;

  const candidatesOf = (votes: Map<BallotUnit, number>, valid: number) =>
    columns.map(({ col, unit }) => {
      const n = votes.get(unit) ?? 0;
      return { sheet: unit.sheet, name: unit.name, column: a1(headerRow, col), votes: n, share: valid === 0 ? 0 : n / valid, passes: entered && passes(n, valid, minShare), qualifies: unit.qualifies };
    });

  if (!entered) {
    issues.push(makeIssue('BALLOT_NOT_ENTERED', sheet.name, null, {}));
    return { tally: { sheet: sheet.name, form, entered: false, validBallots: 0, totalBallots: rows.length, issued: null, returned: null, candidates: candidatesOf(new Map(), 0), rejected: [] }, issues };
  }

  const votes = new Map<BallotUnit, number>(columns.map((x) => [x.unit, 0]));
  const rejected: BallotTally['rejected'] = [];
  // Duplicate voters (named ballots only) first: both rows are named, and neither is counted.
  const dupRows = new Set<number>();
  if (form === 'named') {
    const voters = new Map<string, number>();
    for (const r of rows) {
      const voter = idText(r);
      if (!voter) continue;
      const k = labelKey(voter);
      const first = voters.get(k);
      if (first !== undefined) {
        issues.push(makeIssue('BALLOT_DUPLICATE_VOTER', sheet.name, rowCell(r), { voter, first: rowCell(first), second: rowCell(r) }));
        dupRows.add(first).add(r);
      } else voters.set(k, r);
    }
  }
  let valid = 0;
  for (const r of rows) {
    let bad = false;
    const marked: BallotUnit[] = [];
    for (const { col, unit } of columns) {
      const m = cellType(sheet, r, col) === 'error' ? 'invalid' : readMark(cellValue(sheet, r, col));
      if (m === 'invalid') {
        issues.push(makeIssue('BALLOT_MARK_INVALID', sheet.name, a1(r, col), { found: displayValue(sheet, r, col), accepted: YES_MARKS.join(' ') }));
        bad = true;
      } else if (m === 'yes') marked.push(unit);
    }
    if (dupRows.has(r)) {
      rejected.push({ row: r + 1, voter: idText(r), reason: 'duplicate_voter' });
      continue;
    }
    if (bad) {
      rejected.push({ row: r + 1, voter: idText(r), reason: 'invalid_mark' });
      continue;
    }
    if (quota !== null && marked.length > quota) {
      issues.push(makeIssue('BALLOT_OVER_QUOTA', sheet.name, rowCell(r), { voter: label(r), votes: marked.length, quota }));
      rejected.push({ row: r + 1, voter: idText(r), reason: 'over_quota' });
      continue;
    }
    valid++;
    for (const u of marked) votes.set(u, (votes.get(u) ?? 0) + 1);
  }
  if (valid === 0) issues.push(makeIssue('BALLOT_NO_VALID', sheet.name, null, {}));
  const candidates = candidatesOf(votes, valid);
  candidates.forEach((c, i) => {
    if (!c.qualifies && c.votes > 0) issues.push(makeIssue('BALLOT_NOT_QUALIFIED', sheet.name, a1(headerRow, columns[i].col), { sheet: c.sheet, votes: c.votes }));
  });
  return { tally: { sheet: sheet.name, form, entered: true, validBallots: valid, totalBallots: rows.length, issued: null, returned: null, candidates, rejected }, issues };
}

/** A label cell (`Số phiếu hợp lệ:`) above the table and the next non-empty cell to its right. */
function keyValue(sheet: SheetSnapshot, lastRow: number, labels: readonly string[]): { label: string; r: number; c: number | null } | null {
  for (let r = 0; r < lastRow; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const k = labelKey(v);
      if (!labels.some((l) => matchesLabel(k, l))) continue;
      for (let d = c + 1; d < row.length; d++) if (!isBlank(row[d])) return { label: cleanText(v).replace(/\s*:+$/, ''), r, c: d };
      return { label: cleanText(v).replace(/\s*:+$/, ''), r, c: null };
    }
  }
  return null;
}

function tallyForm(sheet: SheetSnapshot, headerRow: number, units: BallotUnit[], minShare: number): Result {
  const issues: Issue[] = [];
  const roles = headerRoles(sheet, headerRow, TALLY_ROLES);
  const unitCol = roles.get('unit')!;
  const votesCol = roles.get('votes')!;

  // Counts: blank is "not entered"; anything else must be a whole number ≥ 0 (§1.3's rule for counts).
  type Count = { value: number | null; blank: boolean; cell: string | null; label: string };
  const count = (r: number, c: number, label: string): Count => {
    const cell = a1(r, c);
    const v = parseCount(cellValue(sheet, r, c), cellType(sheet, r, c));
    if (v.ok) return { value: v.value, blank: false, cell, label };
    if (v.code === 'MISSING') return { value: null, blank: true, cell, label };
    issues.push(makeIssue('BALLOT_TALLY_COUNT_INVALID', sheet.name, cell, { label, found: v.found }));
    return { value: null, blank: false, cell, label };
  };
  const key = (labels: readonly string[]): Count | null => {
    const k = keyValue(sheet, headerRow, labels);
    if (!k) return null;
    if (k.c === null) return { value: null, blank: true, cell: a1(k.r, 0), label: k.label };
    return count(k.r, k.c, k.label);
  };
  const issued = key(TALLY_KEYS.issued);
  const returned = key(TALLY_KEYS.returned);
  const valid = key(TALLY_KEYS.valid);

  const rows: { r: number; unit: BallotUnit; votes: Count }[] = [];
  for (const r of dataRows(sheet, headerRow + 1)) {
    const text = cleanText(displayValue(sheet, r, unitCol));
    if (!text) continue;
    const m = matchUnitKey(text, units, (u) => [u.sheet, u.name]);
    if (!m) {
      issues.push(makeIssue('BALLOT_UNKNOWN_CANDIDATE', sheet.name, a1(r, unitCol), { text }));
      continue;
    }
    const dup = rows.find((x) => x.unit === m.item);
    if (dup) {
      issues.push(makeIssue('BALLOT_DUPLICATE_CANDIDATE', sheet.name, a1(r, unitCol), { sheet: m.item.sheet, first: a1(dup.r, unitCol) }));
      continue;
    }
    rows.push({ r, unit: m.item, votes: count(r, votesCol, text) });
  }

  const all = [issued, returned, valid, ...rows.map((x) => x.votes)].filter((x): x is Count => x !== null);
  const entered = all.some((x) => !x.blank);
  const base = { sheet: sheet.name, form: 'tally' as const, rejected: [] };
  if (!entered) {
    issues.push(makeIssue('BALLOT_NOT_ENTERED', sheet.name, null, {}));
    const candidates = rows.map(({ r, unit }) => ({ sheet: unit.sheet, name: unit.name, column: a1(r, unitCol), votes: 0, share: 0, passes: false, qualifies: unit.qualifies }));
    return { tally: { ...base, entered: false, validBallots: 0, totalBallots: 0, issued: null, returned: null, candidates }, issues };
  }

  // Entered: every count must be there.
  for (const x of all) if (x.blank) issues.push(makeIssue('BALLOT_TALLY_COUNT_MISSING', sheet.name, x.cell, { label: x.label }));
  if (!valid) issues.push(makeIssue('BALLOT_TALLY_KEY_MISSING', sheet.name, null, { label: TALLY_KEYS.valid[0] }));
  const v = valid?.value ?? null;
  if (returned?.value != null && issued?.value != null && returned.value > issued.value) {
    issues.push(makeIssue('BALLOT_TALLY_RETURNED_OVER_ISSUED', sheet.name, returned.cell, { returned: returned.value, issued: issued.value }));
  }
  if (v !== null && returned?.value != null && v > returned.value) {
    issues.push(makeIssue('BALLOT_TALLY_VALID_OVER_RETURNED', sheet.name, valid!.cell, { valid: v, returned: returned.value }));
  }
  const ok = v ?? 0;
  const candidates = rows.map(({ r, unit, votes }) => {
    const n = votes.value ?? 0;
    if (v !== null && votes.value !== null && n > v) issues.push(makeIssue('BALLOT_TALLY_VOTES_OVER_VALID', sheet.name, votes.cell, { sheet: unit.sheet, votes: n, valid: v }));
    if (!unit.qualifies && n > 0) issues.push(makeIssue('BALLOT_NOT_QUALIFIED', sheet.name, a1(r, unitCol), { sheet: unit.sheet, votes: n }));
    return { sheet: unit.sheet, name: unit.name, column: votes.cell ?? a1(r, votesCol), votes: n, share: ok === 0 ? 0 : n / ok, passes: passes(n, ok, minShare), qualifies: unit.qualifies };
  });
  if (v === 0) issues.push(makeIssue('BALLOT_NO_VALID', sheet.name, valid!.cell, {}));
  return {
    tally: { ...base, entered: true, validBallots: ok, totalBallots: returned?.value ?? ok, issued: issued?.value ?? null, returned: returned?.value ?? null, candidates },
    issues,
  };
}

/** Rows of the anonymous ballots sheet: one per unit of the roster (or per unit found without one). */
export function ballotRows(ev: Evaluation): number {
  return Math.max(ev.expectedUnits, ev.units.length);
}
