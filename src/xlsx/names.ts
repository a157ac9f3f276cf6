/**
 * Workbook-level defined names that mark the tool's own sheets (WORKBOOK.md §4): each refers to
 * `'<sheet>'!$A$1` of the sheet the tool generated, so a re-run knows which sheet it may replace.
 * exceljs keeps defined names as cell sets keyed by name; its sheet names keep the file's `''` escaping.
 */
import type ExcelJS from 'exceljs';
import type { ToolMarks } from '../core/types';
import { TOOL_MARK_NAMES } from '../core/plan/outputs';

export type MarkRole = keyof typeof TOOL_MARK_NAMES;
export const MARK_ROLES = Object.keys(TOOL_MARK_NAMES) as MarkRole[];

export { quoteSheetName, markRef } from '../core/plan/names';
import { markRef, sheetOfRef as coreSheetOfRef } from '../core/plan/names';

/** The sheet a reference points at (`'Ban''s'!$A$1` → `Ban's`), or null when it names none. */
export function sheetOfRef(ref: string): string | null {
  // exceljs hands a defined name's ranges over as `'Sheet'!$A$1` (a cell) or `'Sheet'!$A$1:$B$2` (a range):
  // only the sheet part matters for a mark.
  return coreSheetOfRef(ref.replace(/:\$?[A-Z]{1,3}\$?\d+$/i, ''));
}

/** Defined names compare case-insensitively in Excel, so `thidua_xephang` is the same name. */
function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Finds the worksheet a reference's sheet name denotes (Excel sheet names are case-insensitive too). */
function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => ws.name === name) ?? workbook.worksheets.find((ws) => sameName(ws.name, name));
}

/**
 * The tool's marks as they stand in the workbook. A mark counts only when all its ranges point at one
 * sheet that exists: a mark that is ambiguous or dangling must never let the tool replace a user's sheet.
 */
export function readMarks(workbook: ExcelJS.Workbook): ToolMarks {
  const marks: ToolMarks = {};
  const model = workbook.definedNames.model;
  for (const role of MARK_ROLES) {
    const sheets = new Set<string>();
    for (const dn of model) {
      if (!sameName(dn.name, TOOL_MARK_NAMES[role])) continue;
      for (const ref of dn.ranges) sheets.add(sheetOfRef(ref) ?? '');
    }
    if (sheets.size !== 1) continue;
    const ws = findSheet(workbook, [...sheets][0]);
    if (ws) marks[role] = ws.name;
  }
  return marks;
}

/** Rebuilds the defined names without the ones `drop` picks (exceljs has no "delete name"). */
export function removeNames(workbook: ExcelJS.Workbook, drop: (name: string) => boolean): void {
  workbook.definedNames.model = workbook.definedNames.model.filter((dn) => !drop(dn.name));
}

/**
 * Drops, from every defined name, the references to sheets that no longer exist (a replaced tool sheet
 * written under another name): a name pointing at a missing sheet makes Excel repair the file.
 */
export function dropRefsTo(workbook: ExcelJS.Workbook, removed: string[]): void {
  if (removed.length === 0) return;
  const gone = new Set(removed.filter((name) => !findSheet(workbook, name)));
  if (gone.size === 0) return;
  workbook.definedNames.model = workbook.definedNames.model
    .map((dn) => ({ ...dn, ranges: dn.ranges.filter((ref) => !gone.has(sheetOfRef(ref) ?? '')) }))
    .filter((dn) => dn.ranges.length > 0);
}

/** Drops the references of the tool's marks that point at no sheet (a sheet the user deleted). */
export function dropDanglingMarks(workbook: ExcelJS.Workbook): void {
  const markNames = Object.values(TOOL_MARK_NAMES);
  workbook.definedNames.model = workbook.definedNames.model
    .map((dn) =>
      markNames.some((m) => sameName(m, dn.name)) ? { ...dn, ranges: dn.ranges.filter((ref) => findSheet(workbook, sheetOfRef(ref) ?? '')) } : dn,
    )
    .filter((dn) => dn.ranges.length > 0);
}

/** (Re)defines the mark of `role` so that it refers to `sheet`, removing any earlier definition. */
export function setMark(workbook: ExcelJS.Workbook, role: MarkRole, sheet: string): void {
  const name = TOOL_MARK_NAMES[role];
  removeNames(workbook, (n) => sameName(n, name));
  workbook.definedNames.add(markRef(sheet), name);
}
