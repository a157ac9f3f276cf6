/**
 * Sheet names as Excel compares them, free-name choice, and the tool's marks: workbook-level defined
 * names whose formula is `='<sheet>'!$A$1` (WORKBOOK.md §4). The formula follows a renamed sheet and
 * turns into `#REF!` when the sheet is deleted, so a mark always names the sheet the tool wrote, or none.
 */
import type { PlanRole, ToolMarks } from '../core';
import { TOOL_MARK_NAMES } from '../core';

export type MarkRole = keyof typeof TOOL_MARK_NAMES;
const MARK_ROLES = Object.keys(TOOL_MARK_NAMES) as MarkRole[];

export function markRoleOf(role: PlanRole): MarkRole | null {
  return (MARK_ROLES as string[]).includes(role) ? (role as MarkRole) : null;
}

// The naming rules live in core, once for every door.
export {
  sameSheetName as sameName,
  indexOfSheetName as indexOfName,
  nextFreeName,
  sheetOfRef as sheetOfFormula,
} from '../core';
import { sameSheetName as sameName, indexOfSheetName as indexOfName, sheetOfRef as sheetOfFormula } from '../core';

export interface DefinedName {
  name: string;
  formula: unknown;
}

/** The tool's marks that point at one existing sheet (its name as it stands in the workbook). */
export function marksOf(names: readonly DefinedName[], sheets: readonly string[]): ToolMarks {
  const marks: ToolMarks = {};
  for (const role of MARK_ROLES) {
    const found = names.filter((n) => sameName(n.name, TOOL_MARK_NAMES[role]));
    if (found.length !== 1) continue;
    const target = sheetOfFormula(found[0].formula);
    const i = target === null ? -1 : indexOfName(sheets, target);
    if (i >= 0) marks[role] = sheets[i];
  }
  return marks;
}
