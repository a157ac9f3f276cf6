/**
 * Property tests of the package layer: random packages (random parts, random relationships, random cells,
 * random defined names, random bit flips) never crash the reader (a snapshot, or an XlsxReadError with a
 * code), and the copy written from any package that reads never changes an input part (all but the
 * workbook, its relationships, the content types and the styles byte for byte), reads back with the input
 * sheets unchanged, and its edited parts are namespace-well-formed XML.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import type { SheetPlan } from '../../src/core/types';
import { nextFreeName, sheetNameProblem } from '../../src/core/plan/names';
import { XlsxReadError } from '../../src/xlsx/errors';
import { readSnapshotSync } from '../../src/xlsx/read';
import { relsPartOf } from '../../src/xlsx/package';
import { readWorkbookInfo } from '../../src/xlsx/workbook';
import { writeWithPlans } from '../../src/xlsx/write';
import { rawParts, zipParts, type RawSheet } from './packages';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const colLetters = fc.constantFrom('A', 'B', 'C', 'Z', 'AA', 'XFD', 'ZZZ', '');
const rowNumber = fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constantFrom(1048576, 1048577, 0));
const cellText = fc.oneof(fc.constantFrom('Mã', 'Bắc Giang', '03', '2,0', '#REF!', '', ' ', 'a&b<c>', 'x'.repeat(40)), fc.string({ maxLength: 12 }));

const cellXml = fc
  .record({
    ref: fc.option(fc.tuple(colLetters, rowNumber), { nil: null }),
    t: fc.constantFrom(null, 'n', 's', 'str', 'inlineStr', 'b', 'e', 'd', 'zz'),
    s: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
    v: fc.option(fc.oneof(fc.integer({ min: -5, max: 50000 }).map(String), fc.double({ noNaN: false }).map(String), cellText, fc.constantFrom('2019-11-30T00:00:00', '1', '0')), { nil: null }),
    f: fc.option(fc.constantFrom('1+1', 'SUM(A1:A3)', '_xldudf_THIDUA_ATTAINMENT(F7,E7)'), { nil: null }),
    is: fc.option(cellText, { nil: null }),
  })
  .map(({ ref, t, s, v, f, is }) => {
    const attrs = `${ref ? ` r="${ref[0]}${ref[1]}"` : ''}${t ? ` t="${t}"` : ''}${s !== null ? ` s="${s}"` : ''}`;
    const inner = `${f ? `<f>${esc(f)}</f>` : ''}${v !== null ? `<v>${esc(v)}</v>` : ''}${is !== null ? `<is><t>${esc(is)}</t></is>` : ''}`;
    return inner ? `<c${attrs}>${inner}</c>` : `<c${attrs}/>`;
  });

const rowXml = fc.record({ r: fc.option(rowNumber, { nil: null }), cells: fc.array(cellXml, { maxLength: 6 }) }).map(({ r, cells }) => `<row${r !== null ? ` r="${r}"` : ''}>${cells.join('')}</row>`);

const sheetName = fc.oneof(fc.constantFrom('Bắc Giang', 'Cấu hình', "Ban's", 'Xếp hạng', 'Đề nghị khen thưởng', 'S', 'Sheet1'), fc.string({ minLength: 1, maxLength: 10 }).filter((s) => !/[[\]:*?/\\<>&"\u0000-\u001f\ud800-\udfff\ufffe\uffff]/.test(s)));

const rawSheet: fc.Arbitrary<RawSheet> = fc.record({
  name: sheetName,
  rows: fc.array(rowXml, { maxLength: 8 }),
  merges: fc.array(fc.constantFrom('A1:B1', 'A1:XFD1048576', 'B2:A1', 'bad', 'C3'), { maxLength: 2 }),
  state: fc.constantFrom(undefined, 'hidden' as const, 'veryHidden' as const),
}).map(({ name, rows, merges, state }) => ({
  name,
  sheetData: rows.join(''),
  after: merges.length ? `<mergeCells>${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '',
  ...(state ? { state } : {}),
}));

/** A target as another program might write it. */
const target = fc.constantFrom('/xl/media/image1.png', '../media/image1.png', 'media/x.png', '../../../../etc/passwd', 'http://example.com/a', '../drawings/drawing1.xml', '%2Fxl%2Fa.xml', '');

