/**
 * Sheet names as Excel compares them, free-name choice, and the tool's marks: workbook-level defined
 * names whose formula is `='<sheet>'!$A$1` (WORKBOOK.md §4). The formula follows a renamed sheet and
 * turns into `#REF!` when the sheet is deleted, so a mark always names the sheet the tool wrote, or none.
 */
import type { PlanRole, ToolMarks } from '../core/types';
import { TOOL_MARK_NAMES } from '../core/plan/names';

export type MarkRole = keyof typeof TOOL_MARK_NAMES;
export const MARK_ROLES = Object.keys(TOOL_MARK_NAMES) as MarkRole[];

export function markRoleOf(role: PlanRole): MarkRole | null {
  return (MARK_ROLES as string[]).includes(role) ? (role as MarkRole) : null;
}

/** Excel treats sheet names (and defined names) without regard to case; we also fold Unicode forms. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

export function indexOfName(names: readonly string[], name: string): number {
  const exact = names.indexOf(name);
  if (exact >= 0) return exact;
  const key = nameKey(name);
  return names.findIndex((n) => nameKey(n) === key);
}

/** Excel limits sheet names to 31 characters. */
export const MAX_SHEET_NAME = 31;

/** `wanted`, or the next free `base (2)`, `base (3)` … (`Xếp hạng (2)` counts on from `Xếp hạng`). */
export function nextFreeName(wanted: string, taken: readonly string[]): string {
  if (indexOfName(taken, wanted) < 0) return wanted;
  const base = wanted.replace(/\s\(\d+\)$/, '');
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (indexOfName(taken, name) < 0) return name;
  }
}

/** The sheet a mark's formula refers to: `='Ban''s'!$A$1` → `Ban's`, `=Sheet1!$A$1` → `Sheet1`; else null. */
export function sheetOfFormula(formula: unknown): string | null {
  if (typeof formula !== 'string') return null;
  const f = formula.trim().replace(/^=/, '');
  const quoted = /^'((?:[^']|'')+)'!\$?[A-Z]{1,3}\$?\d+$/i.exec(f);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const bare = /^([^'!,:#\s][^'!,:\s]*)!\$?[A-Z]{1,3}\$?\d+$/i.exec(f);
  return bare ? bare[1] : null;
}

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
