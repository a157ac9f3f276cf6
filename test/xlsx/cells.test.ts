/** `setCells` (the import's API): only the edited cells' XML changes; everything else byte for byte. */
import { setCells } from '../../src/xlsx/cells';
import { readSnapshotSync } from '../../src/xlsx/read';
import { rawParts, zipParts } from './packages';

// Files are built, zipped and read in each test: on a shared 2-core machine 5 s is not always enough.
jest.setTimeout(60_000);

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const sheet = (data: string, after = '') => `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${NS}"><dimension ref="A1:F8"/><sheetData>${data}</sheetData>${after}</worksheet>`;

/** What the reader makes of a sheet part. */
function values(xml: string) {
  const parts = rawParts([{ name: 'S', sheetData: '' }], { xfs: [0, 0, 0, 0, 0, 0, 0, 0] });
  parts['xl/worksheets/sheet1.xml'] = xml;
  return readSnapshotSync(zipParts(parts)).snapshot.sheets[0];
}

test('an existing cell is replaced in place, keeping its format; the rest of the part is unchanged', () => {
  const before = sheet(
    '<row r="7" spans="1:6" ht="20" customHeight="1"><c r="E7" s="3"><v>1</v></c><c r="F7" s="4" t="s"><v>0</v></c></row><row r="8"><c r="E8" s="3"><f>1+1</f><v>2</v></c></row>',
    '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><dataValidations count="1"><dataValidation sqref="E7:F8"/></dataValidations>',
  );
  const after = setCells(before, [
    { cell: 'F7', value: 2 },
    { cell: 'E8', value: 'ba' },
  ]);
  expect(after).toBe(
    before.replace('<c r="F7" s="4" t="s"><v>0</v></c>', '<c r="F7" s="4"><v>2</v></c>').replace('<c r="E8" s="3"><f>1+1</f><v>2</v></c>', '<c r="E8" s="3" t="inlineStr"><is><t xml:space="preserve">ba</t></is></c>'),
  );
  expect(values(after).values.slice(6)).toEqual([[null, null, null, null, 1, 2], [null, null, null, null, 'ba']]);
});

test('missing cells and rows are inserted in order; cells and rows without `r` are counted like the reader does', () => {
  const before = sheet('<row><c><v>1</v></c></row><row r="5"><c r="B5"><v>2</v></c><c r="F5"><v>6</v></c></row><row r="9"><c r="A9"><v>9</v></c></row>');
  const after = setCells(before, [
    { cell: 'D5', value: 4 },
    { cell: 'C5', value: 3 },
    { cell: 'B1', value: true },
    { cell: 'A3', value: 'x' },
    { cell: 'A2', value: 'y' },
    { cell: 'A12', value: 12 },
  ]);
  const s = values(after);
  expect(s.values).toEqual([[1, true], ['y'], ['x'], [], [null, 2, 3, 4, null, 6], [], [], [], [9], [], [], [12]]);
  // the untouched cells are there as written
  expect(after).toContain('<c r="B5"><v>2</v></c><c r="C5"><v>3</v></c><c r="D5"><v>4</v></c><c r="F5"><v>6</v></c>');
});

test('null empties a cell but keeps its format; an empty or self-closed sheetData takes new rows', () => {
  expect(setCells(sheet('<row r="1"><c r="A1" s="2"><v>5</v></c></row>'), [{ cell: 'A1', value: null }])).toContain('<c r="A1" s="2"/>');
  const empty = `<worksheet xmlns="${NS}"><sheetData/></worksheet>`;
  expect(values(setCells(empty, [{ cell: 'B2', value: 3 }])).values).toEqual([[], [null, 3]]);
});

test('text is escaped, and a prefixed namespace is kept', () => {
  const x = `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
  const after = setCells(x, [{ cell: 'B1', value: 'a < b & "c"' }]);
  expect(after).toContain('<x:c r="B1" t="inlineStr"><x:is><x:t xml:space="preserve">a &lt; b &amp; &quot;c&quot;</x:t></x:is></x:c>');
  expect(values(after).values).toEqual([[1, 'a < b & "c"']]);
});

test('a shared or array formula other cells use is refused; bad addresses and numbers too', () => {
  const shared = sheet('<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1</f><v>1</v></c></row>');
  expect(() => setCells(shared, [{ cell: 'A1', value: 2 }])).toThrow(expect.objectContaining({ code: 'WRITE_FAILED' }));
  expect(() => setCells(sheet(''), [{ cell: 'ZZZZ1', value: 1 }])).toThrow(expect.objectContaining({ code: 'BAD_PLAN' }));
  expect(() => setCells(sheet(''), [{ cell: 'A1', value: Number.NaN }])).toThrow(expect.objectContaining({ code: 'BAD_PLAN' }));
  expect(setCells(shared, [])).toBe(shared);
});
