/**
 * Collecting returned files (WORKBOOK.md §6 v2), as pure functions over snapshots: which sheet of which
 * returned file is which roster unit, which of its target and result cells go where in the cluster
 * workbook (matched by criterion code or label, wherever the rows stand), what changes, what conflicts,
 * and what is wrong (naming file, sheet and cell). The doors only read the files and write the cells.
 */
import type { CellValue, CellWrite, Criterion, Issue, IssueParams, Severity, SheetSnapshot, Snapshot } from './types';
import { a1, cellType, cellValue, displayValue, isBlank } from './snapshot';
import { cleanText, labelKey, matchUnitKey } from './text';
import { parseSettings, findSettingsSheet } from './settings';
import { discoverUnits } from './discover';
import { findHeader, matchCriterion } from './unitSheet';
import { dataRows, textOf } from './tables';
import { parseCount, type CountRole } from './counts';
import { BALLOT_SHEET_NAMES } from './ballots';
import { OUTPUT_NAMES } from './plan/names';

export interface ReturnedFile {
  /** The file's name as the user knows it (`bac-kan.xlsx`), for messages. */
  name: string;
  snapshot: Snapshot;
}

/** One target or result cell to copy into the cluster workbook. */
export interface CellChange {
  /** The cluster workbook's sheet and cell. */
  sheet: string;
  cell: string;
  /** What the cluster cell holds now (null when blank), and what it will hold. */
  before: CellValue;
  after: number;
  code: string;
  role: CountRole;
  /** Where the value comes from. */
  file: string;
  fileSheet: string;
  fileCell: string;
  /** The cluster cell is filled with another value: written only when the user confirms. */
  conflict: boolean;
}

/** Exported for the guide's message page test (test/docs). */
export const IMPORT_SEVERITY = {
  IMPORT_NO_UNIT_SHEET: 'error',
  IMPORT_UNKNOWN_UNIT: 'error',
  IMPORT_UNKNOWN_CRITERION: 'error',
  IMPORT_COUNT_INVALID: 'error',
  IMPORT_DUPLICATE_UNIT: 'error',
  IMPORT_CLUSTER_SHEET_MISSING: 'error',
  IMPORT_CLUSTER_ROW_MISSING: 'error',
  IMPORT_CONFLICT: 'warning',
  IMPORT_SAME_FILE_TWICE: 'warning',
} as const satisfies Record<string, Severity>;
export type ImportCode = keyof typeof IMPORT_SEVERITY;

/** An import issue: an Issue that also names the returned file (null for the cluster workbook). */
export interface ImportIssue extends Issue<ImportCode> {
  file: string | null;
}

function issue(code: ImportCode, file: string | null, sheet: string | null, cell: string | null, params: IssueParams = {}): ImportIssue {
  return { code, severity: IMPORT_SEVERITY[code], file, sheet, cell, params };
}

export interface ImportPlan {
  /** Every cell to copy, in file and row order; conflicts included (flagged). */
  changes: CellChange[];
  /** Cells whose value the cluster already holds. */
  unchanged: number;
  /** Roster units each file brings, in order: file → unit sheets of the cluster. */
  units: { file: string; sheets: string[] }[];
  issues: ImportIssue[];
  /** True when there is an error: nothing is written. */
  blocked: boolean;
}

interface Target {
  /** The cluster's sheet for the unit. */
  sheet: SheetSnapshot;
  /** criterion code → row, target column, result column of the cluster sheet */
  rows: Map<string, { row: number; tc: number; rc: number }>;
}

/** Where each criterion's target and result stand on a unit sheet (the cluster's or a returned one). */
function criteriaCells(sheet: SheetSnapshot, criteria: Criterion[]): { rows: Map<string, { row: number; tc: number; rc: number }>; unknown: { row: number; cell: string; text: string }[] } | null {
  const header = findHeader(sheet);
  if (!header) return null;
  const { cols } = header;
  const tc = cols.get('target')!;
  const rc = cols.get('result')!;
  const rows = new Map<string, { row: number; tc: number; rc: number }>();
  const unknown: { row: number; cell: string; text: string }[] = [];
  for (const r of dataRows(sheet, header.dataStart)) {
    const code = cleanText(textOf(sheet, r, cols.get('code')));
    const label = cleanText(textOf(sheet, r, cols.get('criterion')));
    const crit = matchCriterion(code, label, criteria);
    if (!crit) {
      const where = code ? cols.get('code')! : (cols.get('criterion') ?? cols.get('code') ?? tc);
      const text = code || label;
      // A row with counts but no criterion the cluster knows; a row of blanks or notes is not data.
      if (text || !isBlank(cellValue(sheet, r, tc)) || !isBlank(cellValue(sheet, r, rc))) unknown.push({ row: r, cell: a1(r, where), text: text || displayValue(sheet, r, tc) });
      continue;
    }
    if (!rows.has(crit.code)) rows.set(crit.code, { row: r, tc, rc });
  }
  return { rows, unknown };
}

