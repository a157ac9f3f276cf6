/** readSnapshot over the fake Excel: the same snapshot as the file readers, in at most 2 syncs. */
import { planSample, planTemplate, snapshotFromPlans } from '../../src/core';
import type { Snapshot } from '../../src/core/types';
import { FakeWorkbook } from '../fakes/excel';
import { normalize, setup } from './helpers';

describe('readSnapshot', () => {
  test('the sample workbook reads as the snapshot of its plans, in 2 syncs, loading only named properties', async () => {
    const plans = planSample();
    const { port, excel } = setup(snapshotFromPlans(plans));
    const syncs = await excel.syncsDuring(async () => {
      const snap = await port.readSnapshot();
      expect(normalize(snap)).toEqual(normalize(snapshotFromPlans(plans)));
      expect(snap.marks).toBeUndefined();
    });
    expect(syncs).toBe(2);
    expect(excel.stats.emptyLoads).toBe(0);
    expect(excel.stats.runs).toBe(1);
  });

  test('dates in the sample (cut-off date, As of) read as dates, counts as numbers', async () => {
    const { port } = setup(snapshotFromPlans(planSample()));
    const snap = await port.readSnapshot();
    const bacGiang = snap.sheets.find((s) => s.name === 'Bắc Giang')!;
    // the value to the right of the label, wherever the template puts it
    const r = bacGiang.values.findIndex((row) => row[0] === 'Tính đến ngày:');
    const c = bacGiang.values[r].findIndex((v, i) => i > 0 && v !== null);
    expect([bacGiang.values[r][c], bacGiang.types![r][c]]).toEqual([43799, 'date']); // 30/11/2019
    const h = bacGiang.values.findIndex((row) => row.includes('Chỉ tiêu đăng ký'));
    const t = bacGiang.values[h].indexOf('Chỉ tiêu đăng ký');
    expect([bacGiang.values[h + 1][t], bacGiang.types![h + 1][t]]).toEqual([2, 'number']);
  });

  test('500 sheets: still 2 syncs, every sheet read exactly', async () => {
    const units = Array.from({ length: 499 }, (_, i) => `Đơn vị ${i + 1}`);
    const plans = planTemplate({ units, year: 2024 });
    expect(plans).toHaveLength(500);
    const { port, excel } = setup(snapshotFromPlans(plans));
    let snap: Snapshot | null = null;
    const syncs = await excel.syncsDuring(async () => {
      snap = await port.readSnapshot();
    });
    expect(syncs).toBe(2);
    expect(normalize(snap!)).toEqual(normalize(snapshotFromPlans(plans)));
  });

  test('a used range that starts past A1 is placed in an A1-based grid', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('Lệch');
    wb.write(s, 4, 2, 'Chỉ tiêu');
    wb.write(s, 5, 3, 7);
    const { port } = setup(wb);
    const snap = await port.readSnapshot();
    expect(snap.sheets[0]).toEqual({
      name: 'Lệch',
      values: [[], [], [], [], [null, null, 'Chỉ tiêu'], [null, null, null, 7]],
      types: [[], [], [], [], ['empty', 'empty', 'string'], ['empty', 'empty', 'empty', 'number']],
    });
  });

  test('empty sheets, hidden sheets, booleans, errors and formulas', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Trống');
    const s = wb.addSheet('Ẩn');
    s.visibility = 'Hidden';
    wb.write(s, 0, 0, true);
    wb.write(s, 0, 1, '#REF!');
    wb.write(s, 0, 2, '=SUM(5,6)');
    wb.write(s, 0, 3, '="x"');
    const { port } = setup(wb);
    const snap = await port.readSnapshot();
    expect(snap.sheets.map((x) => x.name)).toEqual(['Trống', 'Ẩn']);
    expect(snap.sheets[0].values).toEqual([]);
    expect(snap.sheets[1].values).toEqual([[true, '#REF!', 11, 'x']]);
    expect(snap.sheets[1].types).toEqual([['boolean', 'error', 'number', 'string']]);
  });

  test('the tool’s marks: a name pointing at a sheet marks it; a dangling or ambiguous one does not', async () => {
    const wb = FakeWorkbook.fromSnapshot({ sheets: [{ name: 'Xếp hạng', values: [['x']] }, { name: 'Đề nghị', values: [['y']] }, { name: 'Khác', values: [] }] });
    wb.defineName('ThiDua_XepHang', 'Xếp hạng');
    wb.names.push({ name: 'ThiDua_DeNghi', sheetId: null, area: { r0: 0, c0: 0, r1: 0, c1: 0 }, visible: false, comment: '' }); // =#REF!$A$1
    const { port } = setup(wb);
    expect((await port.readSnapshot()).marks).toEqual({ ranking: 'Xếp hạng' });
    // two areas: which one would be the tool's sheet? none.
    wb.names[1] = { ...wb.names[1], formula: "='Đề nghị'!$A$1,Khác!$A$1" };
    expect((await port.readSnapshot()).marks).toEqual({ ranking: 'Xếp hạng' });
    wb.names[1] = { ...wb.names[1], formula: undefined, sheetId: wb.sheet('Đề nghị').id };
    expect((await port.readSnapshot()).marks).toEqual({ ranking: 'Xếp hạng', nominations: 'Đề nghị' });
    // The mark follows a renamed sheet, as Excel's name formula does.
    wb.sheet('Xếp hạng').name = "Xếp hạng của Ban's";
    expect((await port.readSnapshot()).marks).toEqual({ ranking: "Xếp hạng của Ban's", nominations: 'Đề nghị' });
  });

  test('past the web payload limit: read in requests sized from measured bytes; the next read splits at once, never refused', async () => {
    const plans = planSample();
    const { port, excel, wb } = setup(snapshotFromPlans(plans), { port: { readBudget: 16_000 } });
    wb.flags.responseLimitBytes = 20_000;
    const expected = normalize(snapshotFromPlans(plans));
    const first = await excel.syncsDuring(async () => expect(normalize(await port.readSnapshot())).toEqual(expected));
    // names, the optimistic read refused (nothing measured yet), used-range sizes, then requests ≤ 16 kB
    expect(first).toBeGreaterThan(4);
    expect(excel.stats.refused).toBe(1);
    const second = await excel.syncsDuring(async () => expect(normalize(await port.readSnapshot())).toEqual(expected));
    expect(second).toBeLessThanOrEqual(first - 1);
    expect(excel.stats.refused).toBe(1);
    expect(Math.max(...excel.stats.responseBytes.slice(-second))).toBeLessThanOrEqual(20_000);
  });

  test('a large workbook (14 MB of long Vietnamese text) is read under the real 5 MB limit; once measured, without a refused trip', async () => {
    const wb = new FakeWorkbook();
    const text = (r: number, c: number) => `Ghi chú ${r}-${c}: Ban Nội chính Tỉnh ủy đã phối hợp chặt chẽ với các cơ quan tư pháp `.repeat(2);
    for (let k = 0; k < 12; k++) {
      const s = wb.addSheet(`Phụ lục ${k + 1}`);
      for (let r = 0; r < 1000; r++) for (let c = 0; c < 6; c++) s.ensure(r, c).value = text(r, c);
      for (const cell of s.cells.values()) cell.type = 'String';
    }
    const { port, excel } = setup(wb);
    const first = await port.readSnapshot();
    expect(first.sheets[11].values[999][5]).toBe(text(999, 5));
    const total = excel.stats.responseBytes.reduce((n, b) => n + b, 0);
    expect(total).toBeGreaterThan(13_000_000);
    // Only the optimistic request of the very first read (nothing measured yet) meets the limit.
    expect(excel.stats.refused).toBe(1);
    expect(Math.max(...excel.stats.responseBytes.filter((b) => b <= 5 * 1024 * 1024))).toBeGreaterThan(2_500_000);
    const syncs = await excel.syncsDuring(async () => expect((await port.readSnapshot()).sheets[3].values[500][2]).toBe(text(500, 2)));
    expect(excel.stats.refused).toBe(1);
    // names, sizes, then ≥ 3 requests of up to 4 MB
    expect(syncs).toBeLessThanOrEqual(2 + Math.ceil(total / (4 * 1024 * 1024)) + 1);
  });

  test('a request still too large is halved until it passes', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('Dài');
    for (let r = 0; r < 40; r++) for (let c = 0; c < 5; c++) wb.write(s, r, c, `ô ${r}-${c} ${'x'.repeat(30)}`);
    // the adapter believes it may send 10 kB; Excel takes 3 kB
    const { port } = setup(wb, { port: { readBudget: 10_000 } });
    wb.flags.responseLimitBytes = 3_000;
    const snap = await port.readSnapshot();
    expect(snap.sheets[0].values).toHaveLength(40);
    expect(snap.sheets[0].values[39][4]).toBe(`ô 39-4 ${'x'.repeat(30)}`);
  });

  test('a single row over the limit cannot be read: a clear error', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('Rộng');
    for (let c = 0; c < 50; c++) wb.write(s, 0, c, 'y'.repeat(100));
    const { port } = setup(wb);
    wb.flags.responseLimitBytes = 1_000;
    await expect(port.readSnapshot()).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE', officeCode: 'ResponsePayloadSizeLimitExceeded' });
  });
});
