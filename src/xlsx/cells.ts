/**
 * One exceljs cell → the pipeline's (value, type) pair (src/core/types.ts `CellValue`): formulas become
 * their cached result, dates become Excel serial numbers, rich text and hyperlinks become their text.
 */
import ExcelJS from 'exceljs';
import type { CellType, CellValue } from '../core/types';
import { serialFromDate } from '../core/snapshot';

export interface TypedValue {
  value: CellValue;
  type: CellType;
}

const EMPTY: TypedValue = { value: null, type: 'empty' };

/** A plain value as exceljs models it (a cell's value, a formula's result, a hyperlink's text). */
export function typedValue(v: unknown): TypedValue {
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v, type: 'number' } : EMPTY;
  if (typeof v === 'string') return v === '' ? EMPTY : { value: v, type: 'string' };
  if (typeof v === 'boolean') return { value: v, type: 'boolean' };
  // exceljs turns a number in a date-formatted cell into a Date; an invalid one comes from a formula
  // whose cached result was not a number (exceljs lost it while converting): nothing to read.
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? EMPTY : { value: serialFromDate(v), type: 'date' };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { value: o.error, type: 'error' };
    if (Array.isArray(o.richText)) return typedValue(richTextOf(o.richText));
    // a hyperlink: what the cell shows is its text (itself plain or rich)
    if ('hyperlink' in o || 'text' in o) return typedValue(o.text);
    // a formula (plain, shared or array): its cached result, typed like any value
    if ('formula' in o || 'sharedFormula' in o) return typedValue(o.result);
  }
  return EMPTY;
}

function richTextOf(runs: unknown[]): string {
  return runs.map((r) => (r && typeof (r as { text?: unknown }).text === 'string' ? (r as { text: string }).text : '')).join('');
}

/** A worksheet cell; a merged cell other than the range's top-left one reads as empty. */
export function readCell(cell: ExcelJS.Cell): TypedValue {
  if (cell.type === ExcelJS.ValueType.Merge) return EMPTY;
  // exceljs 4.4.0 drops a formula's falsy cached result (0, FALSE) from `cell.value` (FormulaValue._copyModel
  // copies only truthy fields); `cell.result` still holds it.
  if (cell.type === ExcelJS.ValueType.Formula) return typedValue(cell.result);
  return typedValue(cell.value);
}
