/**
 * The host check (issue 12): outside Excel, or in an Excel without a set the add-in needs, the pane says
 * what is needed and links to the web page, instead of failing at the first workbook call.
 */
import { render, screen } from '@testing-library/react';
import { Boot } from '../../src/taskpane/Boot';
import { checkHost, REQUIRED_SETS, webPageUrl } from '../../src/taskpane/host';
import { startInOffice } from '../../src/taskpane/start';
import { HOST_TEXT } from '../../src/i18n/host';

/** isSetSupported of an Excel that has the given sets (name → highest version). */
const excelWith = (sets: Record<string, string>) => (set: string, version: string) => {
  const have = sets[set];
  if (!have) return false;
  const [a, b] = have.split('.').map(Number);
  const [c, d] = version.split('.').map(Number);
  return a > c || (a === c && b >= d);
};
const CURRENT = { SharedRuntime: '1.2', CustomFunctionsRuntime: '1.5', ExcelApi: '1.20' };

describe('checkHost', () => {
  it('accepts an Excel with every set (Microsoft 365 today)', () => {
    expect(checkHost({ host: 'Excel', isSetSupported: excelWith(CURRENT) })).toEqual({ ok: true });
  });
  it.each([
    ['Excel 2019 (ExcelApi 1.8, no custom functions, no shared runtime)', { ExcelApi: '1.8' }, ['SharedRuntime', 'CustomFunctionsRuntime', 'ExcelApi']],
    ['Excel 2016 (ExcelApi 1.1)', { ExcelApi: '1.1' }, ['SharedRuntime', 'CustomFunctionsRuntime', 'ExcelApi']],
    ['without CustomFunctionsRuntime 1.2 (1.1 only)', { ...CURRENT, CustomFunctionsRuntime: '1.1' }, ['CustomFunctionsRuntime']],
    ['without ExcelApi 1.9', { ...CURRENT, ExcelApi: '1.8' }, ['ExcelApi']],
    ['iPad (no custom functions, no shared runtime)', { ExcelApi: '1.20' }, ['SharedRuntime', 'CustomFunctionsRuntime']],
  ])('names what is missing: %s', (_label, sets, missing) => {
    const check = checkHost({ host: 'Excel', isSetSupported: excelWith(sets) });
    expect(check).toEqual({ ok: false, reason: 'tooOld', missing: REQUIRED_SETS.filter((s) => missing.includes(s.set)) });
  });
  it('treats an isSetSupported that throws, or none at all, as missing', () => {
    expect(checkHost({ host: 'Excel', isSetSupported: () => { throw new Error('x'); } })).toMatchObject({ reason: 'tooOld', missing: REQUIRED_SETS });
    expect(checkHost({ host: 'Excel', isSetSupported: null })).toMatchObject({ reason: 'tooOld', missing: REQUIRED_SETS });
  });
  it('a plain browser (no host) and another Office application are not Excel', () => {
    expect(checkHost({ host: null, isSetSupported: excelWith(CURRENT) })).toEqual({ ok: false, reason: 'notExcel', host: null });
    expect(checkHost({ host: 'Word', isSetSupported: excelWith(CURRENT) })).toEqual({ ok: false, reason: 'notExcel', host: 'Word' });
  });
  it('the web page is index.html beside the pane', () => {
    expect(webPageUrl('https://thidua.example.org/addin/taskpane.html?_host_Info=Excel')).toBe('https://thidua.example.org/addin/index.html');
  });
  it('has the same keys in Vietnamese and English', () => {
    expect(Object.keys(HOST_TEXT.en).sort()).toEqual(Object.keys(HOST_TEXT.vi).sort());
  });
});

/** A minimal office.js as the pane sees it: onReady's answer and the requirement check. */
const fakeOffice = (host: string | null, sets: Record<string, string>, displayLanguage?: string) => () => ({
  onReady: async () => ({ host, platform: host ? 'PC' : null }),
  context: host ? { displayLanguage, requirements: { isSetSupported: excelWith(sets) } } : {},
});

describe('the pane on a host that cannot run it', () => {
  it('an Excel without CustomFunctionsRuntime 1.2 and ExcelApi 1.9: says which version is needed and links to the web page', async () => {
    render(<Boot start={() => startInOffice(fakeOffice('Excel', { SharedRuntime: '1.1', CustomFunctionsRuntime: '1.1', ExcelApi: '1.8' }, 'vi-VN'))} lang="en" />);
    const bar = await screen.findByTestId('host-unsupported');
    expect(bar.getAttribute('data-reason')).toBe('tooOld');
    expect(bar.textContent).toContain('Phiên bản Excel này chưa chạy được add-in Thi đua');
    expect(bar.textContent).toContain('CustomFunctionsRuntime 1.2 (các hàm THIDUA.*), ExcelApi 1.9 (đọc và ghi trang tính)');
    expect(bar.textContent).not.toContain('SharedRuntime');
    expect(bar.textContent).toMatch(/Microsoft 365 \(Windows phiên bản 2002 trở lên, máy Mac 16\.35 trở lên\), Excel 2021 và 2024/);
    expect(bar.textContent).toContain('Tệp không rời khỏi máy tính.');
    const link = screen.getByTestId('web-page-link');
    expect(link.getAttribute('href')).toBe(webPageUrl());
    expect(link.getAttribute('href')).toMatch(/\/index\.html$/);
    expect(link.textContent).toBe('Mở trang web Thi đua');
    expect(screen.queryByTestId('start-failed')).toBeNull();
    expect(screen.queryByRole('tab')).toBeNull();
  });

  it('in English when Office’s display language is English', async () => {
    render(<Boot start={() => startInOffice(fakeOffice('Excel', { ExcelApi: '1.1' }, 'en-US'))} lang="vi" />);
    const bar = await screen.findByTestId('host-unsupported');
    expect(bar.textContent).toContain('This version of Excel cannot run the Thi đua add-in');
    expect(bar.textContent).toContain('SharedRuntime 1.1 (the pane and the functions share one page), CustomFunctionsRuntime 1.2 (the THIDUA.* functions), ExcelApi 1.9 (reading and writing sheets)');
  });

  it('outside Office: says the pane runs inside Excel, in the browser’s language, with the link', async () => {
    render(<Boot start={() => startInOffice(fakeOffice(null, {}))} lang="vi" />);
    const bar = await screen.findByTestId('host-unsupported');
    expect(bar.getAttribute('data-reason')).toBe('notExcel');
    expect(bar.textContent).toContain('Ngăn này chỉ chạy bên trong Excel');
    expect(bar.textContent).not.toMatch(/Excel báo lỗi|is not defined/);
    expect(screen.getByRole('link', { name: 'Mở trang web Thi đua' })).toBeTruthy();
  });

  it('in Word: names the application', async () => {
    render(<Boot start={() => startInOffice(fakeOffice('Word', CURRENT, 'en-US'))} lang="en" />);
    const bar = await screen.findByTestId('host-unsupported');
    expect(bar.textContent).toContain('This pane runs inside Excel');
    expect(bar.textContent).toContain('it was opened in Word');
  });
});
