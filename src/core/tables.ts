/** Finding tables by their header labels in a sheet grid (used by settings, unit sheets and ballots). */
import type { SheetSnapshot } from './types';
import { cellValue, isBlank } from './snapshot';
import { labelKey, matchesLabel } from './text';

export interface RoleLabels<R extends string> {
  role: R;
  labels: readonly string[];
}

/**
 * Assigns a role to each cell of a row by its label, trying the longer labels first across all roles.
 * Returns role → column (the first column for a role wins).
 */
const flatCache = new WeakMap<object, { role: string; key: string }[]>();
function flatLabels<R extends string>(roles: readonly RoleLabels<R>[]): { role: R; key: string }[] {
  let flat = flatCache.get(roles);
  if (!flat) {
    flat = roles.flatMap((r) => r.labels.map((l) => ({ role: r.role as string, key: labelKey(l) }))).sort((a, b) => b.key.length - a.key.length);
    flatCache.set(roles, flat);
  }
  return flat as { role: R; key: string }[];
}

export function headerRoles<R extends string>(sheet: SheetSnapshot, row: number, roles: readonly RoleLabels<R>[]): Map<R, number> {
  const flat = flatLabels(roles);
  const out = new Map<R, number>();
  const width = (sheet.values[row] ?? []).length;
  for (let c = 0; c < width; c++) {
    const v = cellValue(sheet, row, c);
    if (typeof v !== 'string') continue;
    const k = labelKey(v);
    if (!k) continue;
    const hit = flat.find((f) => matchesLabel(k, f.key));
    if (hit && !out.has(hit.role)) out.set(hit.role, c);
  }
  return out;
}

/** Rows from `start` to the row before the first row that is empty in every column (or the sheet's end). */
export function dataRows(sheet: SheetSnapshot, start: number, cols?: number[]): number[] {
  const rows: number[] = [];
  for (let r = start; r < sheet.values.length; r++) {
    const blank = cols ? cols.every((c) => isBlank(cellValue(sheet, r, c))) : (sheet.values[r] ?? []).every((v) => isBlank(v));
    if (blank) break;
    rows.push(r);
  }
  return rows;
}

/** Text of a cell, or '' when it is not text/number. */
export function textOf(sheet: SheetSnapshot, r: number, c: number | undefined): string {
  if (c === undefined) return '';
  const v = cellValue(sheet, r, c);
  if (v === null || typeof v === 'boolean') return '';
  return String(v);
}
