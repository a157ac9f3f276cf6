import { evaluate, planOutputs, planSample, planTemplate, TOOL_MARK_NAMES } from '../../src/core';
import { createMemoryPort, MemoryWorkbook, WorkbookError } from '../../src/memory';

const TODAY = 43802; // 03/12/2019

async function runOnce(wb: MemoryWorkbook) {
  const port = createMemoryPort(wb);
  const snapshot = await port.readSnapshot();
  const ev = evaluate(snapshot);
  return port.writePlans(planOutputs(snapshot, ev, { today: TODAY }));
}

describe('memory workbook port', () => {
  it('reads a copy: later writes do not change a snapshot already taken', async () => {
    const wb = MemoryWorkbook.fromPlans(planSample());
    const port = createMemoryPort(wb);
    const snap = await port.readSnapshot();
    wb.find('Lai Châu')!.values[6][4] = 99;
    expect(snap.sheets.find((s) => s.name === 'Lai Châu')!.values[6][4]).toBe(1);
    expect(snap.sheets).toHaveLength(15);
    expect(snap.marks).toEqual({});
  });

  it('writes both outputs, marks them, and keeps formulas as their cached results', async () => {
    const wb = MemoryWorkbook.fromPlans(planSample());
    const names = await runOnce(wb);
    expect(names).toEqual(['Xếp hạng', 'Đề nghị khen thưởng']);
    expect(wb.names).toEqual({ [TOOL_MARK_NAMES.ranking]: 'Xếp hạng', [TOOL_MARK_NAMES.nominations]: 'Đề nghị khen thưởng' });
    expect(wb.snapshot().marks).toEqual({ ranking: 'Xếp hạng', nominations: 'Đề nghị khen thưởng' });
    const list = wb.find('Đề nghị khen thưởng')!.values.flat().map(String);
    expect(list.some((v) => v.includes('Phát hiện 03 vụ án (đạt 150%), 03 vụ việc (đạt 100%)'))).toBe(true);
    expect(wb.find('Xếp hạng')!.plan?.role).toBe('ranking');
  });

  it('a second run replaces only its own sheets, in place, and nothing else', async () => {
    const wb = MemoryWorkbook.fromPlans(planSample());
    await runOnce(wb);
    const before = wb.sheets.map((s) => s.name);
    const unitBefore = JSON.stringify(wb.find('Bắc Giang')!.values);
    wb.find('Xếp hạng')!.values[0][0] = 'stale';
    const names = await runOnce(wb);
    expect(names).toEqual(['Xếp hạng', 'Đề nghị khen thưởng']);
    expect(wb.sheets.map((s) => s.name)).toEqual(before);
    expect(wb.find('Xếp hạng')!.values[0][0]).not.toBe('stale');
    expect(JSON.stringify(wb.find('Bắc Giang')!.values)).toBe(unitBefore);
  });

  it("never overwrites a user's sheet that has an output's name: the output takes the next free name", async () => {
    const wb = MemoryWorkbook.fromPlans(planSample());
    wb.insert({ name: 'xếp hạng', values: [['my own notes']] });
    const names = await runOnce(wb);
    expect(names[0]).toBe('Xếp hạng (2)');
    expect(wb.find('xếp hạng')!.values).toEqual([['my own notes']]);
    // and the next run replaces the tool's "Xếp hạng (2)", still leaving the user's sheet alone
    const again = await runOnce(wb);
    expect(again[0]).toBe('Xếp hạng (2)');
    expect(wb.sheets.filter((s) => s.name.startsWith('Xếp') || s.name.startsWith('xếp'))).toHaveLength(2);
    expect(wb.sheets.find((s) => s.name === 'xếp hạng')!.values).toEqual([['my own notes']]);
  });

  it('does not delete a sheet named in a stale `replaces` when the mark no longer points at it', async () => {
    const wb = MemoryWorkbook.fromPlans(planSample());
    await runOnce(wb);
    const plans = planOutputs(wb.snapshot(), evaluate(wb.snapshot()), { today: TODAY });
    // the user deletes the tool's ranking and makes their own sheet of that name before the write lands
    wb.remove('Xếp hạng');
    wb.insert({ name: 'Xếp hạng', values: [['user']] });
    const names = await createMemoryPort(wb).writePlans(plans);
    expect(names[0]).toBe('Xếp hạng (2)');
    expect(wb.find('Xếp hạng')!.values).toEqual([['user']]);
  });

  it('keeps text that looks like a formula as text', async () => {
    const wb = new MemoryWorkbook();
    await createMemoryPort(wb).createTemplate([{ role: 'unit', name: 'A', values: [['=1+1', '+84', { formula: 'SUM(1,2)', result: 3 }]], styles: [], merges: [], columnWidths: [] }]);
    expect(wb.find('A')!.values[0]).toEqual(['=1+1', '+84', 3]);
    expect(wb.find('A')!.types![0]).toEqual(['string', 'string', 'number']);
  });

  it('creates a template and refuses, with a localized message and nothing written, when a name is taken', async () => {
    const wb = new MemoryWorkbook({ sheets: [{ name: 'Bắc Giang', values: [['x']] }] });
    const vi = createMemoryPort(wb);
    const en = createMemoryPort(wb, { lang: 'en' });
    const plans = planTemplate({ units: ['Bắc Giang', 'Lạng Sơn'], year: 2024 });
    await expect(vi.createTemplate(plans)).rejects.toThrow('Bảng tính đã có trang “Bắc Giang”.');
    await expect(en.createTemplate(plans)).rejects.toThrow('The workbook already has the sheet(s) “Bắc Giang”.');
    await expect(vi.createTemplate(plans)).rejects.toBeInstanceOf(WorkbookError);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Bắc Giang']);

    const fresh = new MemoryWorkbook();
    const created = await createMemoryPort(fresh).createTemplate(plans);
    expect(created).toEqual(plans.map((p) => p.name));
    expect(fresh.sheets.map((s) => s.name)).toEqual(plans.map((p) => p.name));
  });

  it('selects a cell (A1 when none) and refuses a sheet that is not there', async () => {
    const wb = MemoryWorkbook.fromPlans(planSample());
    const port = createMemoryPort(wb);
    await port.select('lai châu', 'E7');
    expect(wb.selection).toEqual({ sheet: 'Lai Châu', cell: 'E7' });
    expect(wb.active).toBe('Lai Châu');
    await port.select('Cấu hình', null);
    expect(wb.selection).toEqual({ sheet: 'Cấu hình', cell: 'A1' });
    await expect(port.select('Nowhere', 'A1')).rejects.toThrow('Không tìm thấy trang “Nowhere”');
  });

  it('lets a test hold or fail an operation', async () => {
    const wb = new MemoryWorkbook();
    const port = createMemoryPort(wb, {
      before: (op) => {
        if (op === 'read') throw new Error('host gone');
      },
    });
    await expect(port.readSnapshot()).rejects.toThrow('host gone');
  });
});