const extraPart = fc.record({
  name: fc.constantFrom('xl/media/image1.png', 'customXml/item1.xml', 'xl/drawings/drawing1.xml', 'xl/comments1.xml', 'docProps/custom.xml', 'xl/worksheets/sheet9.xml', 'xl/charts/chart1.xml', 'xl/printerSettings/printerSettings1.bin'),
  bytes: fc.uint8Array({ maxLength: 64 }),
});

/** Defined names, referring mostly to the package's own sheets (so that marks are found and replaced). */
const definedName = (sheets: string[]) => fc
  .record({
    name: fc.constantFrom('ThiDua_XepHang', 'thidua_denghi', 'ThiDua_DeNghi', 'VungIn', '_xlnm.Print_Titles', '_xlnm.Print_Area'),
    ref: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...sheets).map((s) => `'${s.replace(/'/g, "''")}'!$A$1`) },
      { weight: 1, arbitrary: fc.constantFrom('#REF!', "'A'!$A$1,'B'!$A$1", 'Sheet1!A1:B2', '') },
    ),
    local: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  })
  .map(({ name, ref, local }) => `<definedName name="${name}"${local !== null ? ` localSheetId="${local}"` : ''}>${esc(ref)}</definedName>`);

const packageArb = fc
  .array(rawSheet, { minLength: 1, maxLength: 4 })
  .chain((sheets) =>
    fc.record({
    sheets: fc.constant(sheets),
    sst: fc.option(fc.array(cellText, { maxLength: 5 }), { nil: undefined }),
    date1904: fc.boolean(),
    absoluteTargets: fc.boolean(),
    names: fc.array(definedName(sheets.map((s) => s.name)), { maxLength: 4 }),
    extras: fc.array(extraPart, { maxLength: 4 }),
    sheetRels: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), target, fc.boolean()), { maxLength: 3 }),
    level: fc.constantFrom(0 as const, 6 as const),
  }),
  )
  .map(({ sheets, sst, date1904, absoluteTargets, names, extras, sheetRels, level }) => {
    const parts = rawParts(sheets, { sst, date1904, absoluteTargets, definedNames: names.join(''), xfs: [0, 14, 164, 0, 9], numFmts: [[164, 'dd/mm/yyyy']] });
    for (const e of extras) if (!(e.name in parts)) parts[e.name] = e.bytes;
    sheetRels.forEach(([i, t, external], k) => {
      if (i >= sheets.length) return;
      const rels = `xl/worksheets/_rels/sheet${i + 1}.xml.rels`;
      const prev = (parts[rels] as string | undefined) ?? `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
      parts[rels] = prev.replace('</Relationships>', `<Relationship Id="rIdX${k}" Type="${R}/image" Target="${esc(t)}"${external ? ' TargetMode="External"' : ''}/></Relationships>`);
    });
    return zipParts(parts, level);
  });

function readOrCode(bytes: Uint8Array): 'read' | string {
  try {
    readSnapshotSync(bytes);
    return 'read';
  } catch (e) {
    if (e instanceof XlsxReadError) return e.code;
    throw e;
  }
}

const plan = (role: 'ranking' | 'nominations', name: string, replaces?: string): SheetPlan => ({
  role,
  name,
  ...(replaces ? { replaces } : {}),
  values: [[`${role} sheet`, 1], [{ formula: 'B1*2', result: 2 }, 'văn bản']],
  styles: [{ range: 'A1:B1', bold: true, fill: '#DDEBF7', border: 'thin' }],
  merges: [],
  columnWidths: [12, 8],
  print: { orientation: 'portrait', paper: 'A4', fitToWidth: true, titleRows: '1:1' },
});

async function partsOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('nodebuffer'));
  return out;
}

function wellFormedNs(xml: string): void {
  const p = new SaxesParser({ xmlns: true });
  p.write(xml).close();
}

const EDITED = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml']);

test('random packages never crash the reader', () => {
  fc.assert(
    fc.property(packageArb, (bytes) => {
      expect(['read', 'NOT_XLSX', 'CORRUPT_XLSX', 'TOO_LARGE']).toContain(readOrCode(bytes));
    }),
    { numRuns: 150 },
  );
});

test('random bytes, and packages with random bytes flipped, never crash the reader', () => {
  fc.assert(
    fc.property(packageArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }), (bytes, flips) => {
      const b = bytes.slice();
      for (const [at, x] of flips) b[at % b.length] ^= x;
      expect(['read', 'NOT_XLSX', 'CORRUPT_XLSX', 'TOO_LARGE', 'OLE_FILE']).toContain(readOrCode(b));
    }),
    { numRuns: 150 },
  );
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
      expect(['NOT_XLSX', 'CORRUPT_XLSX', 'OLE_FILE']).toContain(readOrCode(Uint8Array.from([0x50, 0x4b, ...b])));
    }),
    { numRuns: 100 },
  );
});

test('the copy of any readable package never changes an input part, and reads back with the input sheets as they were', async () => {
  await fc.assert(
    fc.asyncProperty(packageArb, fc.boolean(), async (bytes, twoPlans) => {
      let read;
      try {
        read = readSnapshotSync(bytes);
      } catch (e) {
        if (e instanceof XlsxReadError) return; // not readable: nothing to copy
        throw e;
      }
      const { snapshot, pkg } = read;
      const names = snapshot.sheets.map((s) => s.name);
      const marks = snapshot.marks ?? {};
      const rankName = marks.ranking ?? nextFreeName('Xếp hạng', names);
      const listName = marks.nominations ?? nextFreeName('Đề nghị khen thưởng', [...names, rankName]);
      const plans = [plan('ranking', rankName, marks.ranking)];
      if (twoPlans && listName !== rankName) plans.push(plan('nominations', listName, marks.nominations));
      let out: Uint8Array;
      try {
        out = await writeWithPlans(pkg, plans);
      } catch (e) {
        // two sheets sharing a name (case or Unicode form) in the input can leave no free name; a sheet the
        // tool's mark points to may bear a name Excel refuses (e.g. ending in an apostrophe), which the tool
        // will not write again: refused, not written
        const badMarked = plans.some((p) => p.replaces !== undefined && sheetNameProblem(p.name) !== null);
        expect(e).toMatchObject({ name: 'XlsxWriteError', code: badMarked ? expect.stringMatching(/^(SHEET_EXISTS|BAD_SHEET_NAME)$/) : 'SHEET_EXISTS' });
        return;
      }
      const before = await partsOf(bytes);
      const after = await partsOf(out);
      // the tool's own sheets being replaced (per their marks) are the only sheet parts that may change
      const info = readWorkbookInfo(pkg);
      const own = new Set(info.sheets.filter((s) => s.part && plans.some((p) => p.replaces === s.name)).flatMap((s) => [s.part!, relsPartOf(s.part!)]));
      for (const [name, b] of before) {
        if (own.has(name)) continue;
        expect([name, after.has(name)]).toEqual([name, true]);
        if (!EDITED.has(name)) expect([name, after.get(name)!.equals(b)]).toEqual([name, true]);
      }
      for (const name of EDITED) if (after.has(name)) wellFormedNs(after.get(name)!.toString('utf8'));
      const again = readSnapshotSync(out).snapshot;
      const replaced = new Set(plans.map((p) => p.replaces).filter(Boolean));
      const keptBefore = snapshot.sheets.filter((s) => !replaced.has(s.name));
      const keptAfter = again.sheets.filter((s) => !replaced.has(s.name) && !plans.some((p) => p.name === s.name));
      expect(keptAfter).toEqual(keptBefore);
      expect(again.marks?.ranking).toBe(rankName);
    }),
    { numRuns: 60 },
  );
}, 120_000);
