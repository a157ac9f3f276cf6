/**
 * Sheet plans → a fresh .xlsx through exceljs (src/xlsx/sheet.ts and style.ts say how each plan feature
 * becomes exceljs cells). Used whole for the sample and the template (a new workbook: nothing to keep),
 * and as the scratch package whose sheet parts `writeWithPlans` transplants into a copy of the user's file
 * (src/xlsx/copy.ts): exceljs renders what it models well (cells, styles, merges, validations, data bars,
 * print setup) and never touches the user's parts.
 */
import ExcelJS from 'exceljs';
import type { SheetPlan } from '../core';
import { TOOL_MARK_NAMES } from '../core';
import { markRef } from '../core';
import { XlsxWriteError } from './errors';
import { fixPrintNameQuoting } from './exceljs-fixes';
import { writeSheet } from './sheet';

/** Excel's rules for a sheet name; exceljs would otherwise cut a long name or throw a bare Error. */
function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name) || name.toLowerCase() === 'history') {
    throw new XlsxWriteError('BAD_SHEET_NAME', name);
  }
}

const lower = (s: string) => s.normalize('NFC').toLowerCase();

/** Plans whose names clash with each other are refused before anything is rendered. */
export function checkPlanNames(plans: SheetPlan[]): void {
  const seen = new Set<string>();
  for (const p of plans) {
    checkSheetName(p.name);
    if (seen.has(lower(p.name))) throw new XlsxWriteError('SHEET_EXISTS', p.name);
    seen.add(lower(p.name));
  }
}

/**
 * The plans as a new workbook's bytes, one sheet per plan in plan order. With `marks`, the ranking and
 * nominations sheets get their marks (a new workbook holding outputs); the scratch package has none.
 */
export async function renderPlans(plans: SheetPlan[], opts: { marks?: boolean } = {}): Promise<Uint8Array> {
  checkPlanNames(plans);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Thi đua';
  for (const plan of plans) {
    writeSheet(workbook.addWorksheet(plan.name), plan);
    if (opts.marks && (plan.role === 'ranking' || plan.role === 'nominations')) workbook.definedNames.add(markRef(plan.name), TOOL_MARK_NAMES[plan.role]);
  }
  fixPrintNameQuoting();
  let out: ArrayBuffer;
  try {
    out = await workbook.xlsx.writeBuffer();
  } catch (err) {
    throw new XlsxWriteError('WRITE_FAILED', null, err instanceof Error ? err.message : String(err));
  }
  return out instanceof Uint8Array ? out : new Uint8Array(out);
}
