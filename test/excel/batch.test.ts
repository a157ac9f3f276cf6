/**
 * Write batches sized by their serialized request (DESIGN.md §3): the fake Excel builds each request as
 * office.js does (test/fakes/excel/request.ts) and refuses one over 5 MB, as Excel on the web does. A write
 * that fits is one sync; a larger one is split, every request under the limit; a batch that fails halfway
 * (Excel keeps what ran before) leaves a marked sheet that the next run replaces.
 */
import { evaluate, planOutputs, planSample, snapshotFromPlans } from '../../src/core';
import type { SheetPlan, Snapshot } from '../../src/core/types';
import { measureQueued } from '../../src/excel/batch';
import { PortError } from '../../src/excel';
import { queueSheet } from '../../src/excel/sheet';
import { syntheticPlans } from '../../bench/synthetic';
import { WEB_PAYLOAD_LIMIT } from '../fakes/excel';
import { normalize, setup, type Setup } from './helpers';

const TODAY = 43802;
const NOTE = 'Đơn vị đã hoàn thành xuất sắc nhiệm vụ phát hiện, xử lý các vụ án tham nhũng, kinh tế, chức vụ; ';

/** Reads, evaluates and plans the outputs; `notes` repeats NOTE in every nominee's note cell (half as often in the ranking's). */
async function outputs(s: Setup, notes = 0): Promise<SheetPlan[]> {
  const snapshot = await s.port.readSnapshot();
  const evaluation = evaluate(snapshot);
  expect(evaluation.blocked).toBe(false);
  const plans = planOutputs(snapshot, evaluation, { today: TODAY });
  if (notes > 0) {
    // the nominations' Ghi chú column, and a note column after the ranking's last one
    for (const row of plans[1].values) if (typeof row[0] === 'number') row[4] = NOTE.repeat(notes);
    const ranking = plans[0];
    const width = Math.max(...ranking.values.map((r) => r.length));
    for (const row of ranking.values) if (typeof row[0] === 'number') row[width] = NOTE.repeat(notes / 2);
  }
  return plans;
}

function withEstimates(from: Snapshot): Setup & { estimates: number[] } {
  const estimates: number[] = [];
  const s = setup(from, { port: { onBatch: (e) => estimates.push(e) } });
  return { ...s, estimates };
}

const units500 = (): Snapshot => snapshotFromPlans(syntheticPlans(499));

async function write(s: Setup, plans: SheetPlan[]): Promise<{ syncs: number; requests: number[] }> {
  const before = s.excel.stats.requestBytes.length;
  const syncs = await s.excel.syncsDuring(() => s.port.writePlans(plans));
  return { syncs, requests: s.excel.stats.requestBytes.slice(before) };
}

