/**
 * A very small formula engine for the fake: a call of a registered function (custom functions such as
 * THIDUA.ATTAINMENT, or SUM, IF, IFERROR, OR), a reference, a range, a number or a string, with a leading
 * sign, `*` `/` `+` `-` and comparisons (`=`, `<>`, `<`, `>`, `<=`, `>=`) on single values. An unknown
 * function is `#NAME?` as a value (IFERROR catches it, as in Excel); a formula it cannot parse is `#NAME?`.
 * Arrays spill only their top-left value.
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

/** Functions that receive error values instead of propagating them (arguments are evaluated eagerly: no side effects). */
const ERROR_AWARE: Record<string, FakeFunction> = {
  IFERROR: (value, fallback) => (value[0]?.[0] instanceof CalcError ? fallback[0]?.[0] : value[0]?.[0]),
  IF: (cond, yes, no) => {
    const c = cond[0]?.[0];
    if (c instanceof CalcError) return c;
    return c ? yes?.[0]?.[0] : (no?.[0]?.[0] ?? false);
  },
  OR: (...args) => {
    const flat = args.flat(2);
    const err = flat.find((v) => v instanceof CalcError);
    return err ?? flat.some((v) => Boolean(v));
  },
};

// an empty cell (not the text "", which only equals "")
const isBlank = (v: unknown) => v === null || v === undefined;

/** Excel's `=` and ordering on two single values: a blank equals "" and 0; text compares without case. */
function compare(op: string, a: unknown, b: unknown): unknown {
  if (a instanceof CalcError) return a;
  if (b instanceof CalcError) return b;
  const norm = (v: unknown, other: unknown) => (isBlank(v) ? (isBlank(other) ? 0 : typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0) : v);
  const x = norm(a, b);
  const y = norm(b, a);
  const rank = (v: unknown) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let d: number;
  if (rank(x) !== rank(y)) d = rank(x) - rank(y);
  else if (typeof x === 'string') d = x.toLowerCase().localeCompare(String(y).toLowerCase());
  else d = Number(x) - Number(y);
  return { '=': d === 0, '<>': d !== 0, '<': d < 0, '>': d > 0, '<=': d <= 0, '>=': d >= 0 }[op];
}

/** Excel's arithmetic on two single values: blank is 0, text of a number is that number, else #VALUE!. */
function arithmetic(op: string, a: unknown, b: unknown): unknown {
  if (a instanceof CalcError) return a;
  if (b instanceof CalcError) return b;
  const num = (v: unknown) => (isBlank(v) ? 0 : typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : /^\s*[-+]?\d+(\.\d+)?\s*$/.test(String(v)) ? Number(v) : NaN);
  const x = num(a);
  const y = num(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return new CalcError('#VALUE!');
  if (op === '/') return y === 0 ? new CalcError('#DIV/0!') : x / y;
  return op === '*' ? x * y : op === '+' ? x + y : x - y;
}

export function compute(formula: string, cells: CellReader, functions: Record<string, FakeFunction>): Computed {
  let pos = 0;
  const src = formula.replace(/^=/, '');
  const fns: Record<string, FakeFunction> = { ...BUILTINS };
  for (const [k, f] of Object.entries(functions)) fns[k.toUpperCase()] = f;

  const ws = () => {
    while (src[pos] === ' ') pos++;
  };
  const single = (m: unknown[][]): unknown => m[0]?.[0] ?? null;
  const expr = (): unknown[][] => {
    let left = additive();
    for (;;) {
      ws();
      const op = /^(<>|<=|>=|=|<|>)/.exec(src.slice(pos))?.[0];
      if (!op) return left;
      pos += op.length;
      left = [[compare(op, single(left), single(additive()))]];
    }
  };
  const additive = (): unknown[][] => {
    let left = term();
    for (;;) {
      ws();
      const op = src[pos];
      if (op !== '+' && op !== '-') return left;
      pos++;
      left = [[arithmetic(op, single(left), single(term()))]];
    }
  };
  const term = (): unknown[][] => {
    let left = unary();
    for (;;) {
      ws();
      const op = src[pos];
      if (op !== '*' && op !== '/') return left;
      pos++;
      left = [[arithmetic(op, single(left), single(unary()))]];
    }
  };
  const unary = (): unknown[][] => {
    ws();
    const sign = src[pos];
    if (sign === '+' || sign === '-' || sign === '@') {
      pos++;
      const m = unary();
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
      const name = m[1].toUpperCase();
      const aware = ERROR_AWARE[name];
      if (aware) return [[aware(...args)]];
      const f = fns[name];
      if (!f) return [[new CalcError('#NAME?')]];
      // Excel does not call a function whose argument holds an error: the error propagates.
      for (const a of args) for (const row of a) for (const v of row) if (v instanceof CalcError) return [[v]];
      let out: unknown;
      try {
        out = f(...args);
      } catch (e) {
        out = e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string' ? new CalcError((e as { code: string }).code) : new CalcError('#VALUE!');
      }
      // a custom function's error (CustomFunctions.Error, { code }) is an error value like any other
      const asError = (v: unknown) => (v && typeof v === 'object' && !(v instanceof CalcError) && typeof (v as { code?: unknown }).code === 'string' ? new CalcError((v as { code: string }).code) : v);
      return (Array.isArray(out) ? (out as unknown[][]) : [[out]]).map((row) => row.map(asError));
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
