/** The workbooks the browser tests open, made by the project's own code (core plans → snapshot). */
import { planSample } from '../../src/core';
import { snapshotFromPlans } from '../../src/core/snapshot';
import type { CellType, CellValue, Snapshot } from '../../src/core/types';

export function sampleSnapshot(): Snapshot {
  return snapshotFromPlans(planSample());
}

function setCell(s: Snapshot, sheet: string, r: number, c: number, v: CellValue, t: CellType): void {
  const sh = s.sheets.find((x) => x.name === sheet);
  if (!sh) throw new Error(`no sheet ${sheet} in the sample`);
  sh.values[r][c] = v;
  (sh.types ??= [])[r] ??= [];
  sh.types[r][c] = t;
}

/** The sample with two errors: Lai Châu's VA target blank (E7) and Cao Bằng's VV result "ba" (F8). */
export function brokenSnapshot(): Snapshot {
  const s = sampleSnapshot();
  setCell(s, 'Lai Châu', 6, 4, null, 'empty');
  setCell(s, 'Cao Bằng', 7, 5, 'ba', 'string');
  return s;
}

/** The sample plus sheets the user made, one of them named like the tool's ranking sheet. */
export function sampleWithUserSheets(): Snapshot {
  const s = sampleSnapshot();
  s.sheets.push({ name: 'Xếp hạng', values: [['Bảng của tôi, không được ghi đè'], [1, 2, 3]] });
  s.sheets.push({ name: 'Ghi chú', values: [['=không phải công thức'], ['+84 912 345 678']] });
  return s;
}

/** A new workbook, as Excel opens one. */
export function emptySnapshot(): Snapshot {
  return { sheets: [{ name: 'Sheet1', values: [] }] };
}
