/**
 * The package layer: the tolerant, bounded reader (relationship targets absolute or relative, cells with
 * or without `r`, inline and shared strings, 1904 dates, uncomputed formulas, cost ∝ stored cells, sizes
 * checked before inflating) and the lossless copy (every input part carried over byte for byte, only the
 * workbook part, its relationships, the content types and the styles edited).
 */
import JSZip from 'jszip';
import { planSample, evaluate, planOutputs } from '../../src/core';
import type { SheetPlan } from '../../src/core/types';
import { XlsxPackage, MAX_UNPACKED_BYTES } from '../../src/xlsx/package';
import { readSnapshotSync } from '../../src/xlsx/read';
import { writeNewWorkbook, writeWithPlans } from '../../src/xlsx/write';
import { fflateInflater, readZipDirectory, type Inflater } from '../../src/xlsx/zip';
import { bombWorkbook, rawParts, rawWorkbook, xfdWorkbook, zipParts } from './packages';

// Files are built, zipped and read in each test: on a shared 2-core machine 5 s is not always enough.
jest.setTimeout(60_000);

const TODAY = 43802;

/** Every part of a package, inflated, by name (read with jszip: independent of the project's zip code). */
async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('uint8array'));
  return out;
}

const text = (b: Uint8Array | undefined) => (b ? Buffer.from(b).toString('utf8') : '');

function countingInflater(): Inflater & { bytes: number; calls: string[] } {
  const c = {
    bytes: 0,
    calls: [] as string[],
    inflate(compressed: Uint8Array, entry: Parameters<Inflater['inflate']>[1], onChunk: (chunk: Uint8Array) => void) {
      c.calls.push(entry.name);
      fflateInflater.inflate(compressed, entry, (chunk) => {
        c.bytes += chunk.length;
        onChunk(chunk);
      });
    },
  };
  return c;
}

const plan = (name: string, role: SheetPlan['role'] = 'ranking'): SheetPlan => ({
  role,
  name,
  values: [['Bảng', 1, { formula: 'B1*2', result: 2 }]],
  styles: [{ range: 'A1', bold: true, numberFormat: '0.0%' }],
  merges: [],
  columnWidths: [10],
});

