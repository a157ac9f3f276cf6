/** The .xlsx writer: plans written through exceljs, read back with plain exceljs and checked property by property. */
import ExcelJS from 'exceljs';
import type { PlanValue, SheetPlan } from '../../src/core/types';
import { XlsxWriteError } from '../../src/xlsx/errors';
import { readSnapshot } from '../../src/xlsx/read';
import { readPackage } from '../../src/xlsx/reader';
import { writeNewWorkbook, writeWithPlans } from '../../src/xlsx/write';
import { fileFormula } from '../../src/xlsx/sheet';
import { attainmentFormula } from '../../src/core/plan/template';
import { buildWorkbook, loadExcel, roundTrip, type FixtureSheet } from '../fixtures/workbooks';
import { partText, worksheetXml } from './zip';

// Files are built, zipped and read in each test: on a shared 2-core machine 5 s is not always enough.
jest.setTimeout(60_000);

const ATTAINMENT = { formula: 'THIDUA.ATTAINMENT(F7,E7)', result: 1.5 };

/** A plan that uses every feature a SheetPlan has. */
function fullPlan(over: Partial<SheetPlan> = {}): SheetPlan {
  return {
    role: 'ranking',
    name: 'Xếp hạng',
    values: [
      ['BẢNG XẾP HẠNG', null, null, null],
      ['Hạng', 'Đơn vị', 'Tỷ lệ', 'Ngày'],
      [1, 'Lạng Sơn', ATTAINMENT, 43799],
      [2, 'Bắc Giang', { formula: 'THIDUA.ATTAINMENT(F8,E8)', result: null }, 43799],
    ],
    styles: [
      { range: 'A1:D1', bold: true, fontSize: 14, horizontal: 'center', vertical: 'middle' },
      { range: 'A2:D4', border: 'thin' },
      { range: 'A2:D2', bold: true, italic: true, underline: true, fontColor: '#FFFFFF', fill: '#1F4E79', wrap: true },
      { range: 'C3:C4', numberFormat: '0.0%' },
      { range: 'D3:D4', numberFormat: 'dd/mm/yyyy', horizontal: 'right' },
    ],
    merges: ['A1:D1'],
    columnWidths: [8, 30, 12, 14],
    rowHeights: { 1: 28, 2: 40 },
    freeze: { rows: 2, columns: 1 },
    dataBars: [{ range: 'C3:C4', color: '#638EC6' }],
    validations: [
      { range: 'A3:A4', type: 'wholeNumber', min: 1, error: 'Nhập số nguyên ≥ 1', prompt: 'Hạng' },
      { range: 'B3:B4', type: 'list', list: ['Lạng Sơn', 'Bắc Giang'] },
    ],
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: '2:2',
      margins: { left: 0.5, right: 0.4, top: 0.75, bottom: 0.6 },
      centerHorizontally: true,
    },
    tabColor: '#1F4E79',
    ...over,
  };
}

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** exceljs keeps these on the worksheet without typing them. */
function validationsOf(ws: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation | undefined> {
  return (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
}
function conditionalFormattingsOf(ws: ExcelJS.Worksheet): { ref: string; rules: Record<string, unknown>[] }[] {
  return (ws as unknown as { conditionalFormattings: { ref: string; rules: Record<string, unknown>[] }[] }).conditionalFormattings;
}
function mergesOf(ws: ExcelJS.Worksheet): string[] {
  return ((ws.model as unknown as { merges: string[] }).merges ?? []).slice().sort();
}

function definedName(wb: ExcelJS.Workbook, name: string): string[] | undefined {
  return wb.definedNames.model.find((d) => d.name === name)?.ranges;
}

const USER_SHEETS: FixtureSheet[] = [
  { name: 'Cấu hình', rows: [['Tên cụm thi đua', 'Cụm số 1'], ['Ngày chốt số liệu', new Date(Date.UTC(2019, 10, 30))]] },
  {
    name: 'Bắc Giang',
    rows: [
      ['BÁO CÁO', null, null],
      ['Mã', 'Chỉ tiêu', 'Kết quả', 'Tỷ lệ đạt'],
      ['VA', 2, 3, ATTAINMENT],
      ['VV', '03', { formula: 'C4', result: 3 }, { error: '#DIV/0!' }],
      ['Tổng', { formula: 'SUM(B3:B4)', result: 2, shareType: 'shared', ref: 'B5:C5' } as ExcelJS.CellValue, { sharedFormula: 'B5', result: 6 }],
    ],
    merges: ['A1:C1'],
    numFmts: { D3: '0%' },
  },
];

describe('a plan with every feature, written and read back by exceljs', () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let buf: Uint8Array;
  beforeAll(async () => {
    buf = await writeNewWorkbook([fullPlan()]);
    wb = await loadExcel(buf);
    ws = sheetOf(wb, 'Xếp hạng');
  });

  test('values, and formulas with their cached results; the add-in\'s function in the form Excel stores in files', () => {
    expect(ws.getCell('A1').value).toBe('BẢNG XẾP HẠNG');
    expect(ws.getCell('A3').value).toBe(1);
    expect(ws.getCell('B3').value).toBe('Lạng Sơn');
    expect(ws.getCell('C3').value).toEqual({ formula: '_xldudf_THIDUA_ATTAINMENT(F7,E7)', result: 1.5 });
    expect(ws.getCell('C4').formula).toBe('_xldudf_THIDUA_ATTAINMENT(F8,E8)');
    expect(ws.getCell('C4').result).toBeUndefined();
    expect(ws.getCell('D3').value).toEqual(new Date(Date.UTC(2019, 10, 30)));
  });

  test('number formats, fonts, fills, alignment', () => {
    expect(ws.getCell('C3').numFmt).toBe('0.0%');
    expect(ws.getCell('D4').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle' });
    expect(ws.getCell('B2').font).toMatchObject({ bold: true, italic: true, underline: true, color: { argb: 'FFFFFFFF' } });
    expect(ws.getCell('B2').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } });
    expect(ws.getCell('B2').alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell('D3').alignment).toMatchObject({ horizontal: 'right' });
    // styles of a plan add up: a bordered cell of the header keeps its border
    expect(ws.getCell('B2').border).toMatchObject({ top: { style: 'thin' } });
    // and do not leak to cells they do not name
    expect(ws.getCell('B3').font?.bold).toBeFalsy();
    expect((ws.getCell('B3').fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').toBe('none');
    // a styled font is whole: the plain cells' face and size under the bold, the theme's body font (else
    // LibreOffice draws a nameless bold font in its own serif face)
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Calibri', scheme: 'minor' });
    expect(ws.getCell('B2').font).toMatchObject({ name: 'Calibri', size: 11, scheme: 'minor' });
  });

  test('thin borders on every edge of every cell of the range', () => {
    for (const row of [2, 3, 4]) {
      for (const col of ['A', 'B', 'C', 'D']) {
        const b = ws.getCell(`${col}${row}`).border;
        for (const edge of ['top', 'left', 'bottom', 'right'] as const) expect([`${col}${row}`, edge, b?.[edge]?.style]).toEqual([`${col}${row}`, edge, 'thin']);
      }
    }
    expect(ws.getCell('A5').border).toBeUndefined();
  });

  test('merges, column widths, row heights, freeze panes, tab colour', () => {
    expect(mergesOf(ws)).toEqual(['A1:D1']);
    expect([1, 2, 3, 4].map((c) => ws.getColumn(c).width)).toEqual([8, 30, 12, 14]);
    expect(ws.getRow(1).height).toBe(28);
    expect(ws.getRow(2).height).toBe(40);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2, topLeftCell: 'B3' });
    expect(ws.properties.tabColor).toEqual({ argb: 'FF1F4E79' });
  });

  test('a data bar rule on the range, with its colour', () => {
    const cfs = conditionalFormattingsOf(ws);
    expect(cfs).toHaveLength(1);
    expect(cfs[0].ref).toBe('C3:C4');
    expect(cfs[0].rules[0]).toMatchObject({ type: 'dataBar', color: { argb: 'FF638EC6' }, cfvo: [{ type: 'min' }, { type: 'max' }] });
  });

  test('the data bar has its Excel 2010 part, tied to the rule by a non-empty id', async () => {
    const [xml] = await worksheetXml(buf);
    const ref = /<x14:id>(\{[0-9A-F-]+\})<\/x14:id>/.exec(xml);
    expect(ref).not.toBeNull();
    expect(xml).toContain(`<x14:cfRule type="dataBar" id="${ref![1]}">`);
  });

  test('data validations: whole number ≥ min with its messages, and a list', () => {
    const v = validationsOf(ws);
    for (const addr of ['A3', 'A4']) {
      expect(v[addr]).toMatchObject({
        type: 'whole',
        operator: 'greaterThanOrEqual',
        formulae: [1],
        allowBlank: true,
        showErrorMessage: true,
        error: 'Nhập số nguyên ≥ 1',
        showInputMessage: true,
        prompt: 'Hạng',
      });
    }
    for (const addr of ['B3', 'B4']) expect(v[addr]).toMatchObject({ type: 'list', formulae: ['"Lạng Sơn,Bắc Giang"'] });
    expect(v.C3).toBeUndefined();
  });

  test('print setup: A4, orientation, one page wide, title rows, margins, centred', () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:2',
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.4, top: 0.75, bottom: 0.6 },
    });
  });

  test('the mark: a workbook-level defined name to the sheet', async () => {
    expect(definedName(wb, 'ThiDua_XepHang')).toEqual(["'Xếp hạng'!$A$1"]);
    expect(await partText(buf, 'xl/workbook.xml')).toContain('<definedName name="ThiDua_XepHang">&apos;Xếp hạng&apos;!$A$1</definedName>');
  });
});

