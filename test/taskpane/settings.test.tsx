import { fireEvent, screen, within } from '@testing-library/react';
import { idle, renderPane, sampleWorkbook } from './helpers';

const row = (key: string) => document.querySelector(`[data-setting="${key}"]`) as HTMLElement;

describe('settings view', () => {
  it('shows each effective setting and where it comes from', async () => {
    renderPane(sampleWorkbook(), { view: 'settings' });
    await idle();
    expect(row('cutoffDate').textContent).toBe('Ngày chốt số liệu30/11/2019Trang cấu hình');
    expect(row('maxNominees').textContent).toContain('3');
    expect(row('nominationRule').textContent).toContain('Vượt chỉ tiêu');
    expect(row('listDate').textContent).toContain('03/12/2019');
    expect(row('minVoteShare').textContent).toContain('50%');
    // the signed document's settings (WORKBOOK.md §1.1 v2), from the sample's sheet
    expect(row('bodyType').textContent).toBe('Loại cơ quanĐảngTrang cấu hình');
    expect(row('parentBody').textContent).toBe('Cơ quan cấp trênTỉnh ủy Tuyên QuangTrang cấu hình');
    expect(row('docNumber').textContent).toBe('Số ký hiệu15-DS/BNCTUTrang cấu hình');
    expect(row('recipients').textContent).toContain('- Lưu Văn phòng.');
    const table = within(screen.getByTestId('criteria-table'));
    expect(table.getByText('VA')).toBeTruthy();
    expect(table.getByText('vụ việc')).toBeTruthy();
  });

  it('marks defaults as defaults when the sheet leaves a key out', async () => {
    const wb = sampleWorkbook();
    const settings = wb.find('Cấu hình')!;
    const r = settings.values.findIndex((line) => line[0] === 'Người ký');
    expect(r).toBeGreaterThanOrEqual(0);
    settings.values[r] = [];
    settings.types![r] = [];
    renderPane(wb, { view: 'settings' });
    await idle();
    expect(within(row('signedBy')).getByText('Mặc định')).toBeTruthy();
    expect(within(row('signedBy')).getByText('(không có)')).toBeTruthy();
    expect(within(row('clusterName')).getByText('Trang cấu hình')).toBeTruthy();
  });

  it('opens the settings sheet', async () => {
    const { wb } = renderPane(sampleWorkbook(), { view: 'settings' });
    await idle();
    fireEvent.click(screen.getByTestId('open-settings'));
    await idle();
    expect(wb.selection).toEqual({ sheet: 'Cấu hình', cell: 'A1' });
  });

  it('says when there is no settings sheet and every value is a default', async () => {
    const wb = sampleWorkbook();
    wb.remove('Cấu hình');
    renderPane(wb, { view: 'settings' });
    await idle();
    expect(screen.getByTestId('no-settings').textContent).toContain('chưa có trang cấu hình');
    expect(screen.queryByTestId('open-settings')).toBeNull();
    expect(within(row('award')).getByText('Mặc định')).toBeTruthy();
    expect(row('maxNominees').textContent).toContain('Không giới hạn');
    // a State body by default (the cluster's default name names no Party body): its motto and recipients
    expect(row('bodyType').textContent).toBe('Loại cơ quanNhà nướcMặc định');
    expect(row('motto').textContent).toBe('Tiêu ngữCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúcMặc định');
    expect(row('recipients').textContent).toBe('Nơi nhận- Như trên;\n- Lưu: VT.Mặc định');
    expect(row('docNumber').textContent).toBe('Số ký hiệu(ghi tay)Mặc định');
  });
});
