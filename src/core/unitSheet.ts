/** One unit sheet (WORKBOOK.md §1.2–1.3): the criteria table, the counts and the label cells above it. */
import type { CellValue, Criterion, CriterionResult, Issue, SheetSnapshot } from './types';
import { a1, cellType, cellValue, displayValue, isBlank, parseDateText } from './snapshot';
import { cleanText, labelKey, matchesLabel, unitKey, stripDiacritics } from './text';
import { makeIssue, type IssueCode } from './issues';
import { parseCount, type CountRole } from './counts';
import { dataRows, headerRoles, textOf } from './tables';
import { attainment } from './rules';

type UnitRole = 'no' | 'code' | 'criterion' | 'unitWord' | 'target' | 'result' | 'attainment' | 'notes';

const UNIT_ROLES: { role: UnitRole; labels: readonly string[] }[] = [
  { role: 'no', labels: ['STT', 'TT', 'No.'] },
  { role: 'code', labels: ['Mã', 'Mã chỉ tiêu', 'Code'] },
  { role: 'criterion', labels: ['Nội dung chỉ tiêu', 'Nội dung', 'Tên chỉ tiêu', 'Criterion'] },
  { role: 'unitWord', labels: ['Đơn vị tính', 'ĐVT', 'Unit'] },
  { role: 'target', labels: ['Chỉ tiêu đăng ký', 'Kế hoạch', 'Chỉ tiêu', 'Target'] },
  { role: 'result', labels: ['Kết quả thực hiện', 'Kết quả', 'Thực hiện', 'Result', 'Actual'] },
  { role: 'attainment', labels: ['Tỷ lệ đạt', 'Tỷ lệ', '% đạt', 'Attainment'] },
  { role: 'notes', labels: ['Ghi chú', 'Notes'] },
];

const BARE_TARGET = labelKey('Chỉ tiêu');
const TARGET_LABELS = UNIT_ROLES.find((r) => r.role === 'target')!.labels;
const HEADER_SCAN_ROWS = 30;

export interface Header {
  /** The header's first row (0-based); for a header over two rows, the upper one. */
  row: number;
  /** The first data row: the row under the whole header. */
  dataStart: number;
  cols: Map<UnitRole, number>;
}

/** Roles of one row of header labels, with the bare `Chỉ tiêu` rule. */
function rolesOfRow(name: string, cells: CellValue[]): Map<UnitRole, number> {
  const cols = headerRoles({ name, values: [cells] }, 0, UNIT_ROLES);
  const bare: number[] = [];
  const otherTargets: number[] = [];
  cells.forEach((v, c) => {
    if (typeof v !== 'string') return;
    const k = labelKey(v);
    if (!TARGET_LABELS.some((l) => matchesLabel(k, l))) return;
    if (k === BARE_TARGET) bare.push(c);
    else otherTargets.push(c);
  });
  if (bare.length && otherTargets.length) {
    cols.set('target', otherTargets[0]);
    if (!cols.has('criterion')) cols.set('criterion', bare[0]);
  }
  return cols;
}

const isTable = (cols: Map<UnitRole, number>) => cols.has('target') && cols.has('result') && (cols.has('code') || cols.has('criterion'));

/**
 * The criteria table's header: the first row (within 30) with a target, a result and a code or criterion
 * column. A bare `Chỉ tiêu` is the target unless another cell of the row is a target by another label;
 * then it is the criterion (`Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ`).
 * A header may span two rows (§1.2 v2): cells merged down over both rows keep their label in the upper row,
 * and a group row (`Số liệu năm 2019` merged across target and result) stands above the labels. Each column
 * then takes the lower row's label where it has one, else the upper row's; data rows start under both.
 */
export function findHeader(sheet: SheetSnapshot): Header | null {
  const n = Math.min(sheet.values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < n; r++) {
    const upper = sheet.values[r] ?? [];
    const one = rolesOfRow(sheet.name, upper);
    if (isTable(one)) return { row: r, dataStart: r + 1, cols: one };
    if (r + 1 >= n || upper.every((v) => isBlank(v))) continue;
    const lower = sheet.values[r + 1] ?? [];
    // A row that is a header on its own (under a title or a `Đơn vị:` line) is found at the next step.
    if (lower.every((v) => isBlank(v)) || isTable(rolesOfRow(sheet.name, lower))) continue;
    const width = Math.max(upper.length, lower.length);
    const both: CellValue[] = [];
    for (let c = 0; c < width; c++) both.push(isBlank(lower[c] ?? null) ? (upper[c] ?? null) : lower[c]);
    const two = rolesOfRow(sheet.name, both);
    if (isTable(two)) return { row: r, dataStart: r + 2, cols: two };
  }
  return null;
}

export interface UnitSheetResult {
  /** Criteria values in the order of the settings' criteria, or null when any count is unusable. */
  criteria: CriterionResult[] | null;
  issues: Issue[];
  unitNameCell: { text: string; cell: string } | null;
  asOfCell: { serial: number | null; text: string; cell: string } | null;
  tableFound: boolean;
  /** How far the unit has come (§1.3 units still to come); null without a table or criteria rows. */
  progress: UnitProgress | null;
  /** Every target cell of the criteria rows is filled (the unit has registered, perhaps in part reported). */
  targetsFilled: boolean;
}

