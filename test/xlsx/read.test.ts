/** The .xlsx reader: real files written by exceljs, read back through `readSnapshot` (DESIGN.md §4). */
import ExcelJS from 'exceljs';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ERROR_VALUES, serialFromYMD } from '../../src/core/snapshot';
import type { SheetSnapshot, Snapshot } from '../../src/core/types';
import { XlsxReadError } from '../../src/xlsx/errors';
import { readWorkbookFile } from '../../src/xlsx/file';
import { readSnapshot } from '../../src/xlsx/read';
import { XlsxPackage } from '../../src/xlsx/package';
import { writeWithPlans } from '../../src/xlsx/write';
import { addFixtureSheets, buildWorkbook, roundTrip } from '../fixtures/workbooks';
import { zipOf } from './zip';

// Files are built, zipped and read in each test: on a shared 2-core machine 5 s is not always enough.
jest.setTimeout(60_000);

const CUTOFF = serialFromYMD(2019, 11, 30); // 30/11/2019

function sheet(snap: Snapshot, name: string): SheetSnapshot {
  const s = snap.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

async function readError(input: Buffer | ArrayBuffer): Promise<XlsxReadError> {
  try {
    await readSnapshot(input);
  } catch (err) {
    if (err instanceof XlsxReadError) return err;
    throw err;
  }
  throw new Error('read did not fail');
}

describe('cell values and types', () => {
  test('numbers, text, booleans and dates', async () => {
    const snap = await roundTrip(
      await buildWorkbook([{ name: 'S', rows: [[3, 1.5, -2, 'Bắc Giang', '03', true, false, new Date(Date.UTC(2019, 10, 30))]] }]),
    );
    const s = sheet(snap, 'S');
    expect(s.values).toEqual([[3, 1.5, -2, 'Bắc Giang', '03', true, false, CUTOFF]]);
    expect(s.types).toEqual([['number', 'number', 'number', 'string', 'string', 'boolean', 'boolean', 'date']]);
  });

  test('a date keeps its time of day as a fraction, and a 1904 workbook gives the same serial', async () => {
    const noon = new Date(Date.UTC(2019, 10, 30, 12));
    const s1900 = sheet(await roundTrip(await buildWorkbook([{ name: 'S', rows: [[noon]] }])), 'S');
    const s1904 = sheet(await roundTrip(await buildWorkbook([{ name: 'S', rows: [[new Date(Date.UTC(2019, 10, 30))]] }], { date1904: true })), 'S');
    expect(s1900.values[0][0]).toBeCloseTo(CUTOFF + 0.5, 9);
    expect(s1904.values[0][0]).toBe(CUTOFF);
    expect(s1904.types![0][0]).toBe('date');
  });

  test('a number in a date-formatted cell reads as a date; the same number in a general cell as a number', async () => {
    const snap = await roundTrip(await buildWorkbook([{ name: 'S', rows: [[CUTOFF, CUTOFF]], numFmts: { A1: 'dd/mm/yyyy' } }]));
    expect(sheet(snap, 'S').values).toEqual([[CUTOFF, CUTOFF]]);
    expect(sheet(snap, 'S').types).toEqual([['date', 'number']]);
  });

  test('rich text reads as the runs joined; a hyperlink as its text', async () => {
    const rich: ExcelJS.CellRichTextValue = { richText: [{ text: 'Ban Nội chính ', font: { bold: true } }, { text: 'Tỉnh ủy Lạng Sơn' }] };
    const link: ExcelJS.CellHyperlinkValue = { text: 'Trang tin', hyperlink: 'https://example.org/' };
    const richLink = { text: { richText: [{ text: 'Tuyên ' }, { text: 'Quang' }] }, hyperlink: 'https://example.org/tq' } as unknown as ExcelJS.CellValue;
    const s = sheet(await roundTrip(await buildWorkbook([{ name: 'S', rows: [[rich, link, richLink]] }])), 'S');
    expect(s.values).toEqual([['Ban Nội chính Tỉnh ủy Lạng Sơn', 'Trang tin', 'Tuyên Quang']]);
    expect(s.types).toEqual([['string', 'string', 'string']]);
  });

  test('every error value reads as its text with type error, as a value and as a formula result', async () => {
    const snap = await roundTrip(
      await buildWorkbook([
        { name: 'E', rows: ERROR_VALUES.map((e) => [{ error: e }, { formula: 'NA()', result: { error: e } }]) },
      ]),
    );
    const s = sheet(snap, 'E');
    expect(s.values).toEqual(ERROR_VALUES.map((e) => [e, e]));
    expect(s.types).toEqual(ERROR_VALUES.map(() => ['error', 'error']));
  });

  test('formulas read as their cached results, typed as the result; no result is `uncomputed`', async () => {
    const snap = await roundTrip(
      await buildWorkbook([
        {
          name: 'F',
          rows: [
            [{ formula: '_xldudf_THIDUA_ATTAINMENT(F7,E7)', result: 1.5 }, { formula: 'THIDUA.ATTAINMENT(F7,E7)', result: 2 }, { formula: '=1+1', result: 2 }],
            [{ formula: 'A1&"x"', result: 'vụ án' }, { formula: 'A1>1', result: true }, { formula: 'DATE(2019,11,30)', result: new Date(Date.UTC(2019, 10, 30)) }],
            [{ formula: 'SUM(A1:B1)' }, { formula: 'A1&""', result: '' }, 'after'],
          ],
        },
      ]),
    );
    const s = sheet(snap, 'F');
    expect(s.values).toEqual([
      [1.5, 2, 2],
      ['vụ án', true, CUTOFF],
      [null, null, 'after'],
    ]);
    expect(s.types).toEqual([
      ['number', 'number', 'number'],
      ['string', 'boolean', 'date'],
      // a formula the file holds without a value (WORKBOOK.md §1.3 v2); an empty text result is just empty
      ['uncomputed', 'empty', 'string'],
    ]);
  });

  test('shared and array formulas read as their cached results', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 2;
    ws.getCell('A2').value = 3;
    ws.getCell('B1').value = { formula: 'A1*2', result: 4, shareType: 'shared', ref: 'B1:B2' } as ExcelJS.CellValue;
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 6 } as ExcelJS.CellValue;
    ws.getCell('C1').value = { formula: 'A1:A2*10', result: 20, shareType: 'array', ref: 'C1' } as ExcelJS.CellValue;
    const s = sheet(await roundTrip(Buffer.from(await wb.xlsx.writeBuffer())), 'S');
    expect(s.values).toEqual([
      [2, 4, 20],
      [3, 6],
    ]);
    expect(s.types).toEqual([
      ['number', 'number', 'number'],
      ['number', 'number'],
    ]);
  });

  test('in a merged range only the top-left cell has the value', async () => {
    const snap = await roundTrip(
      await buildWorkbook([{ name: 'M', rows: [['DANH SÁCH', null, null], [null, 'x', 'y']], merges: ['A1:C1', 'A2:A3'] }]),
    );
    const s = sheet(snap, 'M');
    expect(s.values).toEqual([['DANH SÁCH'], [null, 'x', 'y']]);
    expect(s.types).toEqual([['string'], ['empty', 'string', 'string']]);
  });
});

