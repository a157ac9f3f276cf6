import { fireEvent, screen } from '@testing-library/react';
import { rosterForYear } from '../../src/core';

const SAMPLE_UNITS = rosterForYear(2019).map((u) => u.sheet);
const SUCCESSOR_UNITS = rosterForYear(2026).map((u) => u.sheet);
import { MemoryWorkbook } from '../../src/memory';
import { idle, renderPane } from './helpers';

describe('template view', () => {
  const roster = () => (screen.getByTestId('roster') as HTMLTextAreaElement).value.split('\n');
  const year = new Date().getFullYear();

  it('offers this year and the roster of this year (WORKBOOK.md §5), and says which roster it is', async () => {
    renderPane(new MemoryWorkbook(), { view: 'template' });
    await idle();
    expect((screen.getByTestId('year') as HTMLInputElement).value).toBe(String(year));
    expect(roster()).toEqual(year >= 2025 ? SUCCESSOR_UNITS : SAMPLE_UNITS);
    expect(screen.getByTestId('roster-hint').textContent).toContain(`Danh sách năm ${year}: ${year >= 2025 ? 10 : 14} đơn vị.`);
  });

  it('an unedited roster follows the year: 2024 → the 14 units of 2019, 2026 → the 10 successor provinces', async () => {
    renderPane(new MemoryWorkbook(), { view: 'template' });
    await idle();
    fireEvent.change(screen.getByTestId('year'), { target: { value: '2024' } });
    expect(roster()).toEqual(SAMPLE_UNITS);
    expect(screen.getByTestId('roster-hint').textContent).toContain('Danh sách năm 2024: 14 đơn vị.');
    fireEvent.change(screen.getByTestId('year'), { target: { value: '202' } }); // typing: the roster stays
    expect(roster()).toEqual(SAMPLE_UNITS);
    fireEvent.change(screen.getByTestId('year'), { target: { value: '2026' } });
    expect(roster()).toHaveLength(10);
    expect(roster()).toContain('Bắc Ninh');
    expect(roster()).not.toContain('Bắc Kạn');
    expect(screen.getByTestId('roster-hint').textContent).toContain('Danh sách năm 2026: 10 đơn vị.');
  });

  it('an edited roster is kept when the year changes', async () => {
    const { wb } = renderPane(new MemoryWorkbook(), { view: 'template' });
    await idle();
    fireEvent.change(screen.getByTestId('year'), { target: { value: '2026' } });
    fireEvent.change(screen.getByTestId('roster'), { target: { value: [...SUCCESSOR_UNITS.slice(0, 9), 'Hà Nội'].join('\n') } });
    fireEvent.change(screen.getByTestId('year'), { target: { value: '2027' } });
    expect(roster()).toContain('Hà Nội');
    fireEvent.change(screen.getByTestId('year'), { target: { value: '2024' } });
    expect(roster()).toContain('Hà Nội');
    fireEvent.change(screen.getByTestId('year'), { target: { value: '2027' } });
    fireEvent.click(screen.getByTestId('create-template'));
    await screen.findByTestId('template-done');
    await idle();
    expect(wb.sheets.map((s) => s.name)).toEqual(['Cấu hình', ...SUCCESSOR_UNITS.slice(0, 9), 'Hà Nội']);
    expect(screen.getByText('Năm 2027')).toBeTruthy();
  });

  it('creates the settings sheet and one sheet per unit of the edited roster, then checks again', async () => {
    const { wb } = renderPane(new MemoryWorkbook(), { view: 'template' });
    await idle();
    fireEvent.change(screen.getByTestId('roster'), { target: { value: 'Bắc Giang\n\n  Lạng Sơn \nThái Nguyên' } });
    fireEvent.change(screen.getByTestId('year'), { target: { value: '2024' } });
    fireEvent.click(screen.getByTestId('create-template'));
    const done = await screen.findByTestId('template-done');
    await idle();
    expect(wb.sheets.map((s) => s.name)).toEqual(['Cấu hình', 'Bắc Giang', 'Lạng Sơn', 'Thái Nguyên']);
    expect(done.textContent).toContain('Đã tạo 4 trang tính');
    expect(screen.getByText('Năm 2024')).toBeTruthy();
    expect(screen.getByTestId('units-found').textContent).toBe('Tìm thấy 3/3 trang tính đơn vị');
  });

  it('fills the 2019 sample data when asked, which then checks clean', async () => {
    const { wb } = renderPane(new MemoryWorkbook(), { view: 'template' });
    await idle();
    fireEvent.click(screen.getByRole('checkbox', { name: /Điền số liệu mẫu năm 2019/ }));
    expect((screen.getByTestId('roster') as HTMLTextAreaElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('create-template'));
    await screen.findByTestId('template-done');
    await idle();
    expect(wb.sheets).toHaveLength(15);
    expect(wb.find('Bắc Giang')).toBeTruthy();
    expect(screen.getByText('Số liệu tính đến 30/11/2019')).toBeTruthy();
    fireEvent.click(screen.getByTestId('tab-check'));
    expect(screen.getByTestId('count-errors').textContent).toBe('0 lỗi');
  });

  it('shows the refusal to overwrite as a MessageBar and writes nothing', async () => {
    const wb = new MemoryWorkbook({ sheets: [{ name: 'Lạng Sơn', values: [['dữ liệu của tôi']] }] });
    renderPane(wb, { view: 'template' });
    await idle();
    fireEvent.click(screen.getByTestId('create-template'));
    const bar = await screen.findByTestId('failure');
    await idle();
    expect(bar.textContent).toContain('Không tạo mẫu');
    expect(bar.textContent).toContain('Bảng tính đã có trang “Lạng Sơn”.');
    expect(bar.textContent).toContain('hãy đổi tên hoặc xóa các trang đó');
    // the port's message says what to do; no generic advice is added to it
    expect(bar.textContent).not.toContain('Hãy thử lại');
    // and it follows a language switch
    fireEvent.click(screen.getByRole('button', { name: 'EN English' }));
    expect(screen.getByTestId('failure').textContent).toContain('Template not created');
    expect(screen.getByTestId('failure').textContent).toContain('The workbook already has the sheet(s) “Lạng Sơn”.');
    expect(wb.sheets.map((s) => s.name)).toEqual(['Lạng Sơn']);
    expect(wb.find('Lạng Sơn')!.values).toEqual([['dữ liệu của tôi']]);
    expect(screen.queryByTestId('template-done')).toBeNull();
  });

  it.each([
    ['', 'Hãy nhập ít nhất một đơn vị.'],
    ['Bắc Giang\nbắc giang', 'Đơn vị “bắc giang” có hai lần trong danh sách.'],
    ['Bắc/Giang', 'Tên “Bắc/Giang” không dùng được làm tên trang tính'],
  ])('refuses the roster %j before writing anything', async (roster, message) => {
    const { wb } = renderPane(new MemoryWorkbook(), { view: 'template' });
    await idle();
    fireEvent.change(screen.getByTestId('roster'), { target: { value: roster } });
    fireEvent.click(screen.getByTestId('create-template'));
    expect(screen.getByRole('alert').textContent).toContain(message);
    expect(screen.getByTestId('roster').getAttribute('aria-invalid')).toBe('true');
    await idle();
    expect(wb.sheets).toHaveLength(0);
  });

  it('refuses a year that is not a year', async () => {
    const { wb } = renderPane(new MemoryWorkbook(), { view: 'template' });
    await idle();
    fireEvent.change(screen.getByTestId('year'), { target: { value: '19' } });
    fireEvent.click(screen.getByTestId('create-template'));
    expect(screen.getByRole('alert').textContent).toBe('Năm phải là số từ 2000 đến 2100.');
    expect(wb.sheets).toHaveLength(0);
  });
});