describe('text stays text', () => {
  const risky = ['=1+1', '=HYPERLINK("http://x","y")', '+84 912', '-3', '@SUM(A1)', '=THIDUA.ATTAINMENT(F7,E7)', ' =x'];

  test('strings starting with = + - @ are written as strings, never as formulas', async () => {
    const values: PlanValue[][] = risky.map((s) => [s]);
    const buf = await writeNewWorkbook([{ role: 'nominations', name: 'Đề nghị khen thưởng', values, styles: [], merges: [], columnWidths: [] }]);
    const wb = await loadExcel(buf);
    const ws = sheetOf(wb, 'Đề nghị khen thưởng');
    risky.forEach((s, i) => {
      const cell = ws.getCell(i + 1, 1);
      expect([s, cell.type, cell.formula]).toEqual([s, ExcelJS.ValueType.String, undefined]);
      expect(cell.value).toBe(s);
    });
    // nothing in the file is a formula
    const xml = (await worksheetXml(buf)).join('');
    expect(xml).not.toMatch(/<f[ >]/);
    expect((await roundTrip(buf)).sheets[0].types).toEqual(risky.map(() => ['string']));
  });

  test('only PlanFormula makes a formula', async () => {
    const buf = await writeNewWorkbook([
      { role: 'unit', name: 'Bắc Giang', values: [['=A2', { formula: 'A2*2', result: 4 }], [2]], styles: [], merges: [], columnWidths: [] },
    ]);
    const xml = (await worksheetXml(buf)).join('');
    expect(xml.match(/<f>/g)).toHaveLength(1);
    expect(xml).toContain('<f>A2*2</f>');
  });
});

