/** Counts (targets and results), WORKBOOK.md §1.3. */
import type { CellType, CellValue } from './types';
import { formatDate } from './snapshot';

export type CountRole = 'target' | 'result';

export type CountVerdict =
  | { ok: true; value: number; asText: boolean }
  | { ok: false; code: 'MISSING' | 'NO_VALUE' | 'NEGATIVE' | 'FRACTION' | 'NOT_A_NUMBER' | 'BOOLEAN' | 'ERROR_VALUE'; found: string };

const SPACES = /^[\s\u00A0\u2007\u202F\uFEFF]+|[\s\u00A0\u2007\u202F\uFEFF]+$/g;

/** Judges one count cell. `type` comes from the snapshot; it tells an error value from text. */
export function parseCount(value: CellValue, type?: CellType): CountVerdict {
  const t = type ?? (value === null ? 'empty' : typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string');
  if (t === 'uncomputed') return { ok: false, code: 'NO_VALUE', found: '' };
  if (value === null || value === undefined || t === 'empty') return { ok: false, code: 'MISSING', found: '' };
  if (t === 'error') return { ok: false, code: 'ERROR_VALUE', found: String(value) };
  if (typeof value === 'boolean' || t === 'boolean') return { ok: false, code: 'BOOLEAN', found: String(value).toUpperCase() };
  if (t === 'date' && typeof value === 'number') return { ok: false, code: 'NOT_A_NUMBER', found: formatDate(value) };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, code: 'NOT_A_NUMBER', found: String(value) };
    if (value < 0) return { ok: false, code: 'NEGATIVE', found: String(value) };
    if (!Number.isInteger(value)) return { ok: false, code: 'FRACTION', found: String(value).replace('.', ',') };
    return { ok: true, value, asText: false };
  }
  const s = String(value).replace(SPACES, '');
  if (s === '') return { ok: false, code: 'MISSING', found: '' };
  if (/^\d+$/.test(s)) return { ok: true, value: parseInt(s, 10), asText: true };
  // v2: a whole number with a decimal comma or point ("2,0", "2.0"). Three digits after the mark ("2.000",
  // "2,000") read as a thousands separator in one convention and a decimal mark in the other: not guessed.
  const dec = /^(\d+)[.,](\d+)$/.exec(s);
  if (dec && dec[2].length !== 3) {
    if (/^0+$/.test(dec[2])) return { ok: true, value: parseInt(dec[1], 10), asText: true };
    return { ok: false, code: 'FRACTION', found: s.replace('.', ',') };
  }
  return { ok: false, code: 'NOT_A_NUMBER', found: String(value).trim() };
}
