/**
 * Arguments as Excel hands them to a custom function (a matrix: a single value arrives as `[[v]]`) and
 * the judgment of one count cell, reusing core's `parseCount` (WORKBOOK.md §1.3) so that a cell means the
 * same in a formula as in the pane's check.
 */
import type { CellValue } from '../core';
import { parseCount } from '../core';
import type { Lang } from '../i18n';
import { ft } from '../i18n/functions';
import { makeError } from './errors';

export type Matrix = unknown[][];

/** Whatever Excel passed (a matrix, or a bare value when called by hand) as a matrix. */
export function asMatrix(arg: unknown): Matrix {
  if (Array.isArray(arg)) return arg.map((row) => (Array.isArray(row) ? row : [row]));
  return [[arg]];
}

export function shapeOf(m: Matrix): { rows: number; cols: number } {
  return { rows: m.length, cols: m.reduce((n, row) => Math.max(n, row.length), 0) };
}

export const shapeText = (m: Matrix): string => {
  const s = shapeOf(m);
  return `${s.rows}×${s.cols}`;
};

export function cellCount(m: Matrix): number {
  return m.reduce((n, row) => n + row.length, 0);
}

export function flatten(m: Matrix): unknown[] {
  return m.reduce<unknown[]>((all, row) => all.concat(row), []);
}

/**
 * One cell value as core's CellValue. Excel may pass an error of a referenced cell as an object with a
 * `code` (`#REF!`); undefined (an omitted or blank argument) is blank.
 */
function cellValue(v: unknown): { value: CellValue; isError: boolean } {
  if (v === undefined || v === null) return { value: null, isError: false };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v, isError: false };
  const code = (v as { code?: unknown }).code;
  return { value: typeof code === 'string' ? code : String(v), isError: true };
}

export type Role = 'target' | 'result';
export type Count = { ok: true; value: number } | { ok: false; error: unknown };

/**
 * Judges one target or result. Blank → #N/A (nothing to compute yet); negative, fractional, non-numeric,
 * boolean or error → #VALUE! naming what was found; text digits (`"03"`) are accepted.
 * `position` (1-based) is named in the message when the argument is a range of several cells.
 */
export function readCount(v: unknown, role: Role, lang: Lang, position: number | null): Count {
  const { value, isError } = cellValue(v);
  const verdict = parseCount(value, isError ? 'error' : undefined);
  const prefix = position === null ? '' : ft(lang, 'cellPrefix', { n: position });
  if (verdict.ok) return { ok: true, value: verdict.value };
  // NO_VALUE (a formula the file holds without a value) cannot come from Excel, which always calculates
  if (verdict.code === 'MISSING' || verdict.code === 'NO_VALUE') return { ok: false, error: makeError('#N/A', prefix + ft(lang, role === 'target' ? 'TARGET_BLANK' : 'RESULT_BLANK')) };
  const what = ft(lang, role);
  return { ok: false, error: makeError('#VALUE!', prefix + ft(lang, verdict.code, { what, found: verdict.found })) };
}

/** A target must also be at least 1 (WORKBOOK.md §1.3); 0 would divide by zero. */
export function readTarget(v: unknown, lang: Lang, position: number | null): Count {
  const c = readCount(v, 'target', lang, position);
  if (c.ok && c.value === 0) {
    const prefix = position === null ? '' : ft(lang, 'cellPrefix', { n: position });
    return { ok: false, error: makeError('#DIV/0!', prefix + ft(lang, 'TARGET_ZERO')) };
  }
  return c;
}

/** A weight (criteria table's `Trọng số`): a positive number; blank means 1. */
export function readWeight(v: unknown, lang: Lang, position: number | null): Count {
  const { value, isError } = cellValue(v);
  if (!isError && (value === null || (typeof value === 'string' && value.trim() === ''))) return { ok: true, value: 1 };
  if (!isError && typeof value === 'number' && Number.isFinite(value) && value > 0) return { ok: true, value };
  const prefix = position === null ? '' : ft(lang, 'cellPrefix', { n: position });
  return { ok: false, error: makeError('#VALUE!', prefix + ft(lang, 'WEIGHT_INVALID', { found: String(value) })) };
}
