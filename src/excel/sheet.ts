/**
 * Queues everything one SheetPlan describes onto a new worksheet, without syncing: the caller syncs once
 * for all sheets. Cell contents go in one `formulas` matrix, number formats in one `numberFormat` matrix
 * set before it, so the cost per sheet does not grow with the number of cells.
 */
import type { PlanFormula, PlanPrint, PlanStyle, PlanValue, SheetPlan } from '../core';
import { colName, parseRange } from '../core';

/** The number format that makes Excel keep what is written as text, whatever it starts with. */
export const TEXT_FORMAT = '@';

/**
 * Column width: plans count characters (Excel's unit: digits of the default font, Calibri 11, whose digit
 * is 7 px wide, plus 5 px of padding); Office.js sets points. At 96 px per inch and 72 pt per inch,
 * points = (chars × 7 + 5) × 0.75; e.g. Excel's default 8.43 characters = 64 px = 48 pt.
 */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const isFormula = (v: PlanValue): v is PlanFormula => v !== null && typeof v === 'object';

/** The grid's size: the values, and any style range that sets a number format beyond them. */
function extent(plan: SheetPlan): { rows: number; cols: number } {
  let rows = plan.values.length;
  let cols = plan.values.reduce((n, row) => Math.max(n, row.length), 0);
  for (const s of plan.styles) {
    if (!s.numberFormat) continue;
    const g = parseRange(s.range);
    rows = Math.max(rows, g.r1 + 1);
    cols = Math.max(cols, g.c1 + 1);
  }
  return { rows, cols };
}

/**
 * Per-cell number formats: 'General', the styles' formats in order (a later style wins, as when they are
 * applied one after another), and `@` on every literal string so Excel stores it as text: `=x`, `+x`,
 * `-x`, `@x`, `03`, `1/2`, `TRUE` stay exactly what the plan says (WORKBOOK.md §4).
 */
export function numberFormats(plan: SheetPlan, rows: number, cols: number): string[][] {
  const nf: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill('General'));
  for (const s of plan.styles) {
    if (!s.numberFormat) continue;
    const g = parseRange(s.range);
    for (let r = g.r0; r <= g.r1; r++) for (let c = g.c0; c <= g.c1; c++) nf[r][c] = s.numberFormat;
  }
  plan.values.forEach((row, r) => row.forEach((v, c) => {
    if (typeof v === 'string') nf[r][c] = TEXT_FORMAT;
  }));
  return nf;
}

/**
 * What `Range.formulas` receives: constants as they are, '' for empty, `=…` for the plan's formulas, which
 * are written as users type them (`=THIDUA.ATTAINMENT(…)`: inside Excel, with the add-in loaded).
 */
export function formulaMatrix(plan: SheetPlan, rows: number, cols: number): (string | number | boolean)[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const v = plan.values[r]?.[c] ?? null;
      if (v === null) return '';
      return isFormula(v) ? `=${v.formula}` : v;
    }),
  );
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

