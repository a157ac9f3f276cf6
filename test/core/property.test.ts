/** Property-based tests (fast-check): random workbooks never make the pipeline throw or point outside a sheet. */
import fc from 'fast-check';
import { evaluate, planOutputs } from '../../src/core';
import { parseA1, colCount } from '../../src/core/snapshot';
import type { CellValue, Snapshot } from '../../src/core/types';
import { sampleSnapshot } from './build';

const WORDS = [
  'STT', 'Mã', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu đăng ký', 'Chỉ tiêu', 'Kế hoạch', 'Kết quả thực hiện', 'Thực hiện', 'Tỷ lệ đạt',
  'Ghi chú', 'VA', 'VV', 'vụ án', 'vụ việc', 'Đơn vị:', 'Tính đến ngày:', 'Tên trang tính', 'Tên đơn vị', 'Trọng số', 'Năm',
  'Ngày chốt số liệu', 'Số đơn vị đề nghị tối đa', 'Tỷ lệ phiếu tối thiểu', 'Đơn vị bỏ phiếu', 'x', 'có', 'không', 'Bắc Giang', 'Hoà Bình',
  'Hòa Bình', '\u00D0iện Biên', '=SUM(A1)', '+1', '-', '@x', '03', ' 3 ', 'ba', '3 vụ', '#REF!', '#N/A', '30/11/2019', '',
];
const NAMES = ['Cấu hình', 'Settings', 'Phiếu bầu', 'Xếp hạng', 'Đề nghị khen thưởng', 'Bắc Giang', 'Bac Giang', 'Hoà Bình', 'Hòa Bình', 'Lai Châu', 'Sheet1'];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.integer({ min: -3, max: 50 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, min: -100, max: 100 }) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.boolean() },
);
const grid = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 });
const sheetName = fc.oneof(fc.constantFrom(...NAMES), fc.string({ minLength: 1, maxLength: 10 }));
const snapshot: fc.Arbitrary<Snapshot> = fc
  .uniqueArray(fc.record({ name: sheetName, values: grid }), { selector: (s) => s.name, maxLength: 6 })
  .map((sheets) => ({ sheets }));

/** A sample with random cells overwritten: closer to real workbooks than pure noise. */
const mutatedSample: fc.Arbitrary<Snapshot> = fc
  .array(fc.record({ sheet: fc.nat(15), row: fc.nat(40), col: fc.nat(8), value: cell }), { maxLength: 12 })
  .map((edits) => {
    const s = sampleSnapshot(true);
    for (const e of edits) {
      const sh = s.sheets[e.sheet % s.sheets.length];
      while (sh.values.length <= e.row) sh.values.push([]);
      sh.values[e.row][e.col] = e.value;
      if (sh.types?.[e.row]) delete sh.types[e.row][e.col];
    }
    return s;
  });

function checkInvariants(s: Snapshot): void {
  const before = JSON.stringify(s);
  const ev = evaluate(s);
  for (const i of ev.issues) {
    if (i.cell === null) continue;
    const sh = s.sheets.find((x) => x.name === i.sheet);
    expect(sh).toBeDefined();
    const p = parseA1(i.cell)!;
    expect(p).not.toBeNull();
    expect(p.row).toBeLessThan(sh!.values.length);
    expect(p.col).toBeLessThan(Math.max(colCount(sh!), 1));
  }
  if (!ev.blocked) {
    const plans = planOutputs(s, ev, { today: 46000 });
    const existing = s.sheets.map((x) => x.name.normalize('NFC').toLowerCase());
    for (const p of plans) {
      // a plan either replaces the tool's own marked sheet, or takes a name no sheet has
      if (p.replaces) expect([s.marks?.ranking, s.marks?.nominations]).toContain(p.replaces);
      else expect(existing).not.toContain(p.name.normalize('NFC').toLowerCase());
    }
  }
  // nothing in the input changed
  expect(JSON.stringify(s)).toBe(before);
}

describe('property-based', () => {
  test('random grids and sheet names: never throws, issues point inside their sheet, input unchanged', () => {
    fc.assert(fc.property(snapshot, (s) => checkInvariants(s)), { numRuns: 400 });
  });
  test('the sample with random cells overwritten: same invariants', () => {
    fc.assert(fc.property(mutatedSample, (s) => checkInvariants(s)), { numRuns: 300 });
  });
});
