/** createTemplate: new sheets only, refused (nothing written) when any planned name exists. */
import { planSample, planTemplate, snapshotFromPlans } from '../../src/core';
import { readSnapshot as readXlsx, writeNewWorkbook } from '../../src/xlsx';
import { PortError } from '../../src/excel';
import { FakeWorkbook } from '../fakes/excel';
import { normalize, setup, sheetState } from './helpers';

describe('createTemplate', () => {
  test('adds the sheets after the existing ones, shows the first, in 2 syncs (names, then write)', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Sheet1');
    const s = setup(wb);
    const plans = planTemplate({ units: ['Hà Giang', 'Cao Bằng'], year: 2024 });
    let names: string[] = [];
    const syncs = await s.excel.syncsDuring(async () => {
      names = await s.port.createTemplate(plans);
    });
    expect(syncs).toBe(2);
    expect(names).toEqual(plans.map((p) => p.name));
    expect(s.wb.sheets.map((x) => x.name)).toEqual(['Sheet1', ...names]);
    expect(s.wb.activeSheet?.name).toBe(plans[0].name);
    // the unit sheet's counts accept whole numbers only, with the template's prompt and message
    const unit = s.wb.sheet('Hà Giang');
    const v = plans[1].validations![0];
    expect(unit.validations).toEqual([
      expect.objectContaining({ rule: { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } }, errorAlert: expect.objectContaining({ message: v.error, showAlert: true, style: 'Stop' }) }),
    ]);
    // the attainment formula calls the add-in's function as typed in Excel, with the plain fallback around
    // it, and shows blank (not #N/A) until the counts are typed
    const formulaCell = [...unit.cells.values()].find((c) => c.formula);
    expect(formulaCell).toMatchObject({ formula: '=IFERROR(THIDUA.ATTAINMENT(F7,E7),IF(OR(E7="",F7=""),"",F7/E7))', type: 'String', value: '' });
  });

  test.each([
    ['with the add-in (THIDUA.ATTAINMENT)', true],
    ['without the add-in (#NAME? caught, result ÷ target)', false],
  ])('the attainment cells compute %s; blank counts show blank, a target of 0 shows #DIV/0!', async (_label, addIn) => {
    const wb = new FakeWorkbook();
    wb.addSheet('Sheet1');
    const s = setup(wb);
    if (!addIn) wb.functions = {};
    await s.port.createTemplate(planTemplate({ units: ['Hà Giang'] }));
    const sheet = wb.sheet('Hà Giang');
    const type = (row: number, values: unknown[]) => values.forEach((v, i) => wb.write(sheet, row, 4 + i, v));
    type(6, [2, 3]);
    type(7, ['', 1]);
    wb.recalc();
    expect(sheet.get(6, 6)).toMatchObject({ value: 1.5, type: 'Double' });
    expect(sheet.get(7, 6)).toMatchObject({ value: '', type: 'String' });
    type(7, ['03', 3]);
    type(6, [0, 1]);
    wb.recalc();
    expect(sheet.get(7, 6)).toMatchObject({ value: 1, type: 'Double' });
    expect(sheet.get(6, 6)).toMatchObject({ value: '#DIV/0!', type: 'Error' });
  });

  test('refuses when a planned name exists in another case or Unicode form, and writes nothing', async () => {
    const nfd = 'Cao Bằng'.normalize('NFD');
    const s = setup({ sheets: [{ name: 'hà giang', values: [['của tôi']] }, { name: nfd, values: [] }] });
    const before = s.wb.sheets.map((x) => sheetState(s.wb, x.name));
    const plans = planTemplate({ units: ['Hà Giang', 'Cao Bằng', 'Lào Cai'] });
    const error = await s.port.createTemplate(plans).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PortError);
    expect(error).toMatchObject({ code: 'SHEETS_EXIST', sheets: ['hà giang', nfd] });
    expect((error as PortError).message).toContain('“hà giang”');
    expect((error as PortError).messages.en).toMatch(/^The workbook already has the sheet\(s\)/);
    expect(s.wb.sheets.map((x) => sheetState(s.wb, x.name))).toEqual(before);
  });

  test('the sample created in Excel reads back as the same snapshot as the .xlsx written by the command line', async () => {
    const plans = planSample();
    const wb = new FakeWorkbook();
    wb.addSheet('Sheet1');
    const s = setup(wb);
    await s.port.createTemplate(plans);
    const inExcel = normalize(await s.port.readSnapshot()).filter((x) => x.name !== 'Sheet1');
    const fromFile = normalize((await readXlsx(await writeNewWorkbook(plans))).snapshot);
    expect(inExcel).toEqual(normalize(snapshotFromPlans(plans)));
    expect(inExcel).toEqual(fromFile);
  });
});

describe('createBallots (its own action, not the template)', () => {
  test('adds the ballots sheet in 2 syncs; refused over an existing one', async () => {
    const { evaluate, planBallots } = await import('../../src/core');
    const plans = planSample();
    const wb = new FakeWorkbook();
    const s = setup(wb);
    await s.port.createTemplate(plans);
    const snap = await s.port.readSnapshot();
    const plan = planBallots(snap, evaluate(snap))!;
    let name = '';
    const syncs = await s.excel.syncsDuring(async () => {
      name = await s.port.createBallots(plan);
    });
    expect(syncs).toBe(2);
    expect(name).toBe('Phiếu bầu');
    expect(s.wb.sheets.at(-1)!.name).toBe('Phiếu bầu');
    const back = evaluate(await s.port.readSnapshot());
    expect(back.ballots).toMatchObject({ form: 'anonymous', entered: false });
    await expect(s.port.createBallots(plan)).rejects.toMatchObject({ code: 'SHEETS_EXIST' });
  });
});