function applyStyle(ws: Excel.Worksheet, s: PlanStyle): void {
  const format = ws.getRange(s.range).format;
  if (s.fontName !== undefined) format.font.name = s.fontName;
  if (s.bold !== undefined) format.font.bold = s.bold;
  if (s.italic !== undefined) format.font.italic = s.italic;
  if (s.underline !== undefined) format.font.underline = s.underline ? 'Single' : 'None';
  if (s.fontSize !== undefined) format.font.size = s.fontSize;
  if (s.fontColor) format.font.color = s.fontColor;
  if (s.fill) format.fill.color = s.fill;
  if (s.horizontal) format.horizontalAlignment = H_ALIGN[s.horizontal];
  if (s.vertical) format.verticalAlignment = V_ALIGN[s.vertical];
  if (s.wrap !== undefined) format.wrapText = s.wrap;
  if (s.border === 'thin') {
    const g = parseRange(s.range);
    const edges: string[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    // Inside borders exist only where the range has more than one row / column.
    if (g.r1 > g.r0) edges.push('InsideHorizontal');
    if (g.c1 > g.c0) edges.push('InsideVertical');
    for (const edge of edges) {
      const border = format.borders.getItem(edge as Excel.BorderIndex);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = '#000000';
    }
  }
}

function applyPrint(ws: Excel.Worksheet, p: PlanPrint): void {
  const layout = ws.pageLayout;
  layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  // Fit to one page wide, as many pages tall as needed (0 = automatic).
  if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (p.titleRows) layout.setPrintTitleRows(p.titleRows.split(':').map((r) => `$${r.replace(/\$/g, '')}`).join(':'));
  if (p.margins) {
    // Plans give inches; Office.js takes points.
    layout.leftMargin = p.margins.left * 72;
    layout.rightMargin = p.margins.right * 72;
    layout.topMargin = p.margins.top * 72;
    layout.bottomMargin = p.margins.bottom * 72;
    if (p.margins.header !== undefined) layout.headerMargin = p.margins.header * 72;
    if (p.margins.footer !== undefined) layout.footerMargin = p.margins.footer * 72;
  }
  if (p.centerHorizontally !== undefined) layout.centerHorizontally = p.centerHorizontally;
  if (p.area) layout.setPrintArea(p.area);
  if (p.header) {
    // a blank first-page header leaves page 1 without a number (a document's numbers start on page 2)
    const hf = layout.headersFooters;
    hf.state = p.header.firstPageBlank ? 'FirstAndDefault' : 'Default';
    hf.defaultForAllPages.centerHeader = p.header.center;
    if (p.header.firstPageBlank) hf.firstPage.centerHeader = '';
  }
}

/** Excel's tallest row, in points: a taller height is refused. */
export const MAX_ROW_HEIGHT = 409;

/** Queues the whole plan onto `ws` (a sheet just added, so nothing has to be cleared first). */
export function queueSheet(ws: Excel.Worksheet, plan: SheetPlan): void {
  queueCells(ws, plan);
  queueLayout(ws, plan);
}

/** Rows of the grid a plan writes (values, and number formats set beyond them), and its columns. */
export function cellExtent(plan: SheetPlan): { rows: number; cols: number; valueRows: number; valueCols: number } {
  const { rows, cols } = extent(plan);
  return { rows, cols, valueRows: plan.values.length, valueCols: plan.values.reduce((n, row) => Math.max(n, row.length), 0) };
}

/**
 * Queues the cells of rows [from, to) (default: all): their number formats, then their contents. A large
 * sheet is written in bands of rows, one per request, when a single request would pass the payload limit.
 */
export function queueCells(ws: Excel.Worksheet, plan: SheetPlan, from = 0, to = Infinity): void {
  const { rows, cols, valueRows, valueCols } = cellExtent(plan);
  const end = Math.min(rows, to);
  if (end > from && cols > 0) {
    // Formats first: a cell formatted as text before the write keeps `=x` as text.
    ws.getRangeByIndexes(from, 0, end - from, cols).numberFormat = numberFormats(plan, rows, cols).slice(from, end);
    const vEnd = Math.min(valueRows, end);
    if (vEnd > from && valueCols > 0) ws.getRangeByIndexes(from, 0, vEnd - from, valueCols).formulas = formulaMatrix(plan, valueRows, valueCols).slice(from, vEnd);
  }
}

/** Queues everything but the cells: styles, merges, sizes, panes, data bars, validation, print setup. */
export function queueLayout(ws: Excel.Worksheet, plan: SheetPlan): void {
  for (const s of plan.styles) applyStyle(ws, s);
  for (const m of plan.merges) ws.getRange(m).merge(false);
  plan.columnWidths.forEach((w, i) => {
    if (w > 0) ws.getRange(`${colName(i)}:${colName(i)}`).format.columnWidth = widthPoints(w);
  });
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) ws.getRange(`${row}:${row}`).format.rowHeight = Math.min(height, MAX_ROW_HEIGHT);
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    const { rows: fr, columns: fc } = plan.freeze;
    if (fr > 0 && fc > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, fr, fc));
    else if (fr > 0) ws.freezePanes.freezeRows(fr);
    else ws.freezePanes.freezeColumns(fc);
  }
  for (const bar of plan.dataBars ?? []) {
    const cf = ws.getRange(bar.range).conditionalFormats.add('DataBar');
    cf.dataBar.positiveFormat.fillColor = bar.color;
  }
  for (const v of plan.validations ?? []) {
    const dv = ws.getRange(v.range).dataValidation;
    // A list's source is one comma-separated string: Excel splits it on commas.
    dv.rule = v.type === 'wholeNumber' ? { wholeNumber: { formula1: v.min ?? 0, operator: 'GreaterThanOrEqualTo' } } : { list: { inCellDropDown: true, source: (v.list ?? []).join(',') } };
    if (v.error) dv.errorAlert = { message: v.error, showAlert: true, style: 'Stop', title: 'Thi đua' };
    if (v.prompt) dv.prompt = { message: v.prompt, showPrompt: true, title: 'Thi đua' };
  }
  if (plan.print) applyPrint(ws, plan.print);
  if (plan.tabColor) ws.tabColor = plan.tabColor;
}
