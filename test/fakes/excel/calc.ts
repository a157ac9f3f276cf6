/**
 * A very small formula engine for the fake: a call of a registered function (custom functions such as
 * THIDUA.ATTAINMENT, or SUM), a reference, a range, a number or a string, with a leading sign. Anything
 * else is `#NAME?`, as Excel shows for a name it does not know. Arrays spill only their top-left value.
 */
import { parseArea, splitSheet } from './address';
import type { ValueType } from './enter';

export type FakeFunction = (...args: unknown[][][]) => unknown;

export interface CellReader {
  /** The value a cell holds (null when empty; an error as { code }). */
  read(sheet: string | null, r: number, c: number): unknown;
}

export interface Computed {
  value: string | number | boolean | null;
  type: ValueType;
}

class CalcError {
  constructor(readonly code: string) {}
}

const toComputed = (v: unknown): Computed => {
  if (v instanceof CalcError) return { value: v.code, type: 'Error' };
  if (v && typeof v === 'object' && typeof (v as { code?: unknown }).code === 'string') return { value: (v as { code: string }).code, type: 'Error' };
  if (v === null || v === undefined) return { value: 0, type: 'Double' };
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v, type: 'Double' } : { value: '#NUM!', type: 'Error' };
  if (typeof v === 'boolean') return { value: v, type: 'Boolean' };
  return { value: String(v), type: 'String' };
};

const BUILTINS: Record<string, FakeFunction> = {
  SUM: (...args) => args.flat(2).reduce<number>((n, v) => n + (typeof v === 'number' ? v : 0), 0),
};

export function compute(formula: string, cells: CellReader, functions: Record<string, FakeFunction>): Computed {
  let pos = 0;
  const src = formula.replace(/^=/, '');
  const fns: Record<string, FakeFunction> = { ...BUILTINS };
  for (const [k, f] of Object.entries(functions)) fns[k.toUpperCase()] = f;

  const ws = () => {
    while (src[pos] === ' ') pos++;
  };
  const expr = (): unknown[][] => {
    ws();
    const sign = src[pos];
    if (sign === '+' || sign === '-' || sign === '@') {
      pos++;
      const m = expr();
      if (sign !== '-') return m;
      return m.map((row) => row.map((v) => (typeof v === 'number' ? -v : v instanceof CalcError ? v : new CalcError('#VALUE!'))));
    }
    return primary();
  };
  const primary = (): unknown[][] => {
    ws();
    const rest = src.slice(pos);
    let m = /^"((?:[^"]|"")*)"/.exec(rest);
    if (m) {
      pos += m[0].length;
      return [[m[1].replace(/""/g, '"')]];
    }
    m = /^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?/i.exec(rest);
    if (m && !/^[A-Z]/i.test(rest.slice(m[0].length))) {
      pos += m[0].length;
      return [[Number(m[0])]];
    }
    m = /^([A-Z_][A-Z0-9_.]*)\s*\(/i.exec(rest);
    if (m) {
      pos += m[0].length;
      const args: unknown[][][] = [];
      ws();
      if (src[pos] === ')') pos++;
      else {
        for (;;) {
          args.push(expr());
          ws();
          if (src[pos] === ',') {
            pos++;
            continue;
          }
          if (src[pos] === ')') {
            pos++;
            break;
          }
          throw new CalcError('#NAME?');
        }
      }
      const f = fns[m[1].toUpperCase()];
      if (!f) throw new CalcError('#NAME?');
      // Excel does not call a function whose argument holds an error: the error propagates.
      for (const a of args) for (const row of a) for (const v of row) if (v instanceof CalcError) return [[v]];
      let out: unknown;
      try {
        out = f(...args);
      } catch (e) {
        out = e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string' ? new CalcError((e as { code: string }).code) : new CalcError('#VALUE!');
      }
      return Array.isArray(out) ? (out as unknown[][]) : [[out]];
    }
    m = /^((?:'(?:[^']|'')+'|[^'!(),\s]+)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/i.exec(rest);
    if (m) {
      pos += m[0].length;
      const sheet = m[1] ? splitSheet(`${m[1]}A1`).sheet : null;
      const area = parseArea(m[2]);
      if (!area) throw new CalcError('#REF!');
      const out: unknown[][] = [];
      for (let r = area.r0; r <= area.r1; r++) {
        const row: unknown[] = [];
        for (let c = area.c0; c <= area.c1; c++) {
          const v = cells.read(sheet, r, c);
          row.push(v && typeof v === 'object' && 'code' in (v as object) ? new CalcError((v as { code: string }).code) : v);
        }
        out.push(row);
      }
      return out;
    }
    throw new CalcError('#NAME?');
  };

  try {
    const m = expr();
    ws();
    if (pos < src.length) return { value: '#NAME?', type: 'Error' };
    return toComputed(m[0]?.[0]);
  } catch (e) {
    if (e instanceof CalcError) return { value: e.code, type: 'Error' };
    throw e;
  }
}