/**
 * - not_registered: every target and result cell blank;
 * - not_reported: every target filled, every result blank;
 * - partial: anything else with a blank cell (one error per blank cell);
 * - complete: no blank target or result cell (the values may still be wrong).
 */
type UnitProgress = 'not_registered' | 'not_reported' | 'partial' | 'complete';

function progressOf(sheet: SheetSnapshot, rows: number[], tc: number, rc: number): UnitProgress | null {
  if (rows.length === 0) return null;
  const blank = (r: number, c: number) => cellType(sheet, r, c) === 'empty' || isBlank(cellValue(sheet, r, c));
  const targetsBlank = rows.filter((r) => blank(r, tc)).length;
  const resultsBlank = rows.filter((r) => blank(r, rc)).length;
  if (targetsBlank === rows.length && resultsBlank === rows.length) return 'not_registered';
  if (targetsBlank === 0 && resultsBlank === rows.length) return 'not_reported';
  if (targetsBlank === 0 && resultsBlank === 0) return 'complete';
  return 'partial';
}

const UNIT_LABELS = ['Đơn vị', 'Unit'].map(labelKey);
const AS_OF_LABELS = ['Tính đến ngày', 'As of'].map(labelKey);

/** A label cell (`Đơn vị:`) above the table and the next non-empty cell to its right. */
function findLabelCell(sheet: SheetSnapshot, lastRow: number, keys: string[]): { r: number; c: number } | null {
  for (let r = 0; r < lastRow; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || !keys.includes(labelKey(v))) continue;
      for (let d = c + 1; d < row.length; d++) if (!isBlank(row[d])) return { r, c: d };
      return null;
    }
  }
  return null;
}