describe('a tolerant reader', () => {
  test('absolute relationship targets (as openpyxl writes them) read like relative ones', () => {
    const sheets = [{ name: 'Bắc Giang', sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>3</v></c></row>' }];
    const rel = readSnapshotSync(rawWorkbook(sheets, { sst: ['Mã'] })).snapshot;
    const abs = readSnapshotSync(rawWorkbook(sheets, { sst: ['Mã'], absoluteTargets: true })).snapshot;
    expect(abs).toEqual(rel);
    expect(abs.sheets[0]).toEqual({ name: 'Bắc Giang', values: [['Mã', 3]], types: [['string', 'number']] });
  });

  test('cells and rows without `r` follow the previous one; mixed with `r` they pick up from there', () => {
    const data = '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row r="3"><c t="inlineStr"><is><t>a</t></is></c></row><row><c r="B4"><v>9</v></c></row>';
    const s = readSnapshotSync(rawWorkbook([{ name: 'S', sheetData: data }])).snapshot.sheets[0];
    expect(s.values).toEqual([[1, 2, null, null, 5, 6], [], ['a'], [null, 9]]);
  });

  test('inline strings, rich shared strings (phonetic runs left out), formula strings, booleans, errors', () => {
    const sst = ['plain'];
    const parts = rawParts(
      [
        {
          name: 'S',
          sheetData:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>in</t></r><r><t xml:space="preserve"> line</t></r></is></c>' +
            '<c r="D1" t="str"><f>A1&amp;"x"</f><v>plainx</v></c><c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><v>#REF!</v></c><c r="G1" t="n"><v>-2.5</v></c></row>',
        },
      ],
      { sst },
    );
    parts['xl/sharedStrings.xml'] =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>plain</t></si><si><r><t>Bắc </t></r><r><rPr><b/></rPr><t>Giang</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si></sst>';
    const s = readSnapshotSync(zipParts(parts)).snapshot.sheets[0];
    expect(s.values).toEqual([['plain', 'Bắc Giang', 'in line', 'plainx', true, '#REF!', -2.5]]);
    expect(s.types).toEqual([['string', 'string', 'string', 'string', 'boolean', 'error', 'number']]);
  });

  test('dates: a date format makes a date; the 1904 system gives the same 1900-system serial; ISO `t="d"` cells too', () => {
    // 30/11/2019 is 43799 in the 1900 system and 42337 in the 1904 system
    const opts = { xfs: [0, 14, 164, 165], numFmts: [[164, 'dd/mm/yyyy'], [165, '0.00" d"']] as [number, string][] };
    const data = '<row r="1"><c r="A1" s="1"><v>V</v></c><c r="B1" s="2"><v>V</v></c><c r="C1" s="3"><v>V</v></c><c r="D1"><v>V</v></c><c r="E1" t="d"><v>2019-11-30T00:00:00</v></c></row>';
    const s1900 = readSnapshotSync(rawWorkbook([{ name: 'S', sheetData: data.replace(/V/g, '43799') }], opts)).snapshot.sheets[0];
    const s1904 = readSnapshotSync(rawWorkbook([{ name: 'S', sheetData: data.replace(/V/g, '42337') }], { ...opts, date1904: true })).snapshot.sheets[0];
    expect(s1900.values[0]).toEqual([43799, 43799, 43799, 43799, 43799]);
    expect(s1900.types![0]).toEqual(['date', 'date', 'number', 'number', 'date']);
    expect(s1904.values[0].slice(0, 2)).toEqual([43799, 43799]);
    expect(s1904.values[0][4]).toBe(43799);
  });

  test('a formula with a cached value reads as the value; without one, as `uncomputed` (never as blank)', () => {
    const data = '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f>1+1</f></c><c r="C1" t="str"><f>"a"</f></c><c r="D1"><f>0</f><v>0</v></c></row>';
    const s = readSnapshotSync(rawWorkbook([{ name: 'S', sheetData: data }])).snapshot.sheets[0];
    expect(s.values[0]).toEqual([2, null, null, 0]);
    expect(s.types![0]).toEqual(['number', 'uncomputed', 'uncomputed', 'number']);
  });

  test('an uncomputed count is the §1.3 error "formula without a value", not "missing"', async () => {
    const { pkg, snapshot } = readSnapshotSync(await writeNewWorkbook(planSample({})));
    const sheet = snapshot.sheets.find((s) => s.name === 'Lai Châu')!;
    sheet.types![7][5] = 'uncomputed';
    sheet.values[7][5] = null;
    const ev = evaluate(snapshot);
    expect(ev.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.sheet, i.cell])).toEqual([['COUNT_NO_VALUE', 'Lai Châu', 'F8']]);
    expect(pkg).toBeInstanceOf(XlsxPackage);
  });

  test('merged ranges keep only their top-left value, whatever the merge size (XFD-wide merges cost nothing)', () => {
    const data = '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row>';
    const after = '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="A2:XFD1048576"/></mergeCells>';
    const s = readSnapshotSync(rawWorkbook([{ name: 'S', sheetData: data, after }])).snapshot.sheets[0];
    expect(s.values).toEqual([[1], [3]]);
  });

  test('hidden sheets are read; chart sheets are not worksheets', () => {
    const parts = rawParts([
      { name: 'A', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      { name: 'Ẩn', sheetData: '<row r="1"><c r="A1"><v>2</v></c></row>', state: 'hidden' },
    ]);
    parts['xl/workbook.xml'] = parts['xl/workbook.xml'].toString().replace('</sheets>', '<sheet name="Biểu đồ" sheetId="9" r:id="rId99"/></sheets>');
    parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels']
      .toString()
      .replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>');
    parts['xl/chartsheets/sheet1.xml'] = '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';
    expect(readSnapshotSync(zipParts(parts)).snapshot.sheets.map((s) => s.name)).toEqual(['A', 'Ẩn']);
  });

  test('stored (uncompressed) parts, UTF-8 with a BOM, and a prefixed namespace read too', () => {
    const parts = rawParts([{ name: 'S', sheetData: '' }]);
    parts['xl/worksheets/sheet1.xml'] =
      '\ufeff<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="B2"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(readSnapshotSync(zipParts(parts, 0)).snapshot.sheets[0].values).toEqual([[], [null, 7]]);
  });

  test.each([
    { what: 'not a zip', bytes: new TextEncoder().encode('Mã,Chỉ tiêu\nVA,1\n'), code: 'NOT_XLSX' },
    { what: 'a zip without a workbook', bytes: zipParts({ 'word/document.xml': '<w:document/>' }), code: 'NOT_XLSX' },
    { what: 'a workbook part that is not XML', bytes: zipParts({ ...rawParts([{ name: 'S', sheetData: '' }]), 'xl/workbook.xml': 'garbage' }), code: 'CORRUPT_XLSX' },
    {
      what: 'a sheet that is not well-formed',
      bytes: zipParts({ ...rawParts([{ name: 'S', sheetData: '' }]), 'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row>' }),
      code: 'CORRUPT_XLSX',
    },
    { what: 'a truncated zip', bytes: rawWorkbook([{ name: 'S', sheetData: '' }]).subarray(0, 300), code: 'CORRUPT_XLSX' },
  ])('$what → $code', ({ bytes, code }) => {
    expect(() => readSnapshotSync(bytes)).toThrow(expect.objectContaining({ code }));
  });
});

describe('bounded reads (counts, not times)', () => {
  test('XFD1048576 on 15 sheets: 15 cells allocated, each sheet sparse (its stored indices only)', () => {
    const stats = { cells: 0 };
    const { snapshot } = readSnapshotSync(xfdWorkbook(15), { stats });
    expect(stats.cells).toBe(15);
    for (const [i, s] of snapshot.sheets.entries()) {
      expect(Object.keys(s.values)).toEqual(['1048575']);
      expect(Object.keys(s.values[1048575])).toEqual(['16383']);
      expect(s.values[1048575][16383]).toBe(i + 1);
    }
    // and the pipeline runs on it
    expect(evaluate(snapshot).issues.length).toBeGreaterThan(0);
  });

  test('XFD case: the heap grows by far less than a padded grid would take', () => {
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const { snapshot } = readSnapshotSync(xfdWorkbook(15));
    const grew = process.memoryUsage().heapUsed - before;
    // one padded sheet alone is 1,048,576 row slots + 16,384 cells (> 8 MB); fifteen would be > 120 MB
    expect(grew).toBeLessThan(8 * 1024 * 1024);
    expect(snapshot.sheets).toHaveLength(15);
  });

  test('a file that would unpack to 300 MB is refused from its directory: not one byte inflated', () => {
    const bomb = bombWorkbook(300);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    expect(readZipDirectory(bomb).reduce((s, e) => s + e.size, 0)).toBeGreaterThan(MAX_UNPACKED_BYTES);
    const inflater = countingInflater();
    expect(() => readSnapshotSync(bomb, { inflater })).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
    expect(inflater.bytes).toBe(0);
    expect(inflater.calls).toEqual([]);
  });

  test('a part that inflates to more than it declares is cut off at its declared size (a lying directory)', () => {
    const bomb = bombWorkbook(20);
    // declare the sheet as 1 MB in the central directory (the local header is not read for sizes)
    const entries = readZipDirectory(bomb);
    const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const lying = bomb.slice();
    const dv = new DataView(lying.buffer);
    let o = lying.length - 22;
    o = dv.getUint32(o + 16, true);
    for (const e of entries) {
      const nameLen = dv.getUint16(o + 28, true);
      if (e === sheet) dv.setUint32(o + 24, 1024 * 1024, true);
      o += 46 + nameLen + dv.getUint16(o + 30, true) + dv.getUint16(o + 32, true);
    }
    const inflater = countingInflater();
    expect(() => readSnapshotSync(lying, { inflater })).toThrow(expect.objectContaining({ code: 'CORRUPT_XLSX' }));
    // at most the declared size plus what one 16 KB feed of deflate can yield
    expect(inflater.bytes).toBeLessThanOrEqual(1024 * 1024 + 16 * 1024 * 1032);
  });

  test('just under the limit is read (the limit counts every part)', () => {
    const inflater = countingInflater();
    const { snapshot } = readSnapshotSync(bombWorkbook(2), { inflater, maxUnpackedBytes: 3 * 1024 * 1024 });
    expect(snapshot.sheets[0].values).toEqual([[1]]);
    expect(() => readSnapshotSync(bombWorkbook(2), { maxUnpackedBytes: 2 * 1024 * 1024 })).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
  });
});

describe('the lossless copy', () => {
  /** An exceljs-made workbook with extra parts that exceljs itself would drop (chart, comments, custom XML). */
  async function richInput(): Promise<Uint8Array> {
    const base = await writeNewWorkbook(planSample({}));
    const zip = await JSZip.loadAsync(base);
    zip.file('customXml/item1.xml', '<root xmlns="urn:thidua-test">giữ nguyên</root>');
    zip.file('xl/charts/chart1.xml', '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
    zip.file('xl/media/image1.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }

  test('every input part is in the copy; all but the workbook, its rels, content types and styles byte for byte', async () => {
    const input = await richInput();
    const { snapshot, pkg } = readSnapshotSync(input);
    const out = await writeWithPlans(pkg, planOutputs(snapshot, evaluate(snapshot), { today: TODAY }));
    const before = await partsOf(input);
    const after = await partsOf(out);
    const edited = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml']);
    for (const [name, bytes] of before) {
      expect([name, after.has(name)]).toEqual([name, true]);
      if (!edited.has(name)) expect([name, Buffer.from(after.get(name)!).equals(Buffer.from(bytes))]).toEqual([name, true]);
    }
    const added = [...after.keys()].filter((n) => !before.has(n));
    expect(added).toEqual(['xl/worksheets/sheet16.xml', 'xl/worksheets/sheet17.xml']);
    // the untouched parts are copied as stored: same compressed bytes, same CRC
    const inDir = new Map(readZipDirectory(input).map((e) => [e.name, e]));
    for (const e of readZipDirectory(out)) {
      const was = inDir.get(e.name);
      if (was && !edited.has(e.name)) expect([e.name, e.crc, e.compressedSize]).toEqual([e.name, was.crc, was.compressedSize]);
    }
  });

  test('the edited parts only gain: styles appended (old indices unchanged), workbook keeps its text around the new elements', async () => {
    const input = await richInput();
    const { snapshot, pkg } = readSnapshotSync(input);
    const out = await writeWithPlans(pkg, planOutputs(snapshot, evaluate(snapshot), { today: TODAY }));
    const before = await partsOf(input);
    const after = await partsOf(out);
    const cellXfs = (xml: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1].match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
    const oldXfs = cellXfs(text(before.get('xl/styles.xml')));
    const newXfs = cellXfs(text(after.get('xl/styles.xml')));
    expect(newXfs.slice(0, oldXfs.length)).toEqual(oldXfs);
    const wbBefore = text(before.get('xl/workbook.xml'));
    const wbAfter = text(after.get('xl/workbook.xml'));
    expect(wbAfter.startsWith(wbBefore.slice(0, wbBefore.indexOf('</sheets>')))).toBe(true);
    expect(wbAfter).toContain('<definedName name="ThiDua_XepHang">');
    const ct = text(after.get('[Content_Types].xml'));
    expect(ct).toContain('PartName="/xl/worksheets/sheet16.xml"');
    // generated strings are inline: the shared strings part is the input's, untouched
    expect(text(after.get('xl/worksheets/sheet16.xml'))).not.toMatch(/t="s"/);
  });

  test('a re-run replaces the tool’s sheets in their parts, adds no part, and does not grow the styles', async () => {
    const first = readSnapshotSync(await writeNewWorkbook(planSample({})));
    const out1 = await writeWithPlans(first.pkg, planOutputs(first.snapshot, evaluate(first.snapshot), { today: TODAY }));
    const second = readSnapshotSync(out1);
    const out2 = await writeWithPlans(second.pkg, planOutputs(second.snapshot, evaluate(second.snapshot), { today: TODAY }));
    const p1 = await partsOf(out1);
    const p2 = await partsOf(out2);
    expect([...p2.keys()].sort()).toEqual([...p1.keys()].sort());
    expect(text(p2.get('xl/styles.xml'))).toBe(text(p1.get('xl/styles.xml')));
    expect(readSnapshotSync(out2).snapshot).toEqual(second.snapshot);
    for (const name of p1.keys()) if (!/sheet1[67]\.xml$|workbook\.xml$/.test(name)) expect([name, Buffer.from(p2.get(name)!).equals(Buffer.from(p1.get(name)!))]).toEqual([name, true]);
  });

  test('the input package is not changed by writing a copy (it can be written again)', async () => {
    const { pkg } = readSnapshotSync(rawWorkbook([{ name: 'S', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }]));
    const a = await writeWithPlans(pkg, [plan('Xếp hạng')]);
    const b = await writeWithPlans(pkg, [plan('Xếp hạng')]);
    expect(readSnapshotSync(a).snapshot).toEqual(readSnapshotSync(b).snapshot);
    expect(pkg.isChanged('xl/workbook.xml')).toBe(false);
  });

  test('a minimal package with absolute targets, no styles and no defined names gets what it needs', async () => {
    const parts = rawParts([{ name: 'S', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }], { absoluteTargets: true });
    delete parts['xl/styles.xml'];
    parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels'].toString().replace(/<Relationship Id="rId2"[^>]*\/>/, '');
    const { pkg } = readSnapshotSync(zipParts(parts));
    const out = await writeWithPlans(pkg, [plan('Xếp hạng'), plan('Đề nghị khen thưởng', 'nominations')]);
    const again = readSnapshotSync(out).snapshot;
    expect(again.sheets.map((s) => s.name)).toEqual(['S', 'Xếp hạng', 'Đề nghị khen thưởng']);
    expect(again.sheets[1].values).toEqual([['Bảng', 1, 2]]);
    expect(again.marks).toEqual({ ranking: 'Xếp hạng', nominations: 'Đề nghị khen thưởng' });
    const after = await partsOf(out);
    expect(after.has('xl/styles.xml')).toBe(true);
    expect(text(after.get('xl/_rels/workbook.xml.rels'))).toContain('Target="/xl/worksheets/sheet1.xml"');
  });
});