describe('grid shape', () => {
  test('rows from A1 up to the last used row, gaps kept, trailing empties dropped', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('G');
    ws.getCell('C3').value = 'a';
    ws.getCell('A5').value = 1;
    ws.getCell('E5').value = 2;
    // styled but empty cells and rows are not data
    ws.getCell('H5').numFmt = '0%';
    ws.getCell('B9').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    ws.getRow(12).height = 30;
    const s = sheet(await roundTrip(Buffer.from(await wb.xlsx.writeBuffer())), 'G');
    expect(s.values).toEqual([[], [], [null, null, 'a'], [], [1, null, null, null, 2]]);
    expect(s.types).toEqual([[], [], ['empty', 'empty', 'string'], [], ['number', 'empty', 'empty', 'empty', 'number']]);
  });

  test('an empty sheet has no rows', async () => {
    const snap = await roundTrip(await buildWorkbook([{ name: 'Trống', rows: [] }, { name: 'B', rows: [[1]] }]));
    expect(sheet(snap, 'Trống').values).toEqual([]);
  });
});

describe('sheets', () => {
  test('every sheet in workbook order, hidden ones too, names exactly as stored (NFD stays NFD)', async () => {
    const nfc = 'Hòa Bình'.normalize('NFC');
    const nfd = 'Hòa Bình'.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const snap = await roundTrip(
      await buildWorkbook([
        { name: 'Cấu hình', rows: [['Năm', 2019]] },
        { name: nfd, rows: [[1]] },
        { name: 'Ẩn', rows: [[2]], state: 'hidden' },
        { name: `${nfc} 2`, rows: [[3]] },
      ]),
    );
    expect(snap.sheets.map((s) => s.name)).toEqual(['Cấu hình', nfd, 'Ẩn', `${nfc} 2`]);
    expect(Buffer.from(snap.sheets[1].name)).toEqual(Buffer.from(nfd));
    expect(snap.marks).toBeUndefined();
  });
});

