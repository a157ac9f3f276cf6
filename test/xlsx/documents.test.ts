/**
 * The .xlsx door writes the signed documents as the plans say (WORKBOOK.md §4 v2): the sample's outputs
 * written into a copy of the sample (the `thidua run` path) and read back with plain exceljs and from the
 * package's XML: header lines, fonts, sizes, margins, the page-number header from page 2, the print area
 * and the repeated table header.
 */
import ExcelJS from 'exceljs';
import { evaluate, planOutputs, planSample, serialFromDate } from '../../src/core';
import { readSnapshot } from '../../src/xlsx/read';
import { writeNewWorkbook, writeWithPlans } from '../../src/xlsx/write';
import { partText } from './zip';

jest.setTimeout(60_000);

const TODAY = serialFromDate(new Date(Date.UTC(2026, 10, 28)));

async function runOnSample(): Promise<Uint8Array> {
  const input = await writeNewWorkbook(planSample());
  const { snapshot, pkg } = await readSnapshot(input);
  return writeWithPlans(pkg, planOutputs(snapshot, evaluate(snapshot), { today: TODAY }));
}

let out: Uint8Array;
let wb: ExcelJS.Workbook;
beforeAll(async () => {
  out = await runOnSample();
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(out) as unknown as ArrayBuffer);
});

function cellsOf(ws: ExcelJS.Worksheet): { ref: string; text: string; font: Partial<ExcelJS.Font> }[] {
  const cells: { ref: string; text: string; font: Partial<ExcelJS.Font> }[] = [];
  ws.eachRow((row) => row.eachCell((c) => void (c.value !== null && cells.push({ ref: c.address, text: String(c.value), font: c.font ?? {} }))));
  return cells;
}

describe('the nomination list, read back', () => {
  test('every header line, the *, the number line, recipients and the signer, in Times New Roman', () => {
    const ws = wb.getWorksheet('Đề nghị khen thưởng')!;
    const cells = cellsOf(ws);
    const at = (text: string) => {
      const c = cells.find((x) => x.text === text);
      if (!c) throw new Error(`no cell holds ${text}`);
      return c;
    };
    for (const t of ['TỈNH ỦY TUYÊN QUANG', 'BAN NỘI CHÍNH', '*', 'Số 15-DS/BNCTU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Tuyên Quang, ngày 03 tháng 12 năm 2019', 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', 'Nơi nhận:', '- Lưu Văn phòng.', 'T/M CỤM THI ĐUA SỐ 1', 'Nguyễn Văn An']) at(t);
    expect(at('BAN NỘI CHÍNH').font).toMatchObject({ name: 'Times New Roman', bold: true, size: 13 });
    expect(at('ĐẢNG CỘNG SẢN VIỆT NAM').font).toMatchObject({ name: 'Times New Roman', bold: true, underline: true, size: 14 });
    expect(at('Tuyên Quang, ngày 03 tháng 12 năm 2019').font).toMatchObject({ italic: true });
    expect(at('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG').font).toMatchObject({ bold: true, size: 14 });
    for (const c of cells) expect({ ref: c.ref, font: c.font.name }).toEqual({ ref: c.ref, font: 'Times New Roman' });
    // the long header lines are merged and wrapped, their rows as tall as the plan computed
    const issuer = ws.getCell(at('BAN NỘI CHÍNH').ref);
    expect(issuer.isMerged).toBe(true);
    expect(issuer.alignment).toMatchObject({ wrapText: true, horizontal: 'center' });
  });

  test('A4 portrait, margins 20/20/30/15 mm, page numbers at the top from page 2, print area and title rows', async () => {
    const ws = wb.getWorksheet('Đề nghị khen thưởng')!;
    const ps = ws.pageSetup;
    expect(ps).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 });
    const mm = (x: number | undefined) => Math.round((x ?? 0) * 25.4);
    expect([mm(ps.margins!.top), mm(ps.margins!.bottom), mm(ps.margins!.left), mm(ps.margins!.right)]).toEqual([20, 20, 30, 15]);
    const name = cellsOf(ws).find((c) => c.text === 'Nguyễn Văn An')!;
    const lastRow = Number(/\d+$/.exec(name.ref)![0]);
    const header = cellsOf(ws).find((c) => c.text === 'STT')!;
    const headerRow = Number(/\d+$/.exec(header.ref)![0]);
    const wbXml = await partText(out, 'xl/workbook.xml');
    const sheetIndex = wb.worksheets.findIndex((w) => w.name === ws.name);
    const names = [...wbXml.matchAll(/<definedName name="([^"]+)" localSheetId="(\d+)">([^<]*)<\/definedName>/g)].filter((m) => Number(m[2]) === sheetIndex);
    expect(names.map((m) => [m[1], m[3]])).toEqual(
      expect.arrayContaining([
        ['_xlnm.Print_Area', `&apos;Đề nghị khen thưởng&apos;!$A$1:$E$${lastRow}`],
        ['_xlnm.Print_Titles', `&apos;Đề nghị khen thưởng&apos;!$${headerRow}:$${headerRow}`],
      ]),
    );
    const rels = await partText(out, 'xl/_rels/workbook.xml.rels');
    const target = new RegExp(`<sheet name="Đề nghị khen thưởng" sheetId="\\d+" r:id="(rId\\d+)"`).exec(wbXml)![1];
    const part = 'xl/' + new RegExp(`Id="${target}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${target}"`).exec(rels)!.slice(1).find(Boolean)!.replace(/^\/?xl\//, '');
    const xml = await partText(out, part);
    expect(xml).toMatch(/<headerFooter differentFirst="1"><oddHeader>&amp;C&amp;"Times New Roman,Regular"&amp;13&amp;P<\/oddHeader><\/headerFooter>|<headerFooter differentFirst="1"><oddHeader>&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;13&amp;P<\/oddHeader><\/headerFooter>/);
    expect(xml).toMatch(/<pageMargins left="1\.18\d*" right="0\.59\d*" top="0\.78\d*" bottom="0\.78\d*" header="0\.39\d*"/);
  });
});

describe('the ranking (the annex), read back', () => {
  test('the annex header, the table in Times New Roman 12, the tool note outside the print area', async () => {
    const ws = wb.getWorksheet('Xếp hạng')!;
    const cells = cellsOf(ws);
    for (const t of ['TỈNH ỦY TUYÊN QUANG', 'BAN NỘI CHÍNH', '*', 'Phụ lục', 'BẢNG XẾP HẠNG THI ĐUA NĂM 2019', '(Kèm theo Danh sách số 15-DS/BNCTU ngày 03/12/2019)']) expect(cells.map((c) => c.text)).toContain(t);
    const unit = cells.find((c) => c.text === 'Ban Nội chính Tỉnh ủy Lạng Sơn')!;
    expect(unit.font).toMatchObject({ name: 'Times New Roman', size: 12 });
    const note = cells.find((c) => c.text.startsWith('Lập bằng Thi đua'))!;
    const wbXml = await partText(out, 'xl/workbook.xml');
    const sheetIndex = wb.worksheets.findIndex((w) => w.name === ws.name);
    const area = new RegExp(`<definedName name="_xlnm.Print_Area" localSheetId="${sheetIndex}">[^!]*!\\$A\\$1:\\$([A-Z]+)\\$(\\d+)<`).exec(wbXml)!;
    expect(Number(/\d+$/.exec(note.ref)![0])).toBeGreaterThan(Number(area[2]));
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
    expect(ws.headerFooter).toMatchObject({ differentFirst: true });
    expect(ws.headerFooter.oddHeader).toMatch(/&P$/);
  });
});