/** Sheets of a returned file that are not unit sheets: settings, ballots, the tool's outputs. */
function skipped(s: Snapshot): Set<string> {
  const out = new Set<string>();
  const settings = findSettingsSheet(s);
  if (settings) out.add(settings.name);
  const other = [...BALLOT_SHEET_NAMES, ...Object.values(OUTPUT_NAMES)].map(labelKey);
  for (const sh of s.sheets) if (other.includes(labelKey(sh.name.replace(/\s*\(\d+\)\s*$/, '')))) out.add(sh.name);
  if (s.marks?.ranking) out.add(s.marks.ranking);
  if (s.marks?.nominations) out.add(s.marks.nominations);
  return out;
}

const UNIT_LABELS = ['Đơn vị', 'Unit'].map(labelKey);

/** The unit a returned sheet names in its `Đơn vị:` cell above the table, if any. */
function writtenUnit(sheet: SheetSnapshot, headerRow: number): string | null {
  for (let r = 0; r < headerRow; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || !UNIT_LABELS.includes(labelKey(v))) continue;
      for (let d = c + 1; d < row.length; d++) if (!isBlank(row[d])) return cleanText(displayValue(sheet, r, d));
      return null;
    }
  }
  return null;
}

/**
 * The import: every target and result a returned file holds for a roster unit, compared with the cluster
 * workbook. Blank cells in a returned file bring nothing (they never empty a cluster cell).
 */