describe('marks', () => {
  const sheets = [
    { name: 'Lạng Sơn', rows: [[1]] },
    { name: 'Xếp hạng', rows: [['x']] },
    { name: "Ban's list", rows: [['y']] },
  ];

  test('the defined names resolve to the sheets they refer to', async () => {
    const snap = await roundTrip(
      await buildWorkbook(sheets, {
        definedNames: [
          { name: 'ThiDua_XepHang', ref: "'Xếp hạng'!$A$1" },
          { name: 'ThiDua_DeNghi', ref: "'Ban''s list'!$A$1" },
        ],
      }),
    );
    expect(snap.marks).toEqual({ ranking: 'Xếp hạng', nominations: "Ban's list" });
  });

  test('defined names compare case-insensitively', async () => {
    const snap = await roundTrip(await buildWorkbook(sheets, { definedNames: [{ name: 'thidua_xephang', ref: "'Xếp hạng'!$A$1" }] }));
    expect(snap.marks).toEqual({ ranking: 'Xếp hạng' });
  });

  test('a mark to a missing sheet, or to two sheets, is no mark; other names are ignored', async () => {
    const snap = await roundTrip(
      await buildWorkbook(sheets, {
        definedNames: [
          { name: 'ThiDua_XepHang', ref: "'Đã xóa'!$A$1" },
          { name: 'ThiDua_DeNghi', ref: "'Xếp hạng'!$A$1" },
          { name: 'ThiDua_DeNghi', ref: "'Lạng Sơn'!$A$1" },
          { name: 'Khac', ref: "'Xếp hạng'!$B$2" },
        ],
      }),
    );
    expect(snap.marks).toBeUndefined();
  });
});

describe('unreadable input', () => {
  test.each([
    ['text', Buffer.from('STT,Tên đơn vị\n1,Bắc Giang\n'), 'NOT_XLSX'],
    ['empty file', Buffer.alloc(0), 'NOT_XLSX'],
    ['legacy .xls / encrypted', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'OLE_FILE'],
  ])('%s', async (_label, bytes, code) => {
    expect((await readError(bytes)).code).toBe(code);
  });

  test('a zip that holds no workbook → NOT_XLSX', async () => {
    const docx = await zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    expect((await readError(docx)).code).toBe('NOT_XLSX');
  });

  test('a damaged .xlsx → CORRUPT_XLSX', async () => {
    const good = await buildWorkbook([{ name: 'S', rows: [[1]] }]);
    expect((await readError(good.subarray(0, Math.floor(good.length / 2)))).code).toBe('CORRUPT_XLSX');
    const badSheet = await zipOf({
      '[Content_Types].xml':
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      '_rels/.rels':
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      'xl/workbook.xml': '<?xml version="1.0"?><workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"',
    });
    expect((await readError(badSheet)).code).toBe('CORRUPT_XLSX');
  });

  test('the error carries a code and no user prose', async () => {
    const err = await readError(Buffer.from('hello'));
    expect(err).toBeInstanceOf(XlsxReadError);
    expect(err.name).toBe('XlsxReadError');
    expect(err.message.startsWith('NOT_XLSX')).toBe(true);
  });
});

describe('inputs', () => {
  test('an ArrayBuffer reads like a Buffer, and the package comes back for writing', async () => {
    const buf = await buildWorkbook([{ name: 'S', rows: [[1, 'a']] }]);
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    const { snapshot, pkg } = await readSnapshot(ab);
    expect(snapshot.sheets).toEqual([{ name: 'S', values: [[1, 'a']], types: [['number', 'string']] }]);
    expect(pkg).toBeInstanceOf(XlsxPackage);
    expect(pkg.has('xl/workbook.xml')).toBe(true);
  });

  test('readWorkbookFile reads a path, and types a missing path and a folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-xlsx-'));
    const path = join(dir, 'cum.xlsx');
    writeFileSync(path, await buildWorkbook([{ name: 'Bắc Giang', rows: [['Mã', 'Chỉ tiêu']] }]));
    expect((await readWorkbookFile(path)).snapshot.sheets[0]).toEqual({ name: 'Bắc Giang', values: [['Mã', 'Chỉ tiêu']], types: [['string', 'string']] });
    await expect(readWorkbookFile(join(dir, 'missing.xlsx'))).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    mkdirSync(join(dir, 'folder.xlsx'));
    await expect(readWorkbookFile(join(dir, 'folder.xlsx'))).rejects.toMatchObject({ code: 'IS_FOLDER' });
  });

  test('a copy written with no plans reads the same, part for part', async () => {
    const wb = addFixtureSheets(new ExcelJS.Workbook(), [{ name: 'A', rows: [[1]] }]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const first = await readSnapshot(bytes);
    const copy = await writeWithPlans(first.pkg, []);
    expect(await roundTrip(copy)).toEqual(first.snapshot);
  });
});

describe('falsy cached results of formulas', () => {
  // exceljs's `cell.value` drops a formula's result when it is 0 or FALSE; the reader must not.
  test('0 and FALSE survive, as numbers and booleans', async () => {
    const buf = await buildWorkbook([
      { name: 'S', rows: [[0, 1, { formula: 'A1/B1', result: 0 }, { formula: 'A1>B1', result: false }, { formula: '_xldudf_THIDUA_ATTAINMENT(A1,B1)', result: 0 }]] },
    ]);
    const s = await roundTrip(buf);
    expect(s.sheets[0].values[0]).toEqual([0, 1, 0, false, 0]);
    expect(s.sheets[0].types![0]).toEqual(['number', 'number', 'number', 'boolean', 'number']);
  });
});
