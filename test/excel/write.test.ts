/** writePlans over the fake Excel: one sync, only the tool's own sheets replaced, text stays text. */
import { evaluate, planOutputs, planSample, snapshotFromPlans } from '../../src/core';
import type { SheetPlan, Snapshot } from '../../src/core/types';
import { FakeWorkbook } from '../fakes/excel';
import { normalize, setup, sheetState, type Setup } from './helpers';

const TODAY = 43802; // 03/12/2019

async function generate(s: Setup): Promise<{ plans: SheetPlan[]; written: string[]; syncs: number }> {
  const snapshot = await s.port.readSnapshot();
  const evaluation = evaluate(snapshot);
  expect(evaluation.blocked).toBe(false);
  const plans = planOutputs(snapshot, evaluation, { today: TODAY });
  let written: string[] = [];
  const syncs = await s.excel.syncsDuring(async () => {
    written = await s.port.writePlans(plans);
  });
  return { plans, written, syncs };
}

const sample = (): Snapshot => snapshotFromPlans(planSample());

describe('writePlans', () => {
  test('writes the ranking and the nominations in one sync, leaving every other sheet as it was', async () => {
    const s = setup(sample());
    const before = s.wb.sheets.map((x) => sheetState(s.wb, x.name));
    const { plans, written, syncs } = await generate(s);
    expect(syncs).toBe(1);
    expect(written).toEqual(['Xếp hạng', 'Đề nghị khen thưởng']);
    expect(s.wb.sheets.slice(0, before.length).map((x) => sheetState(s.wb, x.name))).toEqual(before);
    // What was written reads back as the plans describe it (formulas by their results).
    const back = normalize(s.wb.snapshot()).filter((x) => written.includes(x.name));
    expect(back).toEqual(normalize(snapshotFromPlans(plans)));
    // Calculation and screen updating were suspended in that very sync.
    const sync = s.excel.stats.syncs; // the log names the sync a call was sent with
    expect(s.wb.log).toEqual(expect.arrayContaining([`sync${sync}:suspendApiCalculation`, `sync${sync}:suspendScreenUpdating`]));
  });

  test('the report’s figures land in the ranking: three units exceeded, Lạng Sơn first', async () => {
    const s = setup(sample());
    await generate(s);
    const grid = s.wb.grid('Xếp hạng');
    const text = grid.flat().filter((v) => typeof v === 'string').join(' | ');
    expect(text).toContain('Lạng Sơn');
    expect(text).toContain('03/14 đơn vị vượt chỉ tiêu');
    const nominations = s.wb.grid('Đề nghị khen thưởng').flat().join(' | ');
    expect(nominations).toContain('Phát hiện 03 vụ án (đạt 150%), 03 vụ việc (đạt 100%)');
  });

  test('formats, merges, widths, freeze, data bar, print setup and tab colour are applied', async () => {
    const s = setup(sample());
    const { plans } = await generate(s);
    const ranking = plans[0];
    const ws = s.wb.sheet('Xếp hạng');
    expect(ws.merges.length).toBe(ranking.merges.length);
    expect(ws.columnWidths.get(0)).toBeCloseTo((ranking.columnWidths[0] * 7 + 5) * 0.75, 2);
    expect(ws.freeze).toEqual(ranking.freeze);
    expect(ws.conditionalFormats).toEqual(
      (ranking.dataBars ?? []).map((b) => expect.objectContaining({ type: 'DataBar', dataBar: { positiveFormat: { fillColor: b.color } } })),
    );
    expect(ws.conditionalFormats.length).toBeGreaterThan(0);
    expect(ws.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, centerHorizontally: true, leftMargin: ranking.print!.margins!.left * 72 });
    expect(ws.pageLayout.printTitleRows).toBe(`$${ranking.print!.titleRows!.split(':')[0]}:$${ranking.print!.titleRows!.split(':')[1]}`);
    expect(ws.tabColor).toBe(ranking.tabColor);
    const header = ranking.styles.find((st) => st.fill && st.border)!;
    const cell = ws.at(header.range.split(':')[0])!;
    expect(cell.format).toMatchObject({ bold: true, fill: header.fill, horizontal: 'Center' });
    expect(cell.format!.borders!.EdgeTop).toEqual({ style: 'Continuous', weight: 'Thin', color: '#000000' });
    const pct = ranking.styles.find((st) => st.numberFormat?.includes('%'))!;
    expect(ws.at(pct.range.split(':')[0])!.numberFormat).toBe(pct.numberFormat);
  });

  test('the documents as the .xlsx door writes them: Times New Roman, sizes, margins, print area, page numbers from page 2', async () => {
    const s = setup(sample());
    const { plans } = await generate(s);
    for (const plan of plans) {
      const ws = s.wb.sheet(plan.name);
      // every written cell in the documents' font, at the plan's size
      plan.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === '') return;
          const cell = ws.get(r, c)!;
          expect({ r, c, font: cell.format?.name }).toEqual({ r, c, font: 'Times New Roman' });
          expect(cell.format?.size).toBeGreaterThanOrEqual(9);
        }),
      );
      const p = plan.print!;
      expect(ws.pageLayout).toMatchObject({
        paperSize: 'A4',
        topMargin: p.margins!.top * 72,
        bottomMargin: p.margins!.bottom * 72,
        leftMargin: p.margins!.left * 72,
        rightMargin: p.margins!.right * 72,
        headerMargin: p.margins!.header! * 72,
        printArea: p.area,
      });
      expect(Math.round((ws.pageLayout.leftMargin / 72) * 25.4)).toBe(30);
      expect(ws.pageLayout.headersFooters.state).toBe('FirstAndDefault');
      expect(ws.pageLayout.headersFooters.defaultForAllPages.centerHeader).toBe('&"Times New Roman,Regular"&13&P');
      expect(ws.pageLayout.headersFooters.firstPage.centerHeader).toBe('');
    }
    const list = s.wb.sheet('Đề nghị khen thưởng');
    const issuer = list.at('A2')!;
    expect([issuer.value, issuer.format]).toEqual(['BAN NỘI CHÍNH', expect.objectContaining({ name: 'Times New Roman', bold: true, size: 13, wrap: true })]);
    expect(list.at('C1')!.format).toMatchObject({ bold: true, underline: 'Single', size: 14 });
    // the row of a wrapped header line is as tall as the plan computed
    const [, listPlan] = plans;
    for (const [row, h] of Object.entries(listPlan.rowHeights!)) expect(list.rowHeights.get(Number(row) - 1)).toBe(h);
  });

  test('the marks are hidden workbook names on the new sheets', async () => {
    const s = setup(sample());
    await generate(s);
    expect(s.wb.marks()).toEqual({ ranking: 'Xếp hạng', nominations: 'Đề nghị khen thưởng' });
    expect(s.wb.names.map((n) => [n.name, n.visible, s.wb.nameFormula(n)])).toEqual([
      ['ThiDua_XepHang', false, "='Xếp hạng'!$A$1"],
      ['ThiDua_DeNghi', false, "='Đề nghị khen thưởng'!$A$1"],
    ]);
  });

  test('a re-run replaces the tool’s own sheets in place, in one sync', async () => {
    const s = setup(sample());
    await generate(s);
    // the user moves a unit sheet to the end and renames the ranking: it is still the tool's
    s.wb.sheets.push(s.wb.sheets.splice(1, 1)[0]);
    s.wb.sheet('Xếp hạng').name = 'BXH 2019';
    const order = s.wb.sheets.map((x) => x.name);
    const second = await generate(s);
    expect(second.syncs).toBe(1);
    expect(second.written).toEqual(['BXH 2019', 'Đề nghị khen thưởng']);
    expect(s.wb.sheets.map((x) => x.name)).toEqual(order);
    expect(s.wb.marks()).toEqual({ ranking: 'BXH 2019', nominations: 'Đề nghị khen thưởng' });
    expect(s.wb.names).toHaveLength(2);
  });

  test('a user’s sheet with the output’s name is never touched: the output takes the next free name', async () => {
    const snap = sample();
    snap.sheets.push({ name: 'Xếp hạng', values: [['Bảng của tôi']] });
    const s = setup(snap);
    const mine = sheetState(s.wb, 'Xếp hạng');
    const { written } = await generate(s);
    expect(written[0]).toBe('Xếp hạng (2)');
    expect(sheetState(s.wb, 'Xếp hạng')).toEqual(mine);
  });

  test('the adapter checks names again: a stale plan never overwrites or deletes a user’s sheet', async () => {
    const s = setup(sample());
    await s.port.readSnapshot();
    const plan: SheetPlan = { role: 'ranking', name: 'XẾP HẠNG', replaces: 'Bắc Giang', values: [['x']], styles: [], merges: [], columnWidths: [] };
    // a sheet the user added after the plan was made, and seen by the last read
    s.wb.addSheet('xếp hạng');
    await s.port.readSnapshot();
    const unit = sheetState(s.wb, 'Bắc Giang');
    const written = await s.port.writePlans([plan]);
    expect(written).toEqual(['XẾP HẠNG (2)']);
    expect(sheetState(s.wb, 'Bắc Giang')).toEqual(unit);
    expect(s.wb.findSheet('xếp hạng')).toBeDefined();
  });

  test('literal text stays text, whatever it starts with', async () => {
    const s = setup({ sheets: [{ name: 'Bắc Giang', values: [['x']] }] });
    await s.port.readSnapshot();
    const literals = ['=SUM(A1:A2)', '+84 912 345 678', '-5', '- ghi chú', '@Ban Nội chính', '03', '1/2/2019', 'TRUE', '#N/A', '50%', '2019-11-30'];
    const plan: SheetPlan = { role: 'ranking', name: 'Xếp hạng', values: [literals, [{ formula: 'THIDUA.ATTAINMENT(B3,A3)', result: 1.5 }], [2, 3]], styles: [], merges: [], columnWidths: [] };
    await s.port.writePlans([plan]);
    const ws = s.wb.sheet('Xếp hạng');
    literals.forEach((text, c) => {
      const cell = ws.get(0, c)!;
      expect({ text, type: cell.type, value: cell.value, formula: cell.formula }).toEqual({ text, type: 'String', value: text, formula: undefined });
    });
    // the tool's own formula is written as Excel types it, and computes
    expect(ws.get(1, 0)).toMatchObject({ formula: '=THIDUA.ATTAINMENT(B3,A3)', value: 1.5, type: 'Double' });
  });

  test('500 sheets: writing both outputs is still one sync', async () => {
    const snap = sample();
    for (let i = 0; i < 485; i++) snap.sheets.push({ name: `Phụ lục ${i + 1}`, values: [['Ghi chú', i]] });
    expect(snap.sheets).toHaveLength(500);
    const s = setup(snap);
    const { syncs, written } = await generate(s);
    expect(syncs).toBe(1);
    expect(written).toHaveLength(2);
    expect(s.wb.sheets).toHaveLength(502);
  });

  test('without a read first, the sheet list costs one more sync', async () => {
    const s = setup(sample());
    const plan: SheetPlan = { role: 'nominations', name: 'Đề nghị khen thưởng', values: [['x']], styles: [], merges: [], columnWidths: [] };
    const syncs = await s.excel.syncsDuring(() => s.port.writePlans([plan]));
    expect(syncs).toBe(2);
    expect(s.wb.sheet('Đề nghị khen thưởng').get(0, 0)?.value).toBe('x');
  });
});

describe('fresh workbook objects', () => {
  test('FakeWorkbook seeds marks from a snapshot so a re-run in a saved file replaces its sheets', async () => {
    const first = setup(sample());
    await generate(first);
    const reopened = setup(FakeWorkbook.fromSnapshot(first.wb.snapshot()));
    const { written } = await generate(reopened);
    expect(written).toEqual(['Xếp hạng', 'Đề nghị khen thưởng']);
    expect(reopened.wb.sheets.filter((x) => /Xếp hạng|Đề nghị/.test(x.name))).toHaveLength(2);
  });
});