/** Which criterion a data row belongs to: by code when the code cell is filled, else by its label. */
export function matchCriterion(code: string, label: string, criteria: Criterion[]): Criterion | null {
  if (code) return criteria.find((c) => labelKey(c.code) === labelKey(code)) ?? null;
  if (!label) return null;
  const k = labelKey(label);
  const exact = criteria.find((c) => labelKey(c.label) === k || labelKey(c.code) === k);
  if (exact) return exact;
  // A shortened label in the unit's own words ("Số vụ án tham nhũng phát hiện"): accept the criterion whose
  // unit word appears in it as whole words, when exactly one does.
  const padded = ` ${k.replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const byWord = criteria.filter((c) => c.unitWord && padded.includes(` ${labelKey(c.unitWord)} `));
  return byWord.length === 1 ? byWord[0] : null;
}

const COUNT_ISSUE: Record<string, IssueCode> = {
  NEGATIVE: 'COUNT_NEGATIVE',
  FRACTION: 'COUNT_FRACTION',
  NOT_A_NUMBER: 'COUNT_NOT_A_NUMBER',
  BOOLEAN: 'COUNT_BOOLEAN',
  ERROR_VALUE: 'COUNT_ERROR_VALUE',
  NO_VALUE: 'COUNT_NO_VALUE',
};

const SUSPICIOUS_FACTOR = 20;

export function parseUnitSheet(sheet: SheetSnapshot, criteria: Criterion[]): UnitSheetResult {
  const issues: Issue[] = [];
  const header = findHeader(sheet);
  if (!header) return { criteria: null, issues: [makeIssue('TABLE_NOT_FOUND', sheet.name, null, { rows: HEADER_SCAN_ROWS })], unitNameCell: null, asOfCell: null, tableFound: false, progress: null, targetsFilled: false };

  const nameAt = findLabelCell(sheet, header.row, UNIT_LABELS);
  const unitNameCell = nameAt ? { text: cleanText(displayValue(sheet, nameAt.r, nameAt.c)), cell: a1(nameAt.r, nameAt.c) } : null;
  const asOfAt = findLabelCell(sheet, header.row, AS_OF_LABELS);
  let asOfCell: UnitSheetResult['asOfCell'] = null;
  if (asOfAt) {
    const v = cellValue(sheet, asOfAt.r, asOfAt.c);
    const serial = typeof v === 'number' ? Math.floor(v) : typeof v === 'string' ? parseDateText(v) : null;
    asOfCell = { serial, text: displayValue(sheet, asOfAt.r, asOfAt.c), cell: a1(asOfAt.r, asOfAt.c) };
  }

  const { cols } = header;
  const tc = cols.get('target')!;
  const rc = cols.get('result')!;
  // First the rows and the criterion each belongs to, so that a sheet still to come (every target and
  // result blank, or every result blank) gets one progress issue instead of one per blank cell.
  const rows: { r: number; crit: Criterion }[] = [];
  const seen = new Map<string, number>();
  for (const r of dataRows(sheet, header.dataStart)) {
    const code = cleanText(textOf(sheet, r, cols.get('code')));
    const label = cleanText(textOf(sheet, r, cols.get('criterion')));
    const crit = matchCriterion(code, label, criteria);
    if (!crit) {
      const where = cols.get('code') !== undefined && code ? cols.get('code')! : (cols.get('criterion') ?? cols.get('code') ?? tc);
      issues.push(makeIssue('ROW_UNKNOWN_CRITERION', sheet.name, a1(r, where), { text: code || label || displayValue(sheet, r, tc) }));
      continue;
    }
    const prev = seen.get(crit.code);
    if (prev !== undefined) {
      issues.push(makeIssue('CRITERION_ROW_DUPLICATE', sheet.name, a1(r, cols.get('code') ?? cols.get('criterion') ?? tc), { code: crit.code, first: String(prev + 1) }));
      continue;
    }
    seen.set(crit.code, r);
    rows.push({ r, crit });
  }
  const progress = progressOf(sheet, rows.map((x) => x.r), tc, rc);
  if (progress === 'not_registered') issues.push(makeIssue('UNIT_NOT_REGISTERED', sheet.name, a1(rows[0].r, tc), { sheet: sheet.name }));
  if (progress === 'not_reported') issues.push(makeIssue('UNIT_NOT_REPORTED', sheet.name, a1(rows[0].r, rc), { sheet: sheet.name }));

  const found = new Map<string, { row: number; target: number | null; result: number | null }>();
  for (const { r, crit } of rows) {
    const count = (role: CountRole, c: number): number | null => {
      const v = parseCount(cellValue(sheet, r, c), cellType(sheet, r, c));
      const cell = a1(r, c);
      if (v.ok) {
        if (v.asText) issues.push(makeIssue('COUNT_AS_TEXT', sheet.name, cell, { role, code: crit.code, found: String(cellValue(sheet, r, c)) }));
        return v.value;
      }
      if (v.code === 'MISSING') {
        // Said once for the whole sheet above.
        if (progress === 'not_registered' || (progress === 'not_reported' && role === 'result')) return null;
        issues.push(makeIssue(role === 'target' ? 'TARGET_MISSING' : 'RESULT_MISSING', sheet.name, cell, { role, code: crit.code }));
      } else issues.push(makeIssue(COUNT_ISSUE[v.code], sheet.name, cell, { role, code: crit.code, found: v.found }));
      return null;
    };
    let target = count('target', tc);
    const result = count('result', rc);
    if (target === 0) {
      issues.push(makeIssue('TARGET_ZERO', sheet.name, a1(r, tc), { code: crit.code }));
      target = null;
    }
    if (target !== null && result !== null && result > SUSPICIOUS_FACTOR * target) {
      issues.push(makeIssue('RESULT_SUSPICIOUS', sheet.name, a1(r, rc), { code: crit.code, result, target, factor: SUSPICIOUS_FACTOR }));
    }
    const ac = cols.get('attainment');
    if (ac !== undefined && target !== null && result !== null) {
      const typed = cellValue(sheet, r, ac);
      if (typeof typed === 'number' && cellType(sheet, r, ac) === 'number') {
        const computed = attainment(result, target);
        // A typed 150 meaning 150% is the same figure; anything else that differs by more than rounding is flagged.
        if (Math.abs(typed - computed) > 0.0005 && Math.abs(typed / 100 - computed) > 0.0005) {
          issues.push(makeIssue('ATTAINMENT_MISMATCH', sheet.name, a1(r, ac), { code: crit.code, found: typed, computed }));
        }
      }
    }
    found.set(crit.code, { row: r, target, result });
  }

  let complete = true;
  const out: CriterionResult[] = [];
  for (const c of criteria) {
    const f = found.get(c.code);
    if (!f) {
      issues.push(makeIssue('CRITERION_ROW_MISSING', sheet.name, a1(header.row, cols.get('code') ?? cols.get('criterion')!), { code: c.code, label: c.label }));
      complete = false;
      continue;
    }
    if (f.target === null || f.result === null) {
      complete = false;
      continue;
    }
    out.push({ code: c.code, target: f.target, result: f.result, attainment: attainment(f.result, f.target) });
  }
  return { criteria: complete ? out : null, issues, unitNameCell, asOfCell, tableFound: true, progress, targetsFilled: rows.length > 0 && rows.every(({ r }) => !isBlank(cellValue(sheet, r, tc))) };
}

/** Does the name written in the sheet (`Đơn vị:`) denote the roster's unit? Lenient on case, tones, and word order prefixes. */
export function sameUnitName(written: string, rosterName: string, sheetName: string): boolean {
  const w = unitKey(written);
  if (!w) return true;
  const candidates = [rosterName, sheetName].map(unitKey);
  if (candidates.includes(w)) return true;
  const loose = stripDiacritics(w);
  // "Ban Nội chính Tỉnh ủy Bắc Giang" vs roster "Bắc Giang": the written name ends with the sheet's unit.
  return candidates.some((c) => stripDiacritics(c) === loose || loose.endsWith(` ${stripDiacritics(unitKey(sheetName))}`));
}
