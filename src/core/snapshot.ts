/** Cell addressing and typed access to a snapshot. */
import type { CellType, CellValue, PlanValue, SheetPlan, SheetSnapshot, Snapshot } from './types';
import { pad2 } from './rules';

export const ERROR_VALUES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!'];
const ERROR_SET = new Set(ERROR_VALUES);

/** 0 → A, 25 → Z, 26 → AA */
export function colName(col0: number): string {
  let s = '';
  let n = col0 + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** (row0, col0) → `F8` */
export function a1(row0: number, col0: number): string {
  return `${colName(col0)}${row0 + 1}`;
}

/** `F8` → { row: 7, col: 5 } (0-based); null when not an A1 address. */
export function parseA1(addr: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(addr.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: parseInt(m[2], 10) - 1, col: col - 1 };
}

/** `A5:H5` → 0-based corners. */
export function parseRange(range: string): { r0: number; c0: number; r1: number; c1: number } {
  const [a, b] = range.split(':');
  const p = parseA1(a);
  const q = parseA1(b ?? a);
  if (!p || !q) throw new Error(`bad range ${range}`);
  return { r0: Math.min(p.row, q.row), c0: Math.min(p.col, q.col), r1: Math.max(p.row, q.row), c1: Math.max(p.col, q.col) };
}

export function rangeA1(r0: number, c0: number, r1: number, c1: number): string {
  const a = a1(r0, c0);
  const b = a1(r1, c1);
  return a === b ? a : `${a}:${b}`;
}

export function cellType(sheet: SheetSnapshot, r: number, c: number): CellType {
  const t = sheet.types?.[r]?.[c];
  if (t) return t;
  const v = sheet.values[r]?.[c];
  return inferType(v ?? null);
}

function inferType(v: CellValue): CellType {
  if (v === null || v === undefined || v === '') return 'empty';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'string' && ERROR_SET.has(v)) return 'error';
  return 'string';
}

export function cellValue(sheet: SheetSnapshot, r: number, c: number): CellValue {
  const v = sheet.values[r]?.[c];
  return v === undefined ? null : v;
}

/** Is the cell empty (nothing, or only spaces)? */
export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.replace(/[\s\u00A0]/g, '') === '');
}

export function colCount(sheet: SheetSnapshot): number {
  let m = 0;
  for (const row of sheet.values) if (row && row.length > m) m = row.length;
  return m;
}

/** Text of a cell for display in messages (dates as dd/mm/yyyy). */
export function displayValue(sheet: SheetSnapshot, r: number, c: number): string {
  const v = cellValue(sheet, r, c);
  const t = cellType(sheet, r, c);
  if (v === null) return '';
  if (t === 'date' && typeof v === 'number') return formatDate(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

// ───────────── Dates as Excel serial numbers (1900 system; serial 1 = 1900-01-01, 60 = the phantom 29/02/1900) ─────────────

const MS_PER_DAY = 86400000;
const EPOCH = Date.UTC(1899, 11, 30);

export function serialFromYMD(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH) / MS_PER_DAY);
}

export function ymdFromSerial(serial: number): { y: number; m: number; d: number } {
  const dt = new Date(EPOCH + Math.floor(serial) * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** A JS Date (as exceljs gives it, in UTC) → serial with the time of day kept as a fraction. */
/** Today in the user's own time zone (the date on the nomination list when the settings give none). */
export function todaySerial(): number {
  const now = new Date();
  return serialFromYMD(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function serialFromDate(d: Date): number {
  return (d.getTime() - EPOCH) / MS_PER_DAY;
}

/** dd/mm/yyyy */
export function formatDate(serial: number): string {
  const { y, m, d } = ymdFromSerial(serial);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

/** `d/m/yyyy`, `dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy` or ISO `yyyy-mm-dd` → serial; null when not a valid date. */
export function parseDateText(s: string): number | null {
  const t = s.trim();
  let y: number, m: number, d: number;
  let mt = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (mt) {
    d = +mt[1];
    m = +mt[2];
    y = +mt[3];
  } else if ((mt = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) {
    y = +mt[1];
    m = +mt[2];
    d = +mt[3];
  } else return null;
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const serial = serialFromYMD(y, m, d);
  const back = ymdFromSerial(serial);
  return back.d === d && back.m === m ? serial : null;
}

/**
 * A snapshot of sheets that plans describe (formulas replaced by their cached results), as the file
 * written from those plans would read back. Used for the sample in memory, tests and benchmarks.
 */
export function snapshotFromPlans(plans: SheetPlan[]): Snapshot {
  return {
    sheets: plans.map((p) => {
      const types: CellType[][] = [];
      const values = p.values.map((row, r) =>
        row.map((v: PlanValue, c) => {
          const x = v !== null && typeof v === 'object' ? (v.result ?? null) : v;
          const isDate = p.styles.some((s) => s.numberFormat && /d/.test(s.numberFormat) && /y/.test(s.numberFormat) && inRange(s.range, r, c));
          (types[r] ??= [])[c] = typeof x === 'number' && isDate ? 'date' : inferType(x);
          return x;
        }),
      );
      return { name: p.name, values, types };
    }),
  };
}

function inRange(range: string, r: number, c: number): boolean {
  const g = parseRange(range);
  return r >= g.r0 && r <= g.r1 && c >= g.c0 && c <= g.c1;
}
