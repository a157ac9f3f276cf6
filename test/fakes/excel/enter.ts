/**
 * What Excel stores when a value is written through `Range.values` / `Range.formulas`: like typing it.
 * A string that looks like a number, a percentage, a date, a boolean or an error becomes that; one that
 * starts with `=` (or `+`, `-`, `@` and is not a number) becomes a formula. Only a cell formatted as text
 * (`@`) keeps a string exactly as given. This is what the adapter must defend against.
 */
import { fail } from './errors';

export type ValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

export const ERROR_LITERALS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!'];

export interface Entered {
  value: string | number | boolean | null;
  type: ValueType;
  /** With its leading `=`; computed by the workbook's recalculation. */
  formula?: string;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const PERCENT = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function serial(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86400000);
}

export function enter(raw: unknown, numberFormat: string | undefined): Entered {
  if (raw === null || raw === undefined || raw === '') return { value: null, type: 'Empty' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) fail('InvalidArgument', `cannot write ${raw}`);
    return { value: raw, type: 'Double' };
  }
  if (typeof raw === 'boolean') return { value: raw, type: 'Boolean' };
  if (typeof raw !== 'string') fail('InvalidArgument', `cannot write a ${typeof raw}`);
  if (numberFormat === '@') return { value: raw, type: 'String' };
  if (raw.startsWith('=') && raw.length > 1) return { value: null, type: 'Empty', formula: raw };
  const t = raw.trim();
  if (NUMBER.test(t)) return { value: Number(t), type: 'Double' };
  const pct = PERCENT.exec(t);
  if (pct) return { value: Number(pct[1]) / 100, type: 'Double' };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true', type: 'Boolean' };
  if (ERROR_LITERALS.includes(t.toUpperCase())) return { value: t.toUpperCase(), type: 'Error' };
  let m = US_DATE.exec(t);
  if (m) {
    const s = serial(+m[3], +m[1], +m[2]);
    if (s !== null) return { value: s, type: 'Double' };
  }
  m = ISO_DATE.exec(t);
  if (m) {
    const s = serial(+m[1], +m[2], +m[3]);
    if (s !== null) return { value: s, type: 'Double' };
  }
  // `+x`, `-x` are typed formulas (`=+x`); `@x` is an implicit-intersection formula (`=@x`).
  if (/^[+\-@]/.test(raw)) return { value: null, type: 'Empty', formula: `=${raw}` };
  return { value: raw, type: 'String' };
}
