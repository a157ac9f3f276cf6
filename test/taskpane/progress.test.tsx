/** The round in progress (WORKBOOK.md §1.3) and the empty workbook's welcome, in the pane. */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { emptyWorkbook, idle, inProgressWorkbook, renderPane } from './helpers';

describe('a round in progress', () => {
  it('opens on who is still to come, not on one error per unit', async () => {
    renderPane(inProgressWorkbook());
    await idle();
    const view = screen.getByTestId('round-progress');
    expect(within(view).getByTestId('progress-summary').textContent).toBe('Đã đăng ký 13/14 · Đã báo cáo 8/14');
    const names = (kind: string) => within(screen.getByTestId(`progress-${kind}`)).getAllByTestId('progress-unit').map((b) => b.getAttribute('data-sheet'));
    expect(names('toRegister')).toEqual(['Hòa Bình']);
    expect(names('toReport')).toEqual(['Bắc Kạn', 'Yên Bái', 'Điện Biên', 'Lai Châu']);
    expect(names('partial')).toEqual(['Phú Thọ']);
    expect(within(view).getByTestId('progress-waiting').textContent).toContain('Còn 6 đơn vị chưa báo cáo đủ');
    // the one real error (a blank cell of a sheet filled in part) is still listed; the progress issues are not
    expect(screen.getByTestId('count-errors').textContent).toBe('1 lỗi');
    const list = screen.getByTestId('issue-list');
    expect(list.querySelectorAll('[data-issue-code=UNIT_NOT_REPORTED], [data-issue-code=UNIT_NOT_REGISTERED]')).toHaveLength(0);
    expect(list.querySelectorAll('[data-issue-code=RESULT_MISSING]')).toHaveLength(1);
  });

  it('each unit is a button to its first blank cell', async () => {
    const { wb } = renderPane(inProgressWorkbook());
    await idle();
    const bacKan = screen.getByTitle('Đi tới ô F7 trên trang Bắc Kạn');
    expect(bacKan.tagName).toBe('BUTTON');
    fireEvent.click(bacKan);
    await idle();
    expect(wb.selection).toEqual({ sheet: 'Bắc Kạn', cell: 'F7' });
    fireEvent.click(screen.getByTitle('Đi tới ô E7 trên trang Hòa Bình'));
    await idle();
    expect(wb.selection).toEqual({ sheet: 'Hòa Bình', cell: 'E7' });
    fireEvent.click(within(screen.getByTestId('round-progress')).getByTitle('Đi tới ô F8 trên trang Phú Thọ'));
    await idle();
    expect(wb.selection).toEqual({ sheet: 'Phú Thọ', cell: 'F8' });
  });

  it('ranking stays blocked, worded as progress', async () => {
    const { wb } = renderPane(inProgressWorkbook(), { view: 'generate' });
    await idle();
    const before = wb.sheets.map((s) => s.name);
    await act(async () => {
      fireEvent.click(screen.getByTestId('generate'));
    });
    await idle();
    expect(screen.getByTestId('generate-blocked').textContent).toContain('Còn 6 đơn vị chưa báo cáo đủ');
    expect(wb.sheets.map((s) => s.name)).toEqual(before);
  });

  it('a complete workbook shows no progress view', async () => {
    const { sampleWorkbook } = await import('./helpers');
    renderPane(sampleWorkbook());
    await idle();
    expect(screen.queryByTestId('round-progress')).toBeNull();
    expect(screen.queryByTestId('welcome')).toBeNull();
  });
});

describe('an empty workbook', () => {
  it('welcomes the user and leads to the template view, with no red error', async () => {
    renderPane(emptyWorkbook());
    await idle();
    expect(screen.getByTestId('welcome').textContent).toContain('Bảng tính chưa có trang cấu hình hay trang đơn vị nào.');
    expect(screen.queryByTestId('count-errors')).toBeNull();
    expect(screen.queryByTestId('issue-list')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByTestId('welcome-template'));
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Tạo mẫu' })).toBeTruthy();
    expect(screen.getByTestId('tab-template').getAttribute('aria-selected')).toBe('true');
  });
});
