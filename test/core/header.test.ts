/** Unit-sheet headers over two rows (WORKBOOK.md §1.2 v2) and decimal-comma counts (§1.3 v2). */
import { evaluate } from '../../src/core';
import { findHeader } from '../../src/core/unitSheet';
import type { CellValue, SheetSnapshot } from '../../src/core/types';
import { cluster, sheet } from './build';

const VA = 'Phát hiện, tham mưu xử lý vụ án tham nhũng';
const VV = 'Phát hiện, tham mưu xử lý vụ việc có hành vi "tham nhũng vặt"';

function withRows(name: string, rows: CellValue[][]): SheetSnapshot {
  return { name, values: rows };
}

/** Two units with the same figures, the first one in the given layout. */
function judged(rows: CellValue[][]) {
  const s = cluster({ 'Bắc Giang': [2, 3, 3, 3], 'Lạng Sơn': [2, 3, 3, 3] });
  const i = s.sheets.findIndex((x) => x.name === 'Bắc Giang');
  s.sheets[i] = withRows('Bắc Giang', rows);
  return evaluate(s);
}

describe('a header over two rows (§1.2 v2)', () => {
  // STT, Mã and Nội dung merged down over rows 6–7; "Số liệu năm 2019" merged across the target and result
  // columns in row 6, their labels in row 7. A merged cell's value stands in its top-left cell only.
  const merged: CellValue[][] = [
    ['BIỂU ĐĂNG KÝ'],
    ['Đơn vị:', 'Ban Nội chính Tỉnh ủy Bắc Giang'],
    [],
    ['STT', 'Mã', 'Nội dung chỉ tiêu', 'Số liệu năm 2019', null, 'Tỷ lệ đạt', 'Ghi chú'],
    [null, null, null, 'Chỉ tiêu đăng ký', 'Kết quả thực hiện', null, null],
    [1, 'VA', VA, 2, 3, null, null],
    [2, 'VV', VV, 3, 3, null, null],
  ];

  test('cells merged down and a group row: the table is found, data start under both rows', () => {
    const h = findHeader(withRows('Bắc Giang', merged))!;
    expect(h.row).toBe(3);
    expect(h.dataStart).toBe(5);
    expect(Object.fromEntries(h.cols)).toEqual({ no: 0, code: 1, criterion: 2, target: 3, result: 4, attainment: 5, notes: 6 });
    const ev = judged(merged);
    expect(ev.issues.filter((x) => x.severity !== 'info')).toEqual([]);
    expect(ev.units.find((u) => u.sheet === 'Bắc Giang')!.criteria.map((c) => [c.code, c.target, c.result])).toEqual([['VA', 2, 3], ['VV', 3, 3]]);
  });

  test('a group row above a full row of labels', () => {
    const rows: CellValue[][] = [
      ['BIỂU ĐĂNG KÝ'],
      [],
      [null, null, 'Số liệu năm 2019'],
      ['Mã', 'Nội dung', 'Kế hoạch', 'Thực hiện'],
      ['VA', VA, 2, 3],
      ['VV', VV, 3, 3],
    ];
    const h = findHeader(withRows('Bắc Giang', rows))!;
    expect(h.dataStart).toBe(4);
    expect(h.cols.get('target')).toBe(2);
    expect(h.cols.get('result')).toBe(3);
    expect(judged(rows).issues.filter((x) => x.severity !== 'info')).toEqual([]);
  });

  test('a one-row header under a title or a label line is still one row (the label above stays a label)', () => {
    const rows: CellValue[][] = [
      ['Đơn vị:', 'Ban Nội chính Tỉnh ủy Bắc Giang', 'Tính đến ngày:', '30/11/2019'],
      ['STT', 'Mã', 'Nội dung chỉ tiêu', 'Chỉ tiêu đăng ký', 'Kết quả thực hiện'],
      [1, 'VA', VA, 2, 3],
      [2, 'VV', VV, 3, 3],
    ];
    const h = findHeader(withRows('Bắc Giang', rows))!;
    expect([h.row, h.dataStart]).toEqual([1, 2]);
    const ev = judged(rows);
    expect(ev.issues.filter((x) => x.severity !== 'info')).toEqual([]);
  });

  test('the bare "Chỉ tiêu" rule holds across two rows (Chỉ tiêu | Kế hoạch | Thực hiện)', () => {
    const rows: CellValue[][] = [
      ['Chỉ tiêu', 'Năm 2019'],
      [null, 'Kế hoạch', 'Thực hiện', 'Tỷ lệ'],
      [VA, 2, 3],
      [VV, 3, 3],
    ];
    const h = findHeader(withRows('Bắc Giang', rows))!;
    expect(Object.fromEntries(h.cols)).toEqual({ criterion: 0, target: 1, result: 2, attainment: 3 });
    expect(h.dataStart).toBe(2);
  });

  test('two rows that together lack a result column are not a table', () => {
    const rows: CellValue[][] = [
      ['STT', 'Mã', 'Số liệu'],
      [null, null, 'Chỉ tiêu đăng ký'],
      [1, 'VA', 2],
    ];
    expect(findHeader(withRows('Bắc Giang', rows))).toBeNull();
    expect(judged(rows).issues.some((x) => x.code === 'TABLE_NOT_FOUND' && x.sheet === 'Bắc Giang')).toBe(true);
  });
});

describe('counts with a decimal comma, stored as text (§1.3 v2)', () => {
  test('"2,0" and "3.0" count as 2 and 3 with the number-stored-as-text warning on their cells', () => {
    const s = cluster({ 'Bắc Giang': ['2,0', '3.0', 3, 3], 'Lạng Sơn': [2, 3, 3, 3] });
    const ev = evaluate(s);
    const w = ev.issues.filter((x) => x.sheet === 'Bắc Giang');
    expect(w.map((x) => [x.code, x.cell, x.severity])).toEqual([
      ['COUNT_AS_TEXT', 'E7', 'warning'],
      ['COUNT_AS_TEXT', 'F7', 'warning'],
    ]);
    expect(ev.units.find((u) => u.sheet === 'Bắc Giang')!.criteria[0]).toMatchObject({ target: 2, result: 3 });
    expect(sheet(s, 'Bắc Giang').values[6][4]).toBe('2,0'); // the unit sheet is read, never changed
  });
  test('"2,5" is a fraction, named as written', () => {
    const ev = evaluate(cluster({ 'Bắc Giang': ['2,5', 3, 3, 3] }));
    const e = ev.issues.find((x) => x.cell === 'E7')!;
    expect([e.code, e.severity, e.params.found]).toEqual(['COUNT_FRACTION', 'error', '2,5']);
  });
});
