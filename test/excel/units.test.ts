/** The adapter's small pure parts: names, marks, cell mapping, formulas, widths, formats. */
import { cellOf, GridBuilder, isDateFormat } from '../../src/excel/cells';
import { marksOf, nextFreeName, sheetOfFormula } from '../../src/excel/names';
import { nextRequest } from '../../src/excel/read';
import { formulaMatrix, numberFormats, widthPoints } from '../../src/excel/sheet';
import type { SheetPlan } from '../../src/core/types';
import { sheetNameProblem } from '../../src/core/plan/names';
import { attainmentFormula } from '../../src/core/plan/template';

test('next free sheet name, as Excel compares names', () => {
  expect(nextFreeName('Xếp hạng', ['Bắc Giang'])).toBe('Xếp hạng');
  expect(nextFreeName('Xếp hạng', ['XẾP HẠNG'])).toBe('Xếp hạng (2)');
  expect(nextFreeName('Xếp hạng', ['xếp hạng', 'Xếp hạng (2)'])).toBe('Xếp hạng (3)');
  expect(nextFreeName('Xếp hạng (2)', ['Xếp hạng (2)'])).toBe('Xếp hạng (3)');
  expect(nextFreeName('Xếp hạng', ['Xếp hạng'.normalize('NFD')])).toBe('Xếp hạng (2)');
  const long = 'Đề nghị khen thưởng năm 2019 cụm';
  const free = nextFreeName(long.slice(0, 31), [long.slice(0, 31)]);
  expect(free.length).toBeLessThanOrEqual(31);
  expect(free.endsWith(' (2)')).toBe(true);
});

test('one sheet-name rule (core’s): Excel’s limits and its reserved History; the next free name skips History', () => {
  expect(sheetNameProblem('Xếp hạng')).toBeNull();
  expect(sheetNameProblem('x'.repeat(31))).toBeNull();
  expect(sheetNameProblem('x'.repeat(32))).toBe('tooLong');
  expect(sheetNameProblem('')).toBe('empty');
  for (const bad of ['a[b', 'a]b', 'a:b', 'a*b', 'a?b', 'a/b', 'a\\b']) expect(sheetNameProblem(bad)).toBe('badCharacter');
  expect(sheetNameProblem("'Xếp hạng")).toBe('quoteAtEdge');
  expect(sheetNameProblem("Ban's")).toBeNull();
  for (const h of ['History', 'history', 'HISTORY']) expect(sheetNameProblem(h)).toBe('reserved');
  expect(sheetNameProblem('History 2019')).toBeNull();
  expect(nextFreeName('History', [])).toBe('History (2)');
  expect(nextFreeName('history', ['History (2)'])).toBe('history (3)');
});

test.each([
  ["='Xếp hạng'!$A$1", 'Xếp hạng'],
  ["='Ban''s'!$A$1", "Ban's"],
  ['=Sheet1!$A$1', 'Sheet1'],
  ['Sheet1!A1', 'Sheet1'],
  ['=#REF!$A$1', null],
  ["='A'!$A$1,'B'!$A$1", null],
  ["='A'!$A$1:$B$2", null],
  [42, null],
])('sheet of a mark formula %p → %p', (formula, sheet) => {
  expect(sheetOfFormula(formula)).toBe(sheet);
});

test('marks count only when the name is the tool’s and its sheet exists', () => {
  const sheets = ['Cấu hình', 'Xếp hạng', 'BXH'];
  expect(marksOf([{ name: 'thidua_xephang', formula: "='xếp hạng'!$A$1" }, { name: 'ThiDua_DeNghi', formula: "='Đã xóa'!$A$1" }, { name: 'Khac', formula: '=BXH!$A$1' }], sheets)).toEqual({ ranking: 'Xếp hạng' });
});

test.each([
  ['dd/mm/yyyy', true],
  ['m/d/yyyy', true],
  ['[$-42A]dd/mm/yyyy;@', true],
  ['h:mm', true],
  ['General', false],
  ['0', false],
  ['0.0%', false],
  ['#,##0', false],
  ['[Red]0', false],
  ['"ngày" 0', false],
  ['@', false],
  [undefined, false],
])('date format %p → %p (as exceljs decides)', (fmt, isDate) => {
  expect(isDateFormat(fmt)).toBe(isDate);
});

