/**
 * One contract, three workbook ports (memory, the Office.js adapter over the fake Excel, the .xlsx door):
 * the same scenarios, the same outcomes. Read the workbook; write both generated sheets; run again (only
 * the tool's own sheets replaced); a user's sheet with an output's name (never touched, the output takes
 * the next free name); a template refused over an existing sheet (nothing written); long names (31
 * characters pass, 32 do not); Excel's reserved `History`. After the same steps, the three read alike.
 */
import { evaluate, planOutputs, planSample, planTemplate, snapshotFromPlans } from '../../src/core';
import type { SheetPlan, Snapshot } from '../../src/core/types';
import { normalize } from '../excel/helpers';
import { PORTS, type ContractPort } from './ports';

const TODAY = 43802; // 03/12/2019

async function run(port: ContractPort): Promise<{ plans: SheetPlan[]; written: string[] }> {
  const snapshot = await port.readSnapshot();
  const evaluation = evaluate(snapshot);
  expect(evaluation.blocked).toBe(false);
  const plans = planOutputs(snapshot, evaluation, { today: TODAY });
  return { plans, written: await port.writePlans(plans) };
}

async function refusal(port: ContractPort, action: Promise<unknown>): Promise<string | null> {
  return action.then(
    () => null,
    (e: unknown) => port.refusal(e) ?? `unexpected: ${String(e)}`,
  );
}

const names = (s: Snapshot) => s.sheets.map((x) => x.name);
const sheet = (s: Snapshot, name: string) => normalize({ sheets: s.sheets.filter((x) => x.name === name) })[0];
const userSheet: SheetPlan = { role: 'unit', name: 'Xếp hạng', values: [['Bảng xếp hạng của tôi'], ['Không được ghi đè']], styles: [], merges: [], columnWidths: [] };

/** What each port ended with, per scenario, to compare the three at the end. */
const finals = new Map<string, Map<string, unknown>>();
const remember = (scenario: string, kind: string, snapshot: Snapshot) => {
  if (!finals.has(scenario)) finals.set(scenario, new Map());
  finals.get(scenario)!.set(kind, { marks: snapshot.marks ?? {}, sheets: normalize(snapshot) });
};