test('file form: each call of the add-in\'s functions, whatever its case, and nothing else', () => {
  expect(fileFormula('THIDUA.ATTAINMENT(F7,E7)')).toBe('_xldudf_THIDUA_ATTAINMENT(F7,E7)');
  expect(fileFormula('=SUM(C7:C20)/thidua.score (A1:A2,B1:B2)')).toBe('SUM(C7:C20)/_xldudf_THIDUA_SCORE(A1:A2,B1:B2)');
  expect(fileFormula(attainmentFormula('F7', 'E7'))).toBe('IFERROR(_xldudf_THIDUA_ATTAINMENT(F7,E7),IF(OR(E7="",F7=""),"",F7/E7))');
  // already in file form, another add-in's namespace, a name that only ends like ours: unchanged
  for (const f of ['_xldudf_THIDUA_ATTAINMENT(F7,E7)', 'XTHIDUA.ATTAINMENT(A1)', 'OTHER.THIDUA.X(A1)', 'LOWER(A2)']) expect(fileFormula(f)).toBe(f);
});

describe('formula results', () => {
  test('an error text as a cached result is stored as an error value, other text as text', async () => {
    const buf = await writeNewWorkbook([
      {
        role: 'unit',
        name: 'Mẫu',
        values: [[{ formula: 'THIDUA.ATTAINMENT(F7,E7)', result: '#N/A' }, { formula: 'LOWER(A2)', result: 'vụ án' }, { formula: 'A2*2', result: 4 }]],
        styles: [],
        merges: [],
        columnWidths: [],
      },
    ]);
    const xml = (await worksheetXml(buf)).join('');
    expect(xml).toContain('<c r="A1" t="e"><f>_xldudf_THIDUA_ATTAINMENT(F7,E7)</f><v>#N/A</v></c>');
    expect(xml).toContain('<c r="B1" t="str"><f>LOWER(A2)</f><v>vụ án</v></c>');
    const s = (await roundTrip(buf)).sheets[0];
    expect(s.values).toEqual([['#N/A', 'vụ án', 4]]);
    expect(s.types).toEqual([['error', 'string', 'number']]);
  });
});

