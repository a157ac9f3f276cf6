/**
 * Writes sheet plans into an .xlsx through exceljs. `writeWithPlans` works on the workbook read from the
 * input, so everything of the input exceljs carries is kept; only the planned sheets are added, and only a
 * sheet a plan `replaces` (the tool's own, per its mark) is removed. Then the marks are (re)defined.
 */
import ExcelJS from 'exceljs';
import type { SheetPlan } from '../core/types';
import { XlsxWriteError } from './errors';
import { fixPrintNameQuoting } from './exceljs-fixes';
import { dropDanglingMarks, dropRefsTo, setMark, type MarkRole } from './names';
import { writeSheet } from './sheet';

/** exceljs orders sheets by this field, which its typings do not show. */
interface Ordered {
  orderNo: number;
}

/** Excel's rules for a sheet name; exceljs would otherwise cut a long name or throw a bare Error. */
function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name) || name.toLowerCase() === 'history') {
    throw new XlsxWriteError('BAD_SHEET_NAME', name);
  }
}

const lower = (s: string) => s.toLowerCase();

/** Refuses, before anything changes, plans that would clash with the workbook or with each other. */
function checkPlans(workbook: ExcelJS.Workbook, plans: SheetPlan[]): void {
  // Only sheets that exist are replaced: a plan whose `replaces` names no sheet is simply added.
  const replaced = new Set(plans.map((p) => (p.replaces !== undefined ? workbook.getWorksheet(p.replaces)?.name : undefined)).filter((n) => n !== undefined).map(lower));
  const planned = new Set<string>();
  for (const p of plans) {
    checkSheetName(p.name);
    // Sheet names are unique case-insensitively, in Excel as in exceljs.
    const taken = workbook.worksheets.some((ws) => lower(ws.name) === lower(p.name) && !replaced.has(lower(ws.name)));
    if (taken || planned.has(lower(p.name))) throw new XlsxWriteError('SHEET_EXISTS', p.name);
    planned.add(lower(p.name));
  }
}

/**
 * Adds the planned sheets to `workbook` in place (exported for tests and the bench). A replaced sheet's
 * successor takes its position; other planned sheets go at the end, in plan order.
 */
export function addPlannedSheets(workbook: ExcelJS.Workbook, plans: SheetPlan[]): void {
  checkPlans(workbook, plans);
  // Remove every replaced sheet first: a plan may take the name of a sheet another plan replaces.
  const positions = new Map<SheetPlan, number>();
  const removed: string[] = [];
  for (const plan of plans) {
    const old = plan.replaces !== undefined ? workbook.getWorksheet(plan.replaces) : undefined;
    if (!old) continue;
    positions.set(plan, (old as unknown as Ordered).orderNo);
    removed.push(old.name);
    workbook.removeWorksheet(old.id);
  }
  for (const plan of plans) {
    const ws = workbook.addWorksheet(plan.name);
    const position = positions.get(plan);
    if (position !== undefined) (ws as unknown as Ordered).orderNo = position;
    writeSheet(ws, plan);
    if (plan.role === 'ranking' || plan.role === 'nominations') setMark(workbook, plan.role as MarkRole, plan.name);
  }
  dropRefsTo(workbook, removed);
  dropDanglingMarks(workbook);
}

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  fixPrintNameQuoting();
  let out: ArrayBuffer;
  try {
    out = await workbook.xlsx.writeBuffer();
  } catch (err) {
    throw new XlsxWriteError('WRITE_FAILED', null, err instanceof Error ? err.message : String(err));
  }
  return Buffer.isBuffer(out) ? out : Buffer.from(out);
}

/**
 * A copy of the input workbook (as read by `readSnapshot`) with the planned sheets; throws XlsxWriteError.
 * The workbook object is changed in place: plans that clash are refused before any change, but after a
 * BAD_PLAN or WRITE_FAILED error it may hold part of the plans and should not be written again.
 */
export async function writeWithPlans(workbook: ExcelJS.Workbook, plans: SheetPlan[]): Promise<Buffer> {
  addPlannedSheets(workbook, plans);
  return toBuffer(workbook);
}

/** A fresh workbook holding just these sheets, in order (the sample and template commands). */
export async function writeNewWorkbook(plans: SheetPlan[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Thi đua';
  addPlannedSheets(workbook, plans);
  return toBuffer(workbook);
}
