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
  (sh.values[r] ??= [])[c] = v;
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

/** The sample with its 2019 vote (`thidua sample --with-ballots`): 14 ballots, all three candidates pass. */
export function sampleWithBallotsSnapshot(): Snapshot {
  return snapshotFromPlans(planSample({ withBallots: true }));
}

/**
 * The sample's vote, contested: a fourth column (Tuyên Quang, which does not qualify) lets Hà Giang's ballot
 * on row 5 mark four units, over the quota of 3, so it is not counted; and five voters (rows 6–10) leave
 * Thái Nguyên out, so it gets 6 of the 13 valid ballots (46,2%), not more than 50%, and is not nominated.
 * Bắc Giang gets 12/13 (92,3%), Lạng Sơn 13/13 (100%).
 */
export function contestedBallotsSnapshot(): Snapshot {
  const s = sampleWithBallotsSnapshot();
  const sheet = 'Phiếu bầu';
  setCell(s, sheet, 3, 5, 'Tuyên Quang', 'string');
  setCell(s, sheet, 4, 5, 'x', 'string');
  for (let r = 5; r <= 9; r++) setCell(s, sheet, r, 4, null, 'empty');
  return s;
}

/** A new workbook, as Excel opens one. */
export function emptySnapshot(): Snapshot {
  return { sheets: [{ name: 'Sheet1', values: [] }] };
}

/** Units of the in-progress round below (WORKBOOK.md §1.3 units still to come). */
export const IN_PROGRESS = { toReport: ['Bắc Kạn', 'Yên Bái', 'Điện Biên', 'Lai Châu'], toRegister: ['Hòa Bình'], partial: ['Phú Thọ'] };

/**
 * The sample in the middle of its round: four units registered but not reported (results F7:F8 blank), Hòa
 * Bình not registered (E7:F8 blank), Phú Thọ filled in part (its VV result F8 blank). Registered 13/14, reported 8/14.
 */
export function inProgressSnapshot(): Snapshot {
  const s = sampleSnapshot();
  for (const u of IN_PROGRESS.toReport) for (const r of [6, 7]) setCell(s, u, r, 5, null, 'empty');
  for (const u of IN_PROGRESS.toRegister) for (const r of [6, 7]) for (const c of [4, 5]) setCell(s, u, r, c, null, 'empty');
  for (const u of IN_PROGRESS.partial) setCell(s, u, 7, 5, null, 'empty');
  return s;
}

/** The counting minutes' tally (biên bản kiểm phiếu) of the sample's vote: Thái Nguyên 6/13 fails (the browser and the jsdom tests). */
export function tallySheet(): { name: string; values: (string | number)[][] } {
  return {
    name: 'Phiếu bầu',
    values: [
      ['BIÊN BẢN KIỂM PHIẾU'],
      ['Số phiếu phát ra:', 14],
      ['Số phiếu thu về:', 14],
      ['Số phiếu hợp lệ:', 13],
      [],
      ['STT', 'Đơn vị', 'Số phiếu đồng ý'],
      [1, 'Bắc Giang', 12],
      [2, 'Lạng Sơn', 13],
      [3, 'Thái Nguyên', 6],
    ],
  };
}

/** The sample with its vote recorded as the counting minutes' tally: Thái Nguyên 6/13 fails. */
export function tallySnapshot(): Snapshot {
  const s = sampleSnapshot();
  s.sheets.push(tallySheet());
  return s;
}

/**
 * Two files units send back to the in-progress workbook (WORKBOOK.md §6): Bắc Kạn's own sheet alone, its
 * rows in another order (VV above VA) with the sample's results; and Yên Bái's copy of the whole workbook
 * (the other units' figures as they were) with its results filled in and its VA target changed from 2 to
 * 3, a conflict with the figure the cluster holds. As FixtureSheets, to be written as .xlsx by the test.
 */
export function returnedFiles(): { name: string; sheets: { name: string; rows: CellValue[][] }[] }[] {
  const bk = returnedSheet('Bắc Kạn').rows.map((r) => [...r]);
  [bk[6], bk[7]] = [bk[7], bk[6]];
  [bk[6][0], bk[7][0]] = [1, 2];
  const whole = inProgressSnapshot().sheets.map((sh) => ({ name: sh.name, rows: sh.values.map((r) => [...r]) }));
  const yb = whole.find((sh) => sh.name === 'Yên Bái')!;
  const filled = returnedSheet('Yên Bái').rows;
  yb.rows[6][5] = filled[6][5];
  yb.rows[7][5] = filled[7][5];
  yb.rows[6][4] = 3;
  return [
    { name: 'Báo cáo thi đua 2019 - Bắc Kạn.xlsx', sheets: [{ name: 'Bắc Kạn', rows: bk }] },
    { name: 'Yên Bái - sổ Cụm đã điền.xlsx', sheets: whole },
  ];
}

/** A unit's own copy sent back with its sheet filled in (the sample's figures): one sheet, as a FixtureSheet. */
export function returnedSheet(unit: string): { name: string; rows: CellValue[][] } {
  const sheet = sampleSnapshot().sheets.find((x) => x.name === unit);
  if (!sheet) throw new Error(`no sheet ${unit} in the sample`);
  return { name: sheet.name, rows: sheet.values };
}

/** What each returned file brings into the in-progress workbook: the sample's results (F7, F8) of the unit. */
export function returnedResults(unit: string): { F7: CellValue; F8: CellValue } {
  const v = returnedSheet(unit).rows;
  return { F7: v[6][5], F8: v[7][5] };
}
