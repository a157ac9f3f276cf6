/** A1 addresses as Excel accepts them in `getRange`: cells, areas, whole columns and rows, with a sheet prefix. */
const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Area {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function colName(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/** Splits `'Xếp hạng'!A1:B2` → { sheet: 'Xếp hạng', ref: 'A1:B2' }. */
export function splitSheet(address: string): { sheet: string | null; ref: string } {
  const q = /^'((?:[^']|'')+)'!(.+)$/.exec(address);
  if (q) return { sheet: q[1].replace(/''/g, "'"), ref: q[2] };
  const b = /^([^'!]+)!(.+)$/.exec(address);
  if (b) return { sheet: b[1], ref: b[2] };
  return { sheet: null, ref: address };
}

/** `A1`, `A1:C3`, `A:B`, `5:7` (with or without `$`) → 0-based area; null when not an address. */
export function parseArea(ref: string): Area | null {
  const s = ref.replace(/\$/g, '').trim().toUpperCase();
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(s);
  if (m) {
    const a = { r: +m[2] - 1, c: colIndex(m[1]) };
    const b = m[3] ? { r: +m[4] - 1, c: colIndex(m[3]) } : a;
    return norm(a.r, a.c, b.r, b.c);
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(s);
  if (m) return norm(0, colIndex(m[1]), MAX_ROWS - 1, colIndex(m[2]));
  m = /^(\d+):(\d+)$/.exec(s);
  if (m) return norm(+m[1] - 1, 0, +m[2] - 1, MAX_COLS - 1);
  return null;
}

function norm(r0: number, c0: number, r1: number, c1: number): Area | null {
  const a = { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
  if (a.r0 < 0 || a.c0 < 0 || a.r1 >= MAX_ROWS || a.c1 >= MAX_COLS) return null;
  return a;
}

export function areaA1(a: Area): string {
  const tl = `${colName(a.c0)}${a.r0 + 1}`;
  const br = `${colName(a.c1)}${a.r1 + 1}`;
  return tl === br ? tl : `${tl}:${br}`;
}

/** Excel quotes a sheet name in an address when it is not a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
