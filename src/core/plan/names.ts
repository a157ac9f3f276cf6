/** Names of the generated sheets, the marks that say they are the tool's own, and free-name choice (WORKBOOK.md §4). */
import type { Snapshot, ToolMarks } from '../types';

export const OUTPUT_NAMES = { ranking: 'Xếp hạng', nominations: 'Đề nghị khen thưởng' } as const;

/** Workbook-level defined names, each referring to `'<sheet>'!$A$1` of the tool's own sheet. */
export const TOOL_MARK_NAMES = { ranking: 'ThiDua_XepHang', nominations: 'ThiDua_DeNghi' } as const;

export type OutputRole = keyof typeof OUTPUT_NAMES;

/** How Excel compares sheet names (and defined names): without regard to case; we also fold Unicode forms. */
function sheetNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}

/** Position of a name in a list, exact first, else as Excel compares; -1 when absent. */
export function indexOfSheetName(names: readonly string[], name: string): number {
  const exact = names.indexOf(name);
  if (exact >= 0) return exact;
  const key = sheetNameKey(name);
  return names.findIndex((n) => sheetNameKey(n) === key);
}

/** Excel limits sheet names to 31 characters. */
const MAX_SHEET_NAME = 31;

/** Names Excel keeps for itself: no sheet may take them, in any case (`History`, the change-tracking sheet). */
const RESERVED_SHEET_NAMES: readonly string[] = ['History'];

/** Why Excel would refuse a sheet name, or null when it accepts it. */
export type SheetNameProblem = 'empty' | 'tooLong' | 'badCharacter' | 'quoteAtEdge' | 'reserved';

/**
 * Excel's rule for a sheet name, the one every door applies (the Office.js adapter, the memory port, the
 * .xlsx door and the fake Excel): 1 to 31 characters, none of `[ ] : * ? / \`, no `'` first or last, not
 * a reserved name. Length counts UTF-16 units of the name as given (NFC keeps Vietnamese letters at one).
 */
export function sheetNameProblem(name: string): SheetNameProblem | null {
  if (name.length === 0) return 'empty';
  if (name.length > MAX_SHEET_NAME) return 'tooLong';
  if (/[[\]:*?/\\]/.test(name)) return 'badCharacter';
  if (name.startsWith("'") || name.endsWith("'")) return 'quoteAtEdge';
  if (RESERVED_SHEET_NAMES.some((r) => sameSheetName(r, name))) return 'reserved';
  return null;
}

/**
 * `wanted`, or the next free `base (2)`, `base (3)` … (`Xếp hạng (2)` counts on from `Xếp hạng`). A reserved
 * name counts as taken (`History` → `History (2)`); a long base is cut so that the suffix fits in 31 characters.
 */
export function nextFreeName(wanted: string, taken: readonly string[]): string {
  const free = (name: string) => indexOfSheetName(taken, name) < 0 && sheetNameProblem(name) !== 'reserved';
  if (free(wanted)) return wanted;
  const base = wanted.replace(/\s\(\d+\)$/, '');
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (free(name)) return name;
  }
}

/** `Xếp hạng` → `'Xếp hạng'`, `Ban's` → `'Ban''s'` (always quoted: Excel accepts quotes around any name). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The reference a mark holds: `'<sheet>'!$A$1`. */
export function markRef(sheet: string): string {
  return `${quoteSheetName(sheet)}!$A$1`;
}

/** The sheet a one-cell reference points at: `='Ban''s'!$A$1` → `Ban's`, `Sheet1!A1` → `Sheet1`; else null. */
export function sheetOfRef(ref: unknown): string | null {
  if (typeof ref !== 'string') return null;
  const f = ref.trim().replace(/^=/, '');
  const quoted = /^'((?:[^']|'')+)'!\$?[A-Z]{1,3}\$?\d+$/i.exec(f);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const bare = /^([^'!,:#\s][^'!,:\s]*)!\$?[A-Z]{1,3}\$?\d+$/i.exec(f);
  return bare ? bare[1] : null;
}

/**
 * The name each output is written under: the tool's own sheet from a previous run is replaced (same name);
 * otherwise the default name, or the next free one (`Xếp hạng (2)`) when a user's sheet has it.
 */
export function chooseOutputNames(snapshot: Snapshot): Record<OutputRole, { name: string; replaces?: string }> {
  const names = snapshot.sheets.map((s) => s.name);
  const marks: ToolMarks = snapshot.marks ?? {};
  const used: string[] = [];
  const out = {} as Record<OutputRole, { name: string; replaces?: string }>;
  for (const role of Object.keys(OUTPUT_NAMES) as OutputRole[]) {
    const own = marks[role];
    if (own && names.includes(own)) {
      out[role] = { name: own, replaces: own };
      used.push(own);
      continue;
    }
    const name = nextFreeName(OUTPUT_NAMES[role], [...names, ...used]);
    out[role] = { name };
    used.push(name);
  }
  return out;
}