export function planImport(cluster: Snapshot, files: ReturnedFile[]): ImportPlan {
  const parsed = parseSettings(cluster);
  const { criteria } = parsed;
  const found = discoverUnits(cluster, parsed.roster, parsed.sheet);
  const issues: ImportIssue[] = [];
  // Roster units (with or without a sheet in the cluster workbook) are what a returned sheet may match.
  const units = parsed.roster ? parsed.roster.map((e) => ({ sheet: e.sheet, name: e.name })) : found.units.map((u) => ({ sheet: u.sheet.name, name: u.name }));
  const targets = new Map<string, Target | null>();
  const targetOf = (unitSheet: string): Target | null => {
    if (targets.has(unitSheet)) return targets.get(unitSheet)!;
    const ref = found.units.find((u) => (u.entry ? u.entry.sheet === unitSheet : u.sheet.name === unitSheet));
    const cells = ref ? criteriaCells(ref.sheet, criteria) : null;
    const t = ref && cells ? { sheet: ref.sheet, rows: cells.rows } : null;
    targets.set(unitSheet, t);
    return t;
  };

  // Per cluster cell: the value and where it came from (to find two files that disagree).
  const byCell = new Map<string, CellChange>();
  const sameKeys = new Set<string>();
  const disagree = new Map<string, { first: CellChange; second: CellChange }>();
  const fileUnits: ImportPlan['units'] = [];
  const seenFiles = new Map<string, string>();

  for (const f of files) {
    const sheetsOfFile: string[] = [];
    // The same file given twice (same name and same content) is read once.
    const fingerprint = JSON.stringify(f.snapshot.sheets.map((s) => [s.name, s.values]));
    const twin = seenFiles.get(fingerprint);
    if (twin !== undefined) {
      issues.push(issue('IMPORT_SAME_FILE_TWICE', f.name, null, null, { first: twin }));
      fileUnits.push({ file: f.name, sheets: [] });
      continue;
    }
    seenFiles.set(fingerprint, f.name);
    const skip = skipped(f.snapshot);
    let unitSheets = 0;
    for (const sheet of f.snapshot.sheets) {
      if (skip.has(sheet.name)) continue;
      const header = findHeader(sheet);
      if (!header) continue; // a sheet without a criteria table (notes, a cover page) is not a unit sheet
      unitSheets++;
      const byName = matchUnitKey(sheet.name, units, (u) => [u.sheet, u.name]);
      const written = byName ? null : writtenUnit(sheet, header.row);
      const m = byName ?? (written ? matchUnitKey(written, units, (u) => [u.sheet, u.name]) : null);
      if (!m) {
        issues.push(issue('IMPORT_UNKNOWN_UNIT', f.name, sheet.name, null, { sheet: sheet.name }));
        continue;
      }
      const unit = m.item;
      const target = targetOf(unit.sheet);
      if (!target) {
        issues.push(issue('IMPORT_CLUSTER_SHEET_MISSING', null, unit.sheet, null, { sheet: unit.sheet, file: f.name }));
        continue;
      }
      sheetsOfFile.push(target.sheet.name);
      const cells = criteriaCells(sheet, criteria)!;
      for (const u of cells.unknown) issues.push(issue('IMPORT_UNKNOWN_CRITERION', f.name, sheet.name, u.cell, { text: u.text }));
      for (const [code, at] of cells.rows) {
        const dest = target.rows.get(code);
        for (const role of ['target', 'result'] as const) {
          const col = role === 'target' ? at.tc : at.rc;
          const v = parseCount(cellValue(sheet, at.row, col), cellType(sheet, at.row, col));
          const fileCell = a1(at.row, col);
          if (!v.ok) {
            if (v.code !== 'MISSING') issues.push(issue('IMPORT_COUNT_INVALID', f.name, sheet.name, fileCell, { role, code, found: v.found }));
            continue;
          }
          if (!dest) {
            issues.push(issue('IMPORT_CLUSTER_ROW_MISSING', null, target.sheet.name, null, { code, file: f.name }));
            continue;
          }
          const destCol = role === 'target' ? dest.tc : dest.rc;
          const cell = a1(dest.row, destCol);
          const key = `${target.sheet.name}!${cell}`;
          const change: CellChange = { sheet: target.sheet.name, cell, before: null, after: v.value, code, role, file: f.name, fileSheet: sheet.name, fileCell, conflict: false };
          const before = cellValue(target.sheet, dest.row, destCol);
          const now = parseCount(before, cellType(target.sheet, dest.row, destCol));
          const blank = !now.ok && now.code === 'MISSING';
          // The figure the cluster already holds brings nothing: a whole workbook sent back carries the
          // other units' figures as they were, which must neither conflict nor contradict their own files.
          if (now.ok && now.value === v.value) {
            sameKeys.add(key);
            continue;
          }
          const prev = byCell.get(key);
          if (prev) {
            if (prev.after !== v.value && !disagree.has(target.sheet.name)) disagree.set(target.sheet.name, { first: prev, second: change });
            continue;
          }
          byCell.set(key, { ...change, before: blank ? null : before, conflict: !blank });
        }
      }
    }
    if (unitSheets === 0) issues.push(issue('IMPORT_NO_UNIT_SHEET', f.name, null, null, {}));
    fileUnits.push({ file: f.name, sheets: sheetsOfFile });
  }

  for (const [sheet, d] of disagree) {
    issues.push(
      issue('IMPORT_DUPLICATE_UNIT', d.second.file, d.second.fileSheet, d.second.fileCell, {
        sheet,
        first: d.first.file,
        second: d.second.file,
        cell: d.first.cell,
        a: d.first.after,
        b: d.second.after,
      }),
    );
  }
  const changes = [...byCell.values()].filter((c) => !disagree.has(c.sheet));
  for (const c of changes) {
    if (c.conflict) issues.push(issue('IMPORT_CONFLICT', c.file, c.sheet, c.cell, { before: displayOf(c.before), after: c.after, fileSheet: c.fileSheet, fileCell: c.fileCell }));
  }
  return { changes, unchanged: [...sameKeys].filter((k) => !byCell.has(k)).length, units: fileUnits, issues, blocked: issues.some((i) => i.severity === 'error') };
}

function displayOf(v: CellValue): string {
  return v === null ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
}

/** The cells to write: every change, or every change but the conflicts unless the user confirmed them. */
export function importEdits(plan: ImportPlan, overwrite: boolean): CellWrite[] {
  if (plan.blocked) return [];
  return plan.changes.filter((c) => overwrite || !c.conflict).map((c) => ({ sheet: c.sheet, cell: c.cell, value: c.after }));
}
