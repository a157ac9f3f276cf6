import { act, render, screen } from '@testing-library/react';
import { planSample } from '../../src/core';
import { createMemoryPort, MemoryWorkbook } from '../../src/memory';
import { Boot, type Started } from '../../src/taskpane/Boot';
import { isDark, officeInfo, officeReady, OFFICE_TIMEOUT_MS } from '../../src/taskpane/office';

describe('starting the pane', () => {
  afterEach(() => jest.useRealTimers());

  it('says so when office.js has not loaded within 10 seconds, instead of a blank pane', () => {
    jest.useFakeTimers();
    const never = () => new Promise<Started>(() => {});
    render(<Boot start={never} lang="vi" />);
    expect(screen.getByText('Đang kết nối với Excel…')).toBeTruthy();
    act(() => jest.advanceTimersByTime(OFFICE_TIMEOUT_MS - 1));
    expect(screen.queryByTestId('office-timeout')).toBeNull();
    act(() => jest.advanceTimersByTime(1));
    const bar = screen.getByTestId('office-timeout');
    expect(bar.textContent).toContain('Không tải được Office.js');
    expect(bar.textContent).toContain('kiểm tra kết nối mạng');
    expect(bar.textContent).toContain('mở lại từ Excel');
    expect(OFFICE_TIMEOUT_MS).toBe(10_000);
  });

  it('says it in English for an English browser', () => {
    jest.useFakeTimers();
    render(<Boot start={() => new Promise<Started>(() => {})} lang="en" />);
    act(() => jest.advanceTimersByTime(OFFICE_TIMEOUT_MS));
    expect(screen.getByTestId('office-timeout').textContent).toContain('Office.js could not load');
  });

  it('renders the App in the language and theme Office gave', async () => {
    const port = createMemoryPort(MemoryWorkbook.fromPlans(planSample()));
    render(<Boot start={async () => ({ port, lang: 'en', dark: true })} lang="vi" />);
    expect(await screen.findByRole('tab', { name: 'Check' })).toBeTruthy();
    expect(document.querySelector('[data-theme="dark"]')).toBeTruthy();
    expect(screen.queryByTestId('office-timeout')).toBeNull();
  });

  it('shows a start failure as a message', async () => {
    render(<Boot start={() => Promise.reject(new Error('Phần bổ trợ cần Excel API 1.4 trở lên.'))} lang="vi" />);
    const bar = await screen.findByTestId('start-failed');
    expect(bar.textContent).toContain('Phần bổ trợ cần Excel API 1.4 trở lên.');
  });
});

describe('office helpers', () => {
  it.each([
    ['#FFFFFF', false],
    ['#f3f3f3', false],
    ['#262626', true],
    ['#000000', true],
    ['#1F1F1F', true],
    ['', false],
    [undefined, false],
    ['white', false],
  ])('isDark(%j) = %s', (color, dark) => {
    expect(isDark(color)).toBe(dark);
  });

  it('reads language and theme from Office', () => {
    const office = { onReady: async () => ({}), context: { displayLanguage: 'en-US', officeTheme: { bodyBackgroundColor: '#262626' } } };
    expect(officeInfo(office)).toEqual({ lang: 'en', dark: true });
    expect(officeInfo({ onReady: async () => ({}), context: { displayLanguage: 'vi-VN' } })).toEqual({ lang: 'vi', dark: false });
  });

  it('waits for the Office global to appear, then for onReady', async () => {
    let office: { onReady: () => Promise<unknown> } | undefined = undefined; // appears later, below
    let ready = false;
    const p = officeReady(() => office, 1).then(() => (ready = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(ready).toBe(false);
    office = { onReady: () => Promise.resolve({ host: 'Excel' }) };
    await p;
    expect(ready).toBe(true);
  });
});
