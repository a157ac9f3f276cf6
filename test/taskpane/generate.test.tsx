import { fireEvent, screen, within } from '@testing-library/react';
import { TOOL_MARK_NAMES } from '../../src/core';
import { brokenWorkbook, idle, renderPane, sampleWorkbook } from './helpers';

const NOMINEES = [
  ['Ban Nội chính Tỉnh ủy Bắc Giang', 'Phát hiện 03 vụ án (đạt 150%), 03 vụ việc (đạt 100%)'],
  ['Ban Nội chính Tỉnh ủy Lạng Sơn', 'Phát hiện 02 vụ án (đạt 200%), 02 vụ việc (đạt 200%)'],
  ['Ban Nội chính Tỉnh ủy Thái Nguyên', 'Phát hiện 02 vụ án (đạt 200%), 02 vụ việc (đạt 200%)'],
];

describe('rank & nominate view', () => {
  it('one click writes both sheets and shows the ranking, the chart and the three nominees', async () => {
    const { wb } = renderPane(sampleWorkbook(), { view: 'generate' });
    await idle();
    fireEvent.click(screen.getByTestId('generate'));
    await screen.findByTestId('generate-done');
    await idle();

    expect(wb.find('Xếp hạng')).toBeTruthy();
    expect(wb.find('Đề nghị khen thưởng')).toBeTruthy();
    expect(wb.names[TOOL_MARK_NAMES.ranking]).toBe('Xếp hạng');
    const listText = wb.find('Đề nghị khen thưởng')!.values.flat().join('|');
    for (const [name, sentence] of NOMINEES) {
      expect(listText).toContain(name);
      expect(listText).toContain(sentence);
    }

    const nominees = screen.getAllByTestId('nominee');
    expect(nominees).toHaveLength(3);
    nominees.forEach((li, i) => {
      expect(li.textContent).toContain(NOMINEES[i][0]);
      expect(li.textContent).toContain(NOMINEES[i][1]);
    });
    const rows = within(screen.getByTestId('ranking')).getAllByRole('row');
    expect(rows).toHaveLength(15); // header + 14 units
    expect(rows[1].textContent).toContain('Lạng Sơn');
    expect(rows[1].textContent).toContain('200%');
    expect(rows[1].textContent).toContain('Vượt chỉ tiêu');
    expect(rows[14].textContent).toContain('Hòa Bình');
    expect(rows[14].textContent).toContain('Chưa hoàn thành');
    const bars = within(screen.getByTestId('score-chart')).getAllByRole('listitem');
    expect(bars).toHaveLength(14);
    expect(bars[2].getAttribute('aria-label')).toBe('Bắc Giang: 125%');
    expect(screen.getByTestId('summary').textContent).toBe('3/14 đơn vị vượt chỉ tiêu, 2 hoàn thành, 9 chưa hoàn thành');
  });

  it('buttons open each generated sheet', async () => {
    const { wb } = renderPane(sampleWorkbook(), { view: 'generate' });
    await idle();
    fireEvent.click(screen.getByTestId('generate'));
    await screen.findByTestId('generate-done');
    await idle();
    fireEvent.click(screen.getByRole('button', { name: 'Mở trang “Đề nghị khen thưởng”' }));
    await idle();
    expect(wb.selection).toEqual({ sheet: 'Đề nghị khen thưởng', cell: 'A1' });
    fireEvent.click(screen.getByTestId('open-ranking'));
    await idle();
    expect(wb.selection).toEqual({ sheet: 'Xếp hạng', cell: 'A1' });
  });

  it("a second click replaces the tool's own sheets and nothing else", async () => {
    const { wb } = renderPane(sampleWorkbook(), { view: 'generate' });
    wb.insert({ name: 'Ghi chép', values: [['của tôi']] });
    await idle();
    fireEvent.click(screen.getByTestId('generate'));
    await screen.findByTestId('generate-done');
    await idle();
    const after1 = wb.sheets.map((s) => s.name);
    const units1 = JSON.stringify(wb.sheets.filter((s) => !s.plan || (s.plan.role !== 'ranking' && s.plan.role !== 'nominations')).map((s) => s.values));
    fireEvent.click(screen.getByTestId('generate'));
    await screen.findByTestId('generate-done');
    await idle();
    expect(wb.sheets.map((s) => s.name)).toEqual(after1);
    expect(after1).toHaveLength(18);
    expect(JSON.stringify(wb.sheets.filter((s) => !s.plan || (s.plan.role !== 'ranking' && s.plan.role !== 'nominations')).map((s) => s.values))).toBe(units1);
    expect(screen.getAllByTestId('nominee')).toHaveLength(3);
  });

  it('with errors it writes nothing, explains, and jumps to the first error', async () => {
    const { wb } = renderPane(brokenWorkbook(), { view: 'generate' });
    await idle();
    const before = wb.sheets.map((s) => s.name);
    fireEvent.click(screen.getByTestId('generate'));
    const bar = await screen.findByTestId('generate-blocked');
    await idle();
    expect(bar.textContent).toContain('Chưa thể xếp hạng');
    expect(bar.textContent).toContain('Bảng tính còn 2 lỗi');
    expect(wb.sheets.map((s) => s.name)).toEqual(before);
    expect(wb.names).toEqual({});
    const jump = screen.getByTestId('first-error');
    expect(jump.textContent).toBe('Đi tới lỗi đầu tiên (Cao Bằng!F8)');
    fireEvent.click(jump);
    await idle();
    expect(wb.selection).toEqual({ sheet: 'Cao Bằng', cell: 'F8' });
  });

  it('a failed write is reported with the port’s message', async () => {
    renderPane(sampleWorkbook(), {
      view: 'generate',
      port: {
        before: (op) => {
          if (op === 'write') throw new Error('Excel từ chối ghi: bảng tính đang được bảo vệ.');
        },
      },
    });
    await idle();
    fireEvent.click(screen.getByTestId('generate'));
    const bar = await screen.findByTestId('failure');
    expect(bar.textContent).toContain('Excel từ chối ghi: bảng tính đang được bảo vệ.');
    expect(screen.queryByTestId('generate-done')).toBeNull();
  });
});
