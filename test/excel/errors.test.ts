/** Excel's refusals become PortErrors with a message in both languages saying what to do. */
import { planSample, snapshotFromPlans } from '../../src/core';
import type { SheetPlan } from '../../src/core/types';
import { PortError, toPortError } from '../../src/excel';
import { EXCEL_TEXT } from '../../src/i18n/excel';
import { FakeOfficeError } from '../fakes/excel';
import { setup, sheetState } from './helpers';

const plan = (name: string): SheetPlan => ({ role: 'ranking', name, values: [['x']], styles: [], merges: [], columnWidths: [] });

describe('error mapping', () => {
  test.each([
    ['ItemNotFound', 'ITEM_MISSING'],
    ['ItemAlreadyExists', 'NAME_TAKEN'],
    ['InvalidOperationInCellEditMode', 'CELL_EDIT_MODE'],
    ['RequestPayloadSizeLimitExceeded', 'PAYLOAD_TOO_LARGE'],
    ['ResponsePayloadSizeLimitExceeded', 'PAYLOAD_TOO_LARGE'],
    ['RangeExceedsLimit', 'PAYLOAD_TOO_LARGE'],
    ['AccessDenied', 'PROTECTED'],
    ['InvalidOperation', 'INVALID_OPERATION'],
    ['ApiNotFound', 'UNSUPPORTED'],
    ['GeneralException', 'GENERAL'],
  ])('%s → %s', (officeCode, code) => {
    const e = toPortError(new FakeOfficeError(officeCode, 'raw host text'), 'vi');
    expect(e).toMatchObject({ code, officeCode, message: EXCEL_TEXT.vi[code as keyof typeof EXCEL_TEXT.vi] });
    expect(e.messages.en).toBe(EXCEL_TEXT.en[code as keyof typeof EXCEL_TEXT.en]);
  });

  test('an unknown error keeps its first line, never a stack', () => {
    const e = toPortError(new Error('Something odd\n    at foo (bar.js:1:1)'), 'en');
    expect(e).toMatchObject({ code: 'UNKNOWN', officeCode: null });
    expect(e.message).toBe('Excel reported an error: Something odd. Try again; if it happens again, save the workbook and reopen it.');
  });

  test('messages exist in both languages with the same placeholders', () => {
    const keys = Object.keys(EXCEL_TEXT.vi).sort();
    expect(Object.keys(EXCEL_TEXT.en).sort()).toEqual(keys);
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const k of keys) expect(holes(EXCEL_TEXT.en[k as keyof typeof EXCEL_TEXT.en])).toEqual(holes(EXCEL_TEXT.vi[k as keyof typeof EXCEL_TEXT.vi]));
  });
});

describe('the port under failures', () => {
  test('cell edit mode: read and write fail with what to do, in the chosen language', async () => {
    let lang: 'vi' | 'en' = 'vi';
    const s = setup(snapshotFromPlans(planSample()), { port: { lang: () => lang } });
    await s.port.readSnapshot();
    s.wb.flags.cellEditMode = true;
    await expect(s.port.readSnapshot()).rejects.toMatchObject({ code: 'CELL_EDIT_MODE', message: expect.stringContaining('Enter hoặc Esc') });
    lang = 'en';
    await expect(s.port.writePlans([plan('Xếp hạng')])).rejects.toMatchObject({ code: 'CELL_EDIT_MODE', message: expect.stringContaining('Press Enter or Esc') });
    s.wb.flags.cellEditMode = false;
    expect(s.wb.findSheet('Xếp hạng')).toBeUndefined();
  });

  test('a protected workbook: nothing is deleted or added, the user is told to unprotect', async () => {
    const s = setup(snapshotFromPlans(planSample()));
    await s.port.readSnapshot();
    await s.port.writePlans([plan('Xếp hạng')]);
    await s.port.readSnapshot();
    s.wb.flags.protectedStructure = true;
    const before = s.wb.sheets.map((x) => sheetState(s.wb, x.name));
    const error = await s.port.writePlans([plan('Xếp hạng')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect(error).toMatchObject({ code: 'PROTECTED', officeCode: 'AccessDenied' });
    expect(s.wb.sheets.map((x) => sheetState(s.wb, x.name))).toEqual(before);
  });

  test('a read-only document refuses the template', async () => {
    const s = setup({ sheets: [{ name: 'Sheet1', values: [] }] });
    s.wb.flags.readOnly = true;
    await expect(s.port.createTemplate([plan('Cấu hình')])).rejects.toMatchObject({ code: 'PROTECTED' });
    expect(s.wb.sheets.map((x) => x.name)).toEqual(['Sheet1']);
  });

  test('a sheet added by the user after the read: Excel refuses the name, the user is told to read again', async () => {
    const s = setup({ sheets: [{ name: 'Bắc Giang', values: [['x']] }] });
    await s.port.readSnapshot();
    s.wb.addSheet('Xếp hạng');
    await expect(s.port.writePlans([plan('Xếp hạng')])).rejects.toMatchObject({ code: 'NAME_TAKEN', officeCode: 'ItemAlreadyExists' });
    // after reading again the adapter picks a free name
    await s.port.readSnapshot();
    await expect(s.port.writePlans([plan('Xếp hạng')])).resolves.toEqual(['Xếp hạng (2)']);
  });
});

describe('select', () => {
  test('activates the sheet and selects the cell in one sync', async () => {
    const s = setup(snapshotFromPlans(planSample()));
    const syncs = await s.excel.syncsDuring(() => s.port.select('lạng sơn', 'F8'));
    expect(syncs).toBe(1);
    expect(s.wb.activeSheet?.name).toBe('Lạng Sơn');
    expect(s.wb.selection).toEqual({ sheetId: s.wb.sheet('Lạng Sơn').id, area: { r0: 7, c0: 5, r1: 7, c1: 5 } });
    await s.port.select('Bắc Giang', null);
    expect(s.wb.selection?.area).toEqual({ r0: 0, c0: 0, r1: 0, c1: 0 });
  });

  test('a sheet that is gone: SHEET_MISSING naming it', async () => {
    const s = setup(snapshotFromPlans(planSample()));
    await expect(s.port.select('Hà Nội', 'A1')).rejects.toMatchObject({ code: 'SHEET_MISSING', sheets: ['Hà Nội'], message: expect.stringContaining('“Hà Nội”') });
  });
});
