/** Names of the generated sheets, the marks that say they are the tool's own, and free-name choice (WORKBOOK.md §4). */
import type { Snapshot, ToolMarks } from '../types';
import { unitKey } from '../text';

export const OUTPUT_NAMES = { ranking: 'Xếp hạng', nominations: 'Đề nghị khen thưởng' } as const;

/** Workbook-level defined names, each referring to `'<sheet>'!$A$1` of the tool's own sheet. */
export const TOOL_MARK_NAMES = { ranking: 'ThiDua_XepHang', nominations: 'ThiDua_DeNghi' } as const;

export type OutputRole = keyof typeof OUTPUT_NAMES;

/** Excel compares sheet names without regard to case; we also fold Unicode forms. */
export function sameSheetName(a: string, b: string): boolean {
  return unitKey(a) === unitKey(b);
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
    const base = OUTPUT_NAMES[role];
    const isFree = (n: string) => ![...names, ...used].some((x) => sameSheetName(x, n));
    let name: string = base;
    for (let i = 2; !isFree(name); i++) name = `${base} (${i})`;
    out[role] = { name };
    used.push(name);
  }
  return out;
}
