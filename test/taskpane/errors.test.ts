import { PortError, toPortError } from '../../src/excel/errors';
import { WorkbookError } from '../../src/memory';
import { PortFailure } from '../../src/core';
import { errorText, isPortError } from '../../src/taskpane/errors';

describe('what the pane says about a failure', () => {
  it("shows the Office.js adapter's own message, in the language the pane speaks now", () => {
    const e = new PortError('SHEETS_EXIST', 'vi', { sheets: '“Bắc Giang”' }, null, ['Bắc Giang']);
    expect(isPortError(e)).toBe(true);
    expect(errorText(e, 'vi')).toContain('Bảng tính đã có trang “Bắc Giang”');
    expect(errorText(e, 'en')).toContain('The workbook already has the sheet(s) “Bắc Giang”');
    const protectedWb = toPortError({ code: 'AccessDenied', message: 'x' }, 'en');
    expect(errorText(protectedWb, 'vi')).toMatch(/bỏ bảo vệ/);
  });

  it("shows the memory port's message the same way, in the same words as the adapter's", () => {
    const mem = new WorkbookError('SHEET_MISSING', 'en', { sheet: 'Lai Châu' }, ['Lai Châu']);
    const excel = new PortError('SHEET_MISSING', 'en', { sheet: 'Lai Châu' });
    expect(isPortError(mem)).toBe(true);
    expect(errorText(mem, 'vi')).toBe(errorText(excel, 'vi'));
    expect(errorText(mem, 'en')).toBe(excel.message);
  });

  it('knows a port error by its class (core\'s PortFailure), not by its shape', () => {
    const lookalike = { code: 'SHEETS_EXIST', messages: { vi: 'giả', en: 'fake' }, message: 'Not a port error.' };
    expect(isPortError(lookalike)).toBe(false);
    expect(errorText(lookalike, 'en')).toBe('Not a port error.');
    expect(new WorkbookError('SHEETS_EXIST', 'vi', { sheets: 'A' }, ['A'])).toBeInstanceOf(PortFailure);
    expect(new PortError('SHEETS_EXIST', 'vi', { sheets: 'A' })).toBeInstanceOf(PortFailure);
  });

  it('keeps only the first line of any other error, never a stack, and has words for nothing at all', () => {
    const e = new Error('Không đọc được.\n    at foo (x.ts:1:1)');
    expect(isPortError(e)).toBe(false);
    expect(errorText(e, 'vi')).toBe('Không đọc được.');
    expect(errorText(undefined, 'vi')).toBe('Đã xảy ra lỗi không mong đợi.');
    expect(errorText({}, 'en')).toBe('Something unexpected went wrong.');
    expect(errorText('  ', 'en')).toBe('Something unexpected went wrong.');
  });
});