describe('write requests as office.js serializes them', () => {
  test('the 2019 sample: one sync, the estimate above the real request and within 1.6× of it', async () => {
    const s = withEstimates(snapshotFromPlans(planSample()));
    const { syncs, requests } = await write(s, await outputs(s));
    expect(syncs).toBe(1);
    expect(s.estimates).toHaveLength(1);
    expect(s.estimates[0]).toBeGreaterThanOrEqual(requests[0]);
    expect(s.estimates[0]).toBeLessThanOrEqual(requests[0] * 1.6);
  });

  test('500 units: one sync; with notes that still fit (≈ 4.2 MB) still one sync', async () => {
    const s = withEstimates(units500());
    const plain = await write(s, await outputs(s));
    expect(plain.syncs).toBe(1);
    expect(s.estimates[0]).toBeGreaterThanOrEqual(plain.requests[0]);
    const noted = await write(s, await outputs(s, 60));
    expect(noted.syncs).toBe(1);
    expect(noted.requests[0]).toBeGreaterThan(4_000_000);
    expect(noted.requests[0]).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(s.estimates[1]).toBeGreaterThanOrEqual(noted.requests[0]);
    expect(s.excel.stats.refused).toBe(0);
  });

  test('500 units with long notes (≈ 10 MB): split into requests each under 5 MB, none refused, every cell written', async () => {
    const s = withEstimates(units500());
    const plans = await outputs(s, 150);
    const { syncs, requests } = await write(s, plans);
    expect(syncs).toBeGreaterThanOrEqual(3);
    expect(requests.reduce((n, b) => n + b, 0)).toBeGreaterThan(9_000_000);
    for (const bytes of requests) expect(bytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    s.estimates.forEach((e, i) => expect(e).toBeGreaterThanOrEqual(requests[i]));
    expect(s.excel.stats.refused).toBe(0);
    // as few requests as the limit allows: none of them small but the last
    for (const bytes of requests.slice(0, -1)) expect(bytes).toBeGreaterThan(WEB_PAYLOAD_LIMIT / 2);
    const written = normalize(s.wb.snapshot()).filter((x) => x.name === plans[0].name || x.name === plans[1].name);
    expect(written).toEqual(normalize(snapshotFromPlans(plans)));
    expect(s.wb.marks()).toEqual({ ranking: plans[0].name, nominations: plans[1].name });
    // calculation suspended in every one of those syncs
    expect(s.wb.log.filter((l) => l.endsWith('suspendApiCalculation'))).toHaveLength(syncs);
  });

  test('the recorder estimates what a sheet costs, with its slices, above what the fake measures', async () => {
    const plans = await outputs(setup(units500()), 150);
    for (const plan of plans) {
      const s = setup({ sheets: [{ name: 'A', values: [['x']] }] });
      await s.port.readSnapshot();
      const estimate = measureQueued((ws) => queueSheet(ws, plan));
      const before = s.excel.stats.requestBytes.length;
      await s.excel.run(async (context) => {
        queueSheet(context.workbook.worksheets.getItem('A') as unknown as Excel.Worksheet, plan);
        s.wb.flags.requestLimitBytes = null;
        await context.sync();
      });
      const measured = s.excel.stats.requestBytes[before];
      expect(estimate).toBeGreaterThanOrEqual(measured);
      expect(estimate).toBeLessThanOrEqual(measured * 1.3);
    }
  });
});

describe('a failed batch is not rolled back', () => {
  test('Excel fails while the ranking’s cells are written: the sheet is already marked, the next run replaces it', async () => {
    const s = setup(snapshotFromPlans(planSample()));
    const plans = await outputs(s);
    s.wb.flags.failOn = (action) => action.type === 'set' && action.name === 'formulas';
    await expect(s.port.writePlans(plans)).rejects.toBeInstanceOf(PortError);
    // what ran before the failure stays: the ranking sheet exists, marked, half written (no cells)
    expect(s.wb.findSheet('Xếp hạng')).toBeDefined();
    expect(s.wb.marks()).toEqual({ ranking: 'Xếp hạng' });
    expect(s.wb.grid('Xếp hạng')).toEqual([]);
    // the user clicks again
    const again = await outputs(s);
    expect(again.map((p) => [p.name, p.replaces])).toEqual([
      ['Xếp hạng', 'Xếp hạng'],
      ['Đề nghị khen thưởng', undefined],
    ]);
    expect(await s.port.writePlans(again)).toEqual(['Xếp hạng', 'Đề nghị khen thưởng']);
    expect(s.wb.sheets.map((x) => x.name).filter((n) => /Xếp hạng|Đề nghị/.test(n))).toEqual(['Xếp hạng', 'Đề nghị khen thưởng']);
    expect(s.wb.names).toHaveLength(2);
    expect(normalize(s.wb.snapshot()).filter((x) => x.name === 'Xếp hạng')).toEqual(normalize(snapshotFromPlans([again[0]])));
  });

  test('a split write that fails in its second request: the next run replaces both sheets, no “(2)”', async () => {
    const s = setup(units500(), { port: { writeBudget: 400_000 } });
    const plans = await outputs(s, 20);
    const first = s.excel.stats.syncs + 1;
    s.wb.flags.failOn = (_action, sync) => sync === first + 1;
    await expect(s.port.writePlans(plans)).rejects.toMatchObject({ code: 'GENERAL' });
    expect(s.wb.marks().ranking).toBe('Xếp hạng');
    for (let run = 0; run < 2; run++) {
      const again = await outputs(s, 20);
      const written = await s.port.writePlans(again);
      expect(written).toEqual(['Xếp hạng', 'Đề nghị khen thưởng']);
    }
    expect(s.wb.sheets).toHaveLength(502);
    expect(s.wb.sheets.filter((x) => / \(\d+\)$/.test(x.name))).toEqual([]);
  });

  test('the mark is queued right after its sheet, before any of its content', async () => {
    const s = setup(snapshotFromPlans(planSample()));
    const plans = await outputs(s);
    const seen: string[] = [];
    s.wb.flags.failOn = (action) => {
      seen.push(action.type === 'set' ? `set ${action.name}` : action.type === 'method' ? action.name : action.type);
      return false;
    };
    await s.port.writePlans(plans);
    const firstCells = seen.findIndex((a) => a === 'set numberFormat');
    // suspend calculation, suspend screen updating, add the sheet (instantiated), add the mark, hide it
    expect(seen.slice(0, firstCells)).toEqual(['suspendApiCalculationUntilNextSync', 'suspendScreenUpdatingUntilNextSync', 'instantiate', 'instantiate', 'set visible']);
  });
});

describe('Excel’s limits on what is written', () => {
  test('row heights are capped at 409 points (Excel refuses taller rows)', async () => {
    const s = setup({ sheets: [{ name: 'A', values: [['x']] }] });
    await s.port.readSnapshot();
    const plan: SheetPlan = { role: 'ranking', name: 'Xếp hạng', values: [['a'], [NOTE.repeat(40)]], styles: [], merges: [], columnWidths: [10], rowHeights: { 1: 30, 2: 1200 } };
    await s.port.writePlans([plan]);
    const ws = s.wb.sheet('Xếp hạng');
    expect([ws.rowHeights.get(0), ws.rowHeights.get(1)]).toEqual([30, 409]);
  });

  test.each([['History'], ['history'], ['Đề nghị khen thưởng của cụm thi đua số 1'], ['Xếp/hạng'], ["'Xếp hạng"], ['']])(
    'a plan named %p is refused before anything is sent',
    async (name) => {
      const s = setup(snapshotFromPlans(planSample()));
      await s.port.readSnapshot();
      const before = s.wb.sheets.length;
      const plan: SheetPlan = { role: 'ranking', name, values: [['x']], styles: [], merges: [], columnWidths: [] };
      const syncs = await s.excel.syncsDuring(async () => {
        await expect(s.port.writePlans([plan])).rejects.toMatchObject({ code: 'BAD_SHEET_NAME', sheets: [name] });
        await expect(s.port.createTemplate([{ ...plan, role: 'unit' }])).rejects.toMatchObject({ code: 'BAD_SHEET_NAME' });
      });
      expect(syncs).toBe(0);
      expect(s.wb.sheets).toHaveLength(before);
    },
  );
});

describe('a large template', () => {
  test('120 unit sheets over a small request budget: several syncs, every sheet made, the first one shown', async () => {
    const plans = syntheticPlans(119);
    const estimates: number[] = [];
    const s = setup({ sheets: [{ name: 'Sheet1', values: [] }] }, { port: { writeBudget: 60_000, onBatch: (e) => estimates.push(e) } });
    const before = s.excel.stats.requestBytes.length;
    const syncs = await s.excel.syncsDuring(() => s.port.createTemplate(plans));
    const requests = s.excel.stats.requestBytes.slice(before + 1); // after the sync that reads the names
    expect(syncs).toBe(1 + estimates.length);
    expect(estimates.length).toBeGreaterThan(3);
    requests.forEach((bytes, i) => expect(bytes).toBeLessThanOrEqual(estimates[i]));
    expect(Math.max(...estimates)).toBeLessThanOrEqual(60_000);
    expect(s.wb.sheets.map((x) => x.name)).toEqual(['Sheet1', ...plans.map((p) => p.name)]);
    expect(s.wb.activeSheet?.name).toBe(plans[0].name);
    expect(normalize(s.wb.snapshot()).slice(1)).toEqual(normalize(snapshotFromPlans(plans)));
  });
});