describe('writing into the input workbook', () => {
  async function input(sheets: FixtureSheet[] = USER_SHEETS, definedNames?: { name: string; ref: string }[]) {
    return readSnapshot(await buildWorkbook(sheets, { definedNames }));
  }

  test('input sheets keep their values, formulas, formats and merges; outputs go at the end', async () => {
    const { snapshot: before, pkg } = await input();
    const out = await writeWithPlans(pkg, [fullPlan(), fullPlan({ role: 'nominations', name: 'Đề nghị khen thưởng' })]);
    const after = await roundTrip(out);
    expect(after.sheets.map((s) => s.name)).toEqual(['Cấu hình', 'Bắc Giang', 'Xếp hạng', 'Đề nghị khen thưởng']);
    expect(after.sheets.slice(0, 2)).toEqual(before.sheets);
    const wb = await loadExcel(out);
    const bg = sheetOf(wb, 'Bắc Giang');
    expect(bg.getCell('D3').value).toEqual(ATTAINMENT);
    expect(bg.getCell('D3').numFmt).toBe('0%');
    expect(bg.getCell('C5').value).toMatchObject({ sharedFormula: 'B5', result: 6 });
    expect(bg.getCell('C5').formula).toBe('SUM(C3:C4)');
    expect(mergesOf(bg)).toEqual(['A1:C1']);
    expect(after.marks).toEqual({ ranking: 'Xếp hạng', nominations: 'Đề nghị khen thưởng' });
  });

  test("a user's own sheet named like an output is not touched; the output takes the name it was given", async () => {
    const userRanking: FixtureSheet = { name: 'Xếp hạng', rows: [['Bảng của tôi', 42]] };
    const { snapshot: before, pkg } = await input([...USER_SHEETS, userRanking]);
    const out = await writeWithPlans(pkg, [fullPlan({ name: 'Xếp hạng (2)' })]);
    const after = await roundTrip(out);
    expect(after.sheets.map((s) => s.name)).toEqual(['Cấu hình', 'Bắc Giang', 'Xếp hạng', 'Xếp hạng (2)']);
    expect(after.sheets.slice(0, 3)).toEqual(before.sheets);
    expect(after.marks).toEqual({ ranking: 'Xếp hạng (2)' });
  });

  test('a plan cannot take the name of a sheet it does not replace (nothing is changed)', async () => {
    const { pkg } = await input([...USER_SHEETS, { name: 'Xếp hạng', rows: [['của tôi']] }]);
    await expect(writeWithPlans(pkg, [fullPlan()])).rejects.toMatchObject({ code: 'SHEET_EXISTS', sheet: 'Xếp hạng' });
    await expect(writeWithPlans(pkg, [fullPlan({ name: 'XẾP HẠNG' })])).rejects.toMatchObject({ code: 'SHEET_EXISTS' });
    const still = readPackage(pkg).snapshot;
    expect(still.sheets.map((w) => w.name)).toEqual(['Cấu hình', 'Bắc Giang', 'Xếp hạng']);
    expect(still.sheets[2].values[0][0]).toBe('của tôi');
  });

  test('`replaces` replaces only that sheet, in its place, and re-points the mark', async () => {
    const oldRanking: FixtureSheet = { name: 'Xếp hạng', rows: [['cũ', 1, 2, 3, 4, 5]] };
    const { snapshot: before, pkg } = await input(
      [USER_SHEETS[0], oldRanking, USER_SHEETS[1], { name: 'Ghi chú', rows: [['x']] }],
      [{ name: 'ThiDua_XepHang', ref: "'Xếp hạng'!$A$1" }],
    );
    expect(before.marks).toEqual({ ranking: 'Xếp hạng' });
    const out = await writeWithPlans(pkg, [fullPlan({ replaces: 'Xếp hạng' })]);
    const after = await roundTrip(out);
    expect(after.sheets.map((s) => s.name)).toEqual(['Cấu hình', 'Xếp hạng', 'Bắc Giang', 'Ghi chú']);
    expect(after.sheets[1].values[0]).toEqual(['BẢNG XẾP HẠNG']);
    expect([after.sheets[0], after.sheets[2], after.sheets[3]]).toEqual([before.sheets[0], before.sheets[2], before.sheets[3]]);
    const wb = await loadExcel(out);
    expect(definedName(wb, 'ThiDua_XepHang')).toEqual(["'Xếp hạng'!$A$1"]);
    expect(wb.definedNames.model.filter((d) => d.name.toLowerCase() === 'thidua_xephang')).toHaveLength(1);
  });

  test('a replaced sheet written under a new name leaves no name pointing at the old one', async () => {
    const { pkg } = await input(
      [...USER_SHEETS, { name: 'KQ cũ', rows: [['cũ']] }],
      [
        { name: 'thidua_xephang', ref: "'KQ cũ'!$A$1" },
        { name: 'VungIn', ref: "'KQ cũ'!$A$1:$B$2" },
        { name: 'Khac', ref: "'Bắc Giang'!$B$3" },
      ],
    );
    const out = await writeWithPlans(pkg, [fullPlan({ replaces: 'KQ cũ' })]);
    const wb = await loadExcel(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Cấu hình', 'Bắc Giang', 'Xếp hạng']);
    expect(wb.definedNames.model.map((d) => [d.name, d.ranges]).sort()).toEqual([
      ['Khac', ["'Bắc Giang'!$B$3"]],
      ['ThiDua_XepHang', ["'Xếp hạng'!$A$1"]],
    ]);
  });

  test('a stale mark to a sheet the user deleted is removed', async () => {
    const { pkg } = await input(USER_SHEETS, [{ name: 'ThiDua_DeNghi', ref: "'Đề nghị khen thưởng'!$A$1" }]);
    const wb = await loadExcel(await writeWithPlans(pkg, [fullPlan()]));
    expect(definedName(wb, 'ThiDua_DeNghi')).toBeUndefined();
    expect(definedName(wb, 'ThiDua_XepHang')).toEqual(["'Xếp hạng'!$A$1"]);
  });

  test('a plan may take the name of a sheet another plan replaces', async () => {
    const { pkg } = await input(
      [...USER_SHEETS, { name: 'Đề nghị khen thưởng', rows: [['cũ']] }, { name: 'Xếp hạng', rows: [['cũ']] }],
      [
        { name: 'ThiDua_XepHang', ref: "'Đề nghị khen thưởng'!$A$1" },
        { name: 'ThiDua_DeNghi', ref: "'Xếp hạng'!$A$1" },
      ],
    );
    const out = await writeWithPlans(pkg, [
      fullPlan({ name: 'Xếp hạng', replaces: 'Đề nghị khen thưởng' }),
      fullPlan({ role: 'nominations', name: 'Đề nghị khen thưởng', replaces: 'Xếp hạng' }),
    ]);
    const after = await roundTrip(out);
    expect(after.sheets.map((s) => s.name)).toEqual(['Cấu hình', 'Bắc Giang', 'Xếp hạng', 'Đề nghị khen thưởng']);
    expect(after.marks).toEqual({ ranking: 'Xếp hạng', nominations: 'Đề nghị khen thưởng' });
  });

  test('bad plans are refused with a code before anything changes', async () => {
    const { pkg } = await input();
    const names = () => readPackage(pkg).snapshot.sheets.map((w) => w.name);
    const start = names();
    const cases: [Partial<SheetPlan>, string][] = [
      [{ name: 'Đề nghị khen thưởng của cụm thi đua số 1' }, 'BAD_SHEET_NAME'],
      [{ name: 'Xếp/hạng' }, 'BAD_SHEET_NAME'],
      [{ name: "'Xếp hạng" }, 'BAD_SHEET_NAME'],
      [{ name: '' }, 'BAD_SHEET_NAME'],
      [{ name: 'History' }, 'BAD_SHEET_NAME'],
    ];
    for (const [over, code] of cases) {
      const err = await writeWithPlans(pkg, [fullPlan(over)]).catch((e: unknown) => e);
      expect([over, err instanceof XlsxWriteError && err.code]).toEqual([over, code]);
      expect(names()).toEqual(start);
    }
    await expect(writeWithPlans(pkg, [fullPlan(), fullPlan({ role: 'nominations' })])).rejects.toMatchObject({ code: 'SHEET_EXISTS' });
    expect(names()).toEqual(start);
  });

  test('a plan whose `replaces` names no sheet is added at the end', async () => {
    const { snapshot: before, pkg } = await input();
    const after = await roundTrip(await writeWithPlans(pkg, [fullPlan({ replaces: 'Không có' })]));
    expect(after.sheets.map((s) => s.name)).toEqual(['Cấu hình', 'Bắc Giang', 'Xếp hạng']);
    expect(after.sheets.slice(0, 2)).toEqual(before.sheets);
  });

  test('a rendering that fails is WRITE_FAILED', async () => {
    const { pkg } = await input();
    await expect(writeWithPlans(pkg, [fullPlan()], async () => new Uint8Array([1, 2, 3]))).rejects.toMatchObject({ name: 'XlsxWriteError', code: 'WRITE_FAILED', sheet: null });
    await expect(
      writeWithPlans(pkg, [fullPlan()], async () => {
        throw new Error('boom');
      }),
    ).rejects.toMatchObject({ name: 'XlsxWriteError', code: 'WRITE_FAILED' });
  });

  test('a plan Excel cannot hold is refused as BAD_PLAN, naming the sheet', async () => {
    const cases: Partial<SheetPlan>[] = [
      { validations: [{ range: 'A1', type: 'list', list: ['a,b', 'c'] }] },
      { validations: [{ range: 'A1', type: 'list', list: ['x'.repeat(300)] }] },
      { values: [[Number.NaN]] },
      { tabColor: 'blue' },
      { merges: ['A1:'] },
    ];
    for (const over of cases) {
      await expect(writeNewWorkbook([fullPlan(over)])).rejects.toMatchObject({ code: 'BAD_PLAN', sheet: 'Xếp hạng' });
    }
  });
});

describe('sheet names with an apostrophe', () => {
  test("marks and print titles quote the name with '' (exceljs alone would not)", async () => {
    const { pkg } = await readSnapshot(await buildWorkbook(USER_SHEETS));
    const out = await writeWithPlans(pkg, [fullPlan({ name: "Ban's list" })]);
    const xml = (await partText(out, 'xl/workbook.xml')).replace(/&apos;/g, "'");
    expect(xml).toContain("<definedName name=\"ThiDua_XepHang\">'Ban''s list'!$A$1</definedName>");
    expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="2">'Ban''s list'!$2:$2</definedName>`);
    expect(xml).not.toContain("'Ban's list");
    const again = await readSnapshot(out);
    expect(again.snapshot.marks).toEqual({ ranking: "Ban's list" });
    expect(sheetOf(await loadExcel(out), "Ban's list").pageSetup.printTitlesRow).toBe('2:2');
  });
});

describe('writeNewWorkbook', () => {
  test('just the planned sheets, in plan order, with marks only for outputs', async () => {
    const unit = (name: string): SheetPlan => ({ role: 'unit', name, values: [['Mã', 'Chỉ tiêu']], styles: [], merges: [], columnWidths: [12] });
    const out = await writeNewWorkbook([
      { role: 'settings', name: 'Cấu hình', values: [['Năm', 2019]], styles: [], merges: [], columnWidths: [] },
      unit('Hà Giang'),
      unit('Bắc Giang'),
    ]);
    const snap = await roundTrip(out);
    expect(snap.sheets.map((s) => s.name)).toEqual(['Cấu hình', 'Hà Giang', 'Bắc Giang']);
    expect(snap.sheets[1].values).toEqual([['Mã', 'Chỉ tiêu']]);
    expect(snap.marks).toBeUndefined();
    expect((await loadExcel(out)).definedNames.model).toEqual([]);
  });
});
