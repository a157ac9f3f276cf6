/**
 * The tool's marks (WORKBOOK.md §4): workbook-level defined names (`ThiDua_XepHang`, `ThiDua_DeNghi`)
 * that refer to `'<sheet>'!$A$1` of the sheet the tool generated, so that a re-run knows which sheet it
 * may replace. A mark counts only when all its references point at one sheet that exists: an ambiguous or
 * dangling mark must never let the tool replace a user's sheet.
 */
import type { ToolMarks } from '../core';
import { TOOL_MARK_NAMES } from '../core';
import { indexOfSheetName, sheetOfRef } from '../core';
import type { WorkbookInfo } from './workbook';

export type MarkRole = keyof typeof TOOL_MARK_NAMES;
export const MARK_ROLES = Object.keys(TOOL_MARK_NAMES) as MarkRole[];

/** Defined names compare case-insensitively in Excel, so `thidua_xephang` is the same name. */
const sameDefinedName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Splits a defined name's formula at the commas of a union, not at those inside quoted sheet names. */
export function splitUnion(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of text.trim().replace(/^=/, '')) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}

/** The sheet a reference names (`'Ban''s'!$A$1` or a range `'X'!$A$1:$B$2`), or null. */
export function sheetOfAnyRef(ref: string): string | null {
  return sheetOfRef(ref.replace(/:\$?[A-Z]{1,3}\$?\d+$/i, ''));
}

export function isMarkName(name: string): boolean {
  return MARK_ROLES.some((r) => sameDefinedName(TOOL_MARK_NAMES[r], name));
}

/** The marks as they stand in the workbook (sheet names as stored). */
export function readMarksFrom(info: Pick<WorkbookInfo, 'definedNames' | 'sheets'>): ToolMarks {
  const marks: ToolMarks = {};
  const names = info.sheets.map((s) => s.name);
  for (const role of MARK_ROLES) {
    const sheets = new Set<string>();
    for (const dn of info.definedNames) {
      if (dn.localSheetId !== null || !sameDefinedName(dn.name, TOOL_MARK_NAMES[role])) continue;
      const refs = splitUnion(dn.text);
      if (refs.length === 0) sheets.add('');
      for (const ref of refs) sheets.add(sheetOfAnyRef(ref) ?? '');
    }
    if (sheets.size !== 1) continue;
    const at = indexOfSheetName(names, [...sheets][0]);
    if (at >= 0) marks[role] = names[at];
  }
  return marks;
}