test.each([
  [3, 'Double', 'General', { value: 3, type: 'number' }],
  [3, 'Integer', 'General', { value: 3, type: 'number' }],
  [43799, 'Double', 'dd/mm/yyyy', { value: 43799, type: 'date' }],
  ['', 'Empty', 'General', { value: null, type: 'empty' }],
  ['', 'String', '@', { value: null, type: 'empty' }],
  ['03', 'String', '@', { value: '03', type: 'string' }],
  [true, 'Boolean', 'General', { value: true, type: 'boolean' }],
  ['#N/A', 'Error', 'General', { value: '#N/A', type: 'error' }],
  ['Hà Nội', 'RichValue', 'General', { value: 'Hà Nội', type: 'string' }],
  ['Ảnh', 'Unknown', 'General', { value: 'Ảnh', type: 'string' }],
])('cell %p (%s, %s)', (value, valueType, fmt, expected) => {
  expect(cellOf(value, valueType, fmt)).toEqual(expected);
});

test('grid: blocks placed at their offsets, trimmed like the exceljs reader', () => {
  const g = new GridBuilder();
  g.put(1, 1, [['a', ''], ['', '']], [['String', 'Empty'], ['Empty', 'Empty']]);
  g.put(3, 0, [[1]], [['Double']]);
  expect(g.build('S')).toEqual({ name: 'S', values: [[], [null, 'a'], [], [1]], types: [[], ['empty', 'string'], [], ['number']] });
});

test('split read requests stay under the byte budget, sized per sheet, and cover every cell once', () => {
  const remaining = [
    { sheet: 0, row: 0, column: 0, rows: 10, columns: 4 },
    { sheet: 2, row: 2, column: 1, rows: 3, columns: 30 },
  ];
  // sheet 0 costs 10 bytes a cell, sheet 2 costs 2: budget 250 bytes
  const perCell = (sheet: number) => (sheet === 0 ? 10 : 2);
  const requests = [];
  while (remaining.length > 0) requests.push(nextRequest(remaining, perCell, 250));
  for (const r of requests) expect(r.reduce((n, b) => n + b.rows * b.columns * perCell(b.sheet), 0)).toBeLessThanOrEqual(250);
  // 6 rows of sheet 0 (240 bytes), then 4 rows (160) and 1 row of sheet 2 (60), then 2 rows (120)
  expect(requests.map((r) => r.map((b) => [b.sheet, b.row, b.rows]))).toEqual([[[0, 0, 6]], [[0, 6, 4], [2, 2, 1]], [[2, 3, 2]]]);
  const covered = new Set<string>();
  for (const r of requests) for (const b of r) for (let i = 0; i < b.rows; i++) for (let j = 0; j < b.columns; j++) covered.add(`${b.sheet}:${b.row + i}:${b.column + j}`);
  expect(covered.size).toBe(40 + 90);
  // a single row over the budget still goes, alone
  const wide = [{ sheet: 0, row: 0, column: 0, rows: 2, columns: 100 }];
  expect(nextRequest(wide, () => 10, 250)).toEqual([{ sheet: 0, row: 0, column: 0, rows: 1, columns: 100 }]);
});

test('formulas: the tool’s function written as Excel types it, as core plans it', () => {
  const plan: SheetPlan = { role: 'unit', name: 'A', values: [[{ formula: attainmentFormula('F7', 'E7'), result: '' }, { formula: 'SUM(C7:C20)', result: 3 }]], styles: [], merges: [], columnWidths: [] };
  expect(formulaMatrix(plan, 1, 2)).toEqual([['=IFERROR(THIDUA.ATTAINMENT(F7,E7),IF(OR(E7="",F7=""),"",F7/E7))', '=SUM(C7:C20)']]);
});

test('column widths: characters → points (8.43 characters = 48 pt, Excel’s default)', () => {
  expect(widthPoints(8.43)).toBeCloseTo(48, 1);
  expect(widthPoints(10)).toBe(56.25);
});

test('number formats: styles in order, `@` on every literal string, formulas keep their format', () => {
  const plan: SheetPlan = {
    role: 'ranking',
    name: 'X',
    values: [['=x', 3, { formula: 'A1', result: 1 }], [null, '03']],
    styles: [{ range: 'A1:C2', numberFormat: '0.0%' }, { range: 'B1', numberFormat: '0' }, { range: 'D3', numberFormat: 'dd/mm/yyyy' }],
    merges: [],
    columnWidths: [],
  };
  expect(numberFormats(plan, 3, 4)).toEqual([
    ['@', '0', '0.0%', 'General'],
    ['0.0%', '@', '0.0%', 'General'],
    ['General', 'General', 'General', 'dd/mm/yyyy'],
  ]);
  expect(formulaMatrix(plan, 2, 3)).toEqual([
    ['=x', 3, '=A1'],
    ['', '03', ''],
  ]);
});
