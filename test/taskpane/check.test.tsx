import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { brokenWorkbook, deferred, idle, renderPane, sampleWorkbook } from './helpers';

describe('check view', () => {
  it('shows the reading step while the workbook is being read, then the header', async () => {
    const hold = deferred();
    renderPane(sampleWorkbook(), { port: { before: (op) => (op === 'read' ? hold.promise : undefined) } });
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toContain('Đang đọc bảng tính…'));
    expect(screen.getByText('Chưa đọc bảng tính.')).toBeTruthy();
    await act(async () => hold.resolve());
    await idle();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Cụm thi đua số 1');
    expect(screen.getByText('Năm 2019')).toBeTruthy();
    expect(screen.getByText('Số liệu tính đến 30/11/2019')).toBeTruthy();
    expect(screen.getByTestId('units-found').textContent).toBe('Tìm thấy 14/14 trang tính đơn vị');
  });

  it('the clean sample has no errors', async () => {
    renderPane(sampleWorkbook());
    await idle();
    expect(screen.getByTestId('count-errors').textContent).toBe('0 lỗi');
    expect(screen.getByTestId('count-warnings').textContent).toBe('0 cảnh báo');
    expect(screen.getByTestId('check-clean').textContent).toContain('Không có lỗi');
  });

  it('groups the issues of a broken workbook by sheet, errors first, with their cells', async () => {
    renderPane(brokenWorkbook());
    await idle();
    expect(screen.getByTestId('count-errors').textContent).toBe('2 lỗi');
    expect(screen.getByTestId('count-warnings').textContent).toBe('1 cảnh báo');
    const groups = screen.getAllByTestId('issue-group');
    const titles = groups.map((g) => within(g).getByRole('heading').textContent);
    // sheets with errors first, in workbook order; the warning-only sheet after them
    expect(titles).toEqual(['Cao Bằng (1)', 'Lai Châu (1)', 'Hà Giang (1)']);
    const laiChau = within(groups[1]).getByRole('button');
    expect(laiChau.textContent).toContain('Thiếu chỉ tiêu đăng ký của chỉ tiêu VA');
    expect(laiChau.textContent).toContain('E7');
    expect(laiChau.getAttribute('title')).toBe('Đi tới ô E7 trên trang Lai Châu');
    expect(within(groups[0]).getByRole('button').textContent).toContain('F8');
    expect(within(groups[2]).getByRole('button').textContent).toContain('Cảnh báo');
  });

  it('clicking an issue selects its cell in the workbook', async () => {
    const { wb } = renderPane(brokenWorkbook());
    await idle();
    fireEvent.click(screen.getByTitle('Đi tới ô E7 trên trang Lai Châu'));
    await idle();
    expect(wb.selection).toEqual({ sheet: 'Lai Châu', cell: 'E7' });
    expect(wb.active).toBe('Lai Châu');
  });

  it('issues are native buttons in the tab order (Enter and Space work natively; the browser test presses them)', async () => {
    renderPane(brokenWorkbook());
    await idle();
    const button = screen.getByTitle('Đi tới ô F8 trên trang Cao Bằng');
    expect(button.tagName).toBe('BUTTON');
    expect(button.tabIndex).toBe(0);
    expect(button.getAttribute('aria-disabled')).toBeNull();
    button.focus();
    expect(document.activeElement).toBe(button);
  });

  it('re-check reads the workbook again', async () => {
    const { wb } = renderPane(brokenWorkbook());
    await idle();
    wb.find('Lai Châu')!.values[6][4] = 1;
    wb.find('Lai Châu')!.types![6][4] = 'number';
    fireEvent.click(screen.getByTestId('recheck'));
    await idle();
    expect(screen.getByTestId('count-errors').textContent).toBe('1 lỗi');
    expect(screen.queryByTitle('Đi tới ô E7 trên trang Lai Châu')).toBeNull();
  });

  it('a failing read ends in a MessageBar with what to do, not a stack', async () => {
    renderPane(sampleWorkbook(), {
      port: {
        before: () => {
          const e = new Error('Không đọc được bảng tính: Excel không phản hồi.\n    at readSnapshot (port.ts:10:5)');
          throw e;
        },
      },
    });
    const bar = await screen.findByTestId('failure');
    expect(bar.textContent).toContain('Không thực hiện được');
    expect(bar.textContent).toContain('Không đọc được bảng tính: Excel không phản hồi.');
    expect(bar.textContent).toContain('Hãy thử lại');
    expect(bar.textContent).not.toContain('at readSnapshot');
    fireEvent.click(within(bar).getByRole('button', { name: 'Đóng thông báo' }));
    expect(screen.queryByTestId('failure')).toBeNull();
  });

  it('selecting a cell on a sheet that was deleted meanwhile says so', async () => {
    const { wb } = renderPane(brokenWorkbook());
    await idle();
    wb.remove('Lai Châu');
    fireEvent.click(screen.getByTitle('Đi tới ô E7 trên trang Lai Châu'));
    const bar = await screen.findByTestId('failure');
    expect(bar.textContent).toContain('Không tìm thấy trang “Lai Châu”');
  });
});
