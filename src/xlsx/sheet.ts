/**
 * Everything one SheetPlan says, onto an empty exceljs worksheet: values, merges, styles, sizes, freeze
 * panes, data bars, validations, print setup, tab colour.
 */
import type ExcelJS from 'exceljs';
import type { PlanPrint, PlanValidation, PlanValue, SheetPlan } from '../core';
import { a1, ERROR_VALUES, parseRange, rangeA1 } from '../core';
import { applyStyle, argb } from './style';
import { XlsxWriteError } from './errors';

const ERROR_SET = new Set(ERROR_VALUES);

/** exceljs keeps data validations per address or range, but its typings do not show the collection. */
interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/** exceljs writes a data bar's colour, but its typings leave it out of the rule. */
type DataBarRule = ExcelJS.DataBarRuleType & { color: { argb: string } };

/** `$c$7:e20` → `C7:E20`: exceljs matches validation ranges by their plain text. */
function normRange(range: string): string {
  const g = parseRange(range);
  return rangeA1(g.r0, g.c0, g.r1, g.c1);
}

/**
 * A formula in the form Excel stores in a file: a call of the add-in's function, typed `THIDUA.ATTAINMENT(…)`,
 * is stored as `_xldudf_THIDUA_ATTAINMENT(…)`, which Excel maps back when the add-in loads; a file that
 * stores the typed form can stay `#NAME?` even then (DESIGN.md §3). Only the file door knows this form.
 */
export function fileFormula(formula: string): string {
  return formula.replace(/^=/, '').replace(/(^|[^\w.])THIDUA\.([A-Z][A-Z0-9]*)\s*\(/gi, (_m, before: string, id: string) => `${before}_xldudf_THIDUA_${id.toUpperCase()}(`);
}

/**
 * A planned value as exceljs takes it. A JS string is always stored as text (a shared string), whatever
 * it starts with: exceljs only writes a formula for a `{ formula }` object, so `=1+1` typed by a user stays
 * text. Formulas come only from the tool, as users type them without the leading `=` (stored in the file form).
 */
function cellValue(v: PlanValue): ExcelJS.CellValue | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`number ${v}`);
    return v;
  }
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  const formula = fileFormula(v.formula);
  const result = v.result;
  if (result === null || result === undefined) return { formula };
  if (typeof result === 'number' && !Number.isFinite(result)) throw new Error(`result ${result}`);
  // An error text as a cached result is the error itself (`#N/A` of an empty template row), stored as an
  // error value the way Excel stores it, so every reader sees an error and not the text "#N/A".
  if (typeof result === 'string' && ERROR_SET.has(result)) return { formula, result: { error: result as ExcelJS.CellErrorValue['error'] } };
  return { formula, result };
}

function writeValues(ws: ExcelJS.Worksheet, values: PlanValue[][]): void {
  values.forEach((row, r) => {
    row.forEach((v, c) => {
      const x = cellValue(v);
      if (x !== undefined) ws.getCell(r + 1, c + 1).value = x;
    });
  });
}

function validation(v: PlanValidation): ExcelJS.DataValidation {
  const messages = {
    ...(v.error ? { showErrorMessage: true, errorStyle: 'stop', error: v.error } : { showErrorMessage: true }),
    ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
  };
  if (v.type === 'wholeNumber') {
    return { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [v.min ?? 0], ...messages };
  }
  const items = v.list ?? [];
  // An inline list is one quoted text, items split by commas, at most 255 characters.
  const inline = items.join(',');
  if (items.some((i) => i.includes(',')) || inline.length > 255) throw new Error(`list ${inline}`);
  return { type: 'list', allowBlank: true, formulae: [`"${inline.replace(/"/g, '""')}"`], ...messages };
}

function pageSetup(ws: ExcelJS.Worksheet, p: PlanPrint): void {
  const setup: Partial<ExcelJS.PageSetup> = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: p.fitToWidth,
    // one page wide, as many pages tall as needed
    ...(p.fitToWidth ? { fitToWidth: 1, fitToHeight: 0 } : {}),
    horizontalCentered: p.centerHorizontally ?? false,
  };
  if (p.titleRows) setup.printTitlesRow = p.titleRows.replace(/\$/g, '');
  if (p.margins) setup.margins = { header: 0.3, footer: 0.3, ...p.margins };
  if (p.area) setup.printArea = normRange(p.area);
  ws.pageSetup = setup;
  if (p.header) {
    // `&C` opens the centre section; a blank first-page header leaves page 1 without a number
    ws.headerFooter = p.header.firstPageBlank ? { differentFirst: true, oddHeader: `&C${p.header.center}`, firstHeader: '' } : { oddHeader: `&C${p.header.center}` };
  }
}

/** Fills `ws` (new and empty) from `plan`. A plan Excel cannot hold throws XlsxWriteError BAD_PLAN. */
export function writeSheet(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  try {
    writeValues(ws, plan.values);
    // Merge before styling: exceljs copies the top-left style over a merged range when it merges.
    for (const m of plan.merges) ws.mergeCells(normRange(m));
    for (const s of plan.styles) applyStyle(ws, s);
    plan.columnWidths.forEach((w, i) => {
      if (w > 0) ws.getColumn(i + 1).width = w;
    });
    for (const [row, h] of Object.entries(plan.rowHeights ?? {})) ws.getRow(Number(row)).height = h;
    const { rows = 0, columns = 0 } = plan.freeze ?? {};
    if (rows > 0 || columns > 0) ws.views = [{ state: 'frozen', xSplit: columns, ySplit: rows, topLeftCell: a1(rows, columns) }];
    (plan.dataBars ?? []).forEach((bar, i) => {
      const rule: DataBarRule = {
        type: 'dataBar',
        priority: i + 1,
        // Not a gradient: exceljs then writes the Excel 2010 (x14) part too, with an id matching the rule,
        // as Excel itself does; with a gradient it leaves an empty id behind.
        gradient: false,
        cfvo: [{ type: 'min' }, { type: 'max' }],
        color: { argb: argb(bar.color) },
      };
      ws.addConditionalFormatting({ ref: normRange(bar.range), rules: [rule] });
    });
    for (const v of plan.validations ?? []) (ws as unknown as WithValidations).dataValidations.add(normRange(v.range), validation(v));
    if (plan.print) pageSetup(ws, plan.print);
    if (plan.tabColor) ws.properties.tabColor = { argb: argb(plan.tabColor) };
  } catch (err) {
    if (err instanceof XlsxWriteError) throw err;
    throw new XlsxWriteError('BAD_PLAN', plan.name, err instanceof Error ? err.message : String(err));
  }
}