describe.each(PORTS)('the %s port', (_kind, open) => {
  test('reads the workbook as the snapshot of the sheets it holds', async () => {
    const start = planSample();
    const port = await open(start);
    const snapshot = await port.readSnapshot();
    expect(names(snapshot)).toEqual(start.map((p) => p.name));
    expect(normalize(snapshot)).toEqual(normalize(snapshotFromPlans(start)));
    expect(snapshot.marks ?? {}).toEqual({});
  });

  test('writes both generated sheets, marked, after the unit sheets, which stay as they were', async () => {
    const start = planSample();
    const port = await open(start);
    const before = normalize(await port.readSnapshot());
    const { plans, written } = await run(port);
    expect(written).toEqual(['Xếp hạng', 'Đề nghị khen thưởng']);
    const after = await port.readSnapshot();
    expect(names(after)).toEqual([...start.map((p) => p.name), 'Xếp hạng', 'Đề nghị khen thưởng']);
    expect(after.marks).toEqual({ ranking: 'Xếp hạng', nominations: 'Đề nghị khen thưởng' });
    expect(normalize(after).slice(0, start.length)).toEqual(before);
    expect(sheet(after, 'Xếp hạng')).toEqual(normalize(snapshotFromPlans([plans[0]]))[0]);
    expect(sheet(after, 'Đề nghị khen thưởng')).toEqual(normalize(snapshotFromPlans([plans[1]]))[0]);
    remember('write', port.kind, after);
  });

  test('a re-run replaces only the tool’s own sheets, in place: no “(2)”', async () => {
    const port = await open(planSample());
    await run(port);
    const first = await port.readSnapshot();
    const { plans, written } = await run(port);
    expect(plans.map((p) => p.replaces)).toEqual(['Xếp hạng', 'Đề nghị khen thưởng']);
    expect(written).toEqual(['Xếp hạng', 'Đề nghị khen thưởng']);
    const second = await port.readSnapshot();
    expect(names(second)).toEqual(names(first));
    expect(normalize(second)).toEqual(normalize(first));
    expect(second.marks).toEqual(first.marks);
    remember('rerun', port.kind, second);
  });

  test('a user’s sheet with the output’s name is never touched: the output goes to “Xếp hạng (2)”, run after run', async () => {
    const port = await open([...planSample(), userSheet]);
    const mine = sheet(await port.readSnapshot(), 'Xếp hạng');
    for (let i = 0; i < 2; i++) {
      const { written } = await run(port);
      expect(written).toEqual(['Xếp hạng (2)', 'Đề nghị khen thưởng']);
      const after = await port.readSnapshot();
      expect(sheet(after, 'Xếp hạng')).toEqual(mine);
      expect(after.marks).toEqual({ ranking: 'Xếp hạng (2)', nominations: 'Đề nghị khen thưởng' });
      expect(names(after).filter((n) => n.startsWith('Xếp hạng'))).toEqual(['Xếp hạng', 'Xếp hạng (2)']);
    }
    remember('user sheet', port.kind, await port.readSnapshot());
  });

  test('a template over an existing sheet is refused, and nothing is written', async () => {
    const port = await open(planSample());
    const before = await port.readSnapshot();
    const template = planTemplate({ units: ['Quảng Ninh', 'bắc giang'], year: 2024 }).filter((p) => p.role === 'unit');
    expect(await refusal(port, port.createTemplate(template))).toBe('sheetExists');
    expect(normalize(await port.readSnapshot())).toEqual(normalize(before));
    // the same template without the taken name goes through
    expect(await port.createTemplate(template.slice(0, 1))).toEqual(['Quảng Ninh']);
    expect(names(await port.readSnapshot())).toEqual([...names(before), 'Quảng Ninh']);
  });

  test('long names: 31 characters are written and read back exactly; 32 are refused', async () => {
    const long = 'Ban Nội chính Tỉnh ủy Bà Rịa VT'; // 31
    expect(long).toHaveLength(31);
    const port = await open(planSample());
    const [unit] = planTemplate({ units: [long], year: 2024 }).filter((p) => p.role === 'unit');
    expect(await port.createTemplate([unit])).toEqual([long]);
    expect(names(await port.readSnapshot())).toContain(long);
    const before = await port.readSnapshot();
    expect(await refusal(port, port.createTemplate([{ ...unit, name: `${long}x` }]))).toBe('badSheetName');
    expect(await refusal(port, port.writePlans([{ ...unit, role: 'ranking', name: `${long}x` }]))).toBe('badSheetName');
    expect(normalize(await port.readSnapshot())).toEqual(normalize(before));
    remember('long', port.kind, before);
  });

  test('writeCells (an import, WORKBOOK.md §6): numbers into unit sheets’ cells, nothing else changes; a missing sheet writes nothing', async () => {
    const port = await open(planSample());
    const before = await port.readSnapshot();
    const edits = [
      { sheet: 'Bắc Kạn', cell: 'F7', value: 3 },
      { sheet: 'Bắc Kạn', cell: 'F8', value: 0 },
      { sheet: 'Yên Bái', cell: 'E7', value: 12 },
    ];
    expect(await port.writeCells(edits)).toBe(3);
    const after = await port.readSnapshot();
    const expected = normalize(before).map((sh) => ({ ...sh, values: sh.values.map((row) => [...row]) }));
    for (const e of edits) {
      const sh = expected.find((x) => x.name === e.sheet)!;
      const [row, col] = [Number(e.cell.slice(1)) - 1, e.cell.charCodeAt(0) - 65];
      sh.values[row][col] = e.value;
    }
    // the attainment formulas next to the cells compute anew where there is a calculating host; compare the counts
    const counts = (x: ReturnType<typeof normalize>) => x.map((sh) => ({ name: sh.name, values: sh.values.map((row) => row.slice(0, 6)) }));
    expect(counts(normalize(after))).toEqual(counts(expected));
    expect(names(after)).toEqual(names(before));
    await expect(port.writeCells([{ sheet: 'Bắc Kạn', cell: 'F7', value: 9 }, { sheet: 'Quảng Ninh', cell: 'F7', value: 1 }])).rejects.toBeTruthy();
    expect(counts(normalize(await port.readSnapshot()))).toEqual(counts(normalize(after)));
    remember('cells', port.kind, { ...after, sheets: after.sheets.map((sh) => ({ ...sh, values: sh.values.map((row) => row.slice(0, 6)), types: undefined })) });
  });

  test('`History` (reserved by Excel) is refused in any case, for a template and for an output', async () => {
    const port = await open(planSample());
    const before = await port.readSnapshot();
    const [unit] = planTemplate({ units: ['History'], year: 2024 }).filter((p) => p.role === 'unit');
    expect(await refusal(port, port.createTemplate([unit]))).toBe('badSheetName');
    expect(await refusal(port, port.createTemplate([{ ...unit, name: 'HISTORY' }]))).toBe('badSheetName');
    expect(await refusal(port, port.writePlans([{ ...unit, role: 'nominations', name: 'history' }]))).toBe('badSheetName');
    expect(normalize(await port.readSnapshot())).toEqual(normalize(before));
  });
});

test('after the same steps, the three ports hold the same workbook', () => {
  for (const [scenario, byPort] of finals) {
    expect([scenario, [...byPort.keys()].sort()]).toEqual([scenario, ['excel', 'memory', 'xlsx']]);
    const [first, ...rest] = [...byPort.values()];
    for (const other of rest) expect(other).toEqual(first);
  }
  expect([...finals.keys()].sort()).toEqual(['cells', 'long', 'rerun', 'user sheet', 'write']);
});
