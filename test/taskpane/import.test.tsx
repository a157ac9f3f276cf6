/**
 * Collecting returned files in the pane (WORKBOOK.md §6) over the memory port: two units' own copies read in
 * the pane, the change list with file, sheet and cell, nothing written before the user confirms, then one
 * batch into the unit sheets' target and result cells only.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { buildWorkbook } from '../fixtures/workbooks';
import { inProgressSnapshot, returnedResults, returnedSheet } from '../e2e/workbooks';
import type { WorkbookPort } from '../../src/core';
import { PortError } from '../../src/excel/errors';
import { createMemoryPort, MemoryWorkbook } from '../../src/memory';
import { App } from '../../src/taskpane/App';
import { idle, renderPane } from './helpers';

async function returned(unit: string, name: string): Promise<File> {
  return new File([new Uint8Array(await buildWorkbook([returnedSheet(unit)]))], name);
}

async function pick(files: File[]): Promise<void> {
  const input = screen.getByTestId('import-input') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => {
    fireEvent.change(input);
  });
  await screen.findByTestId('import-review', {}, { timeout: 20_000 });
  await idle();
}

describe('import of returned files in the pane', () => {
  it('lists the changes by file, sheet and cell, writes nothing until confirmed, then only those cells', async () => {
    const wb = new MemoryWorkbook(inProgressSnapshot());
    renderPane(wb);
    await idle();
    const before = wb.snapshot();
    await pick([await returned('Bắc Kạn', 'bac-kan.xlsx'), await returned('Yên Bái', 'yen-bai.xlsx')]);
    const review = screen.getByTestId('import-review');
    expect(within(review).getByTestId('import-files').textContent).toContain('bac-kan.xlsx: Bắc Kạn');
    const changes = within(review).getAllByTestId('import-change').map((li) => li.textContent);
    const bk = returnedResults('Bắc Kạn');
    expect(changes[0]).toContain(`Bắc Kạn!F7: (trống) → ${bk.F7}`);
    expect(changes[0]).toContain('từ bac-kan.xlsx › Bắc Kạn!F7');
    expect(changes).toHaveLength(4);
    expect(wb.snapshot()).toEqual(before); // nothing written yet
    await act(async () => {
      fireEvent.click(screen.getByTestId('import-confirm'));
    });
    await screen.findByTestId('import-done');
    await idle();
    expect(screen.getByTestId('import-done').textContent).toBe('Đã ghi 4 ô vào các trang đơn vị.');
    const after = wb.snapshot();
    // only the four result cells changed
    const diff: string[] = [];
    after.sheets.forEach((sh, i) => sh.values.forEach((row, r) => row.forEach((v, c) => v !== (before.sheets[i].values[r]?.[c] ?? null) && diff.push(`${sh.name}!${String.fromCharCode(65 + c)}${r + 1}=${v}`))));
    const yb = returnedResults('Yên Bái');
    expect(diff.sort()).toEqual([`Bắc Kạn!F7=${bk.F7}`, `Bắc Kạn!F8=${bk.F8}`, `Yên Bái!F7=${yb.F7}`, `Yên Bái!F8=${yb.F8}`].sort());
    // and the progress view moved on: two more units have reported
    expect(screen.getByTestId('progress-summary').textContent).toBe('Đã đăng ký 13/14 · Đã báo cáo 10/14');
  }, 60_000);

  it('cancel writes nothing; a file that is not .xlsx is named', async () => {
    const wb = new MemoryWorkbook(inProgressSnapshot());
    renderPane(wb);
    await idle();
    const before = wb.snapshot();
    await pick([await returned('Bắc Kạn', 'bac-kan.xlsx'), new File([new TextEncoder().encode('STT,Mã\n1,VA\n')], 'ghi-chu.xlsx')]);
    expect(screen.getByTestId('import-unreadable').textContent).toContain('ghi-chu.xlsx: không đọc được');
    fireEvent.click(screen.getByTestId('import-cancel'));
    expect(screen.queryByTestId('import-review')).toBeNull();
    expect(wb.snapshot()).toEqual(before);
  }, 60_000);

  it('a write Excel refuses part-way: the failure, then which cells went in and which did not (no rollback)', async () => {
    const wb = new MemoryWorkbook(inProgressSnapshot());
    const memory = createMemoryPort(wb, { lang: 'vi' });
    // Excel applies the commands of a batch before the one that fails, and keeps them.
    const port: WorkbookPort = {
      ...memory,
      writeCells: async (edits) => {
        await memory.writeCells(edits.slice(0, 2));
        throw new PortError('PROTECTED', 'vi', {}, 'AccessDenied');
      },
    };
    render(<App port={port} lang="vi" />);
    await idle();
    await pick([await returned('Bắc Kạn', 'bac-kan.xlsx'), await returned('Yên Bái', 'yen-bai.xlsx')]);
    await act(async () => {
      fireEvent.click(screen.getByTestId('import-confirm'));
    });
    await screen.findByTestId('import-failed');
    await idle();
    expect(screen.getByTestId('failure').textContent).toContain('Excel không cho phép thay đổi bảng tính');
    expect(screen.getByTestId('import-failed').textContent).toContain('đã ghi 2/4 ô, Excel không hoàn tác phần đã ghi');
    expect(screen.getByTestId('import-failed-written').textContent).toBe('Đã ghi: Bắc Kạn!F7, Bắc Kạn!F8');
    expect(screen.getByTestId('import-failed-missing').textContent).toBe('Chưa ghi: Yên Bái!F7, Yên Bái!F8');
    expect(document.activeElement).toBe(screen.getByTestId('import-failed'));
    const bk = returnedResults('Bắc Kạn');
    expect([wb.find('Bắc Kạn')!.values[6][5], wb.find('Bắc Kạn')!.values[7][5]]).toEqual([bk.F7, bk.F8]);
    expect([wb.find('Yên Bái')!.values[6][5], wb.find('Yên Bái')!.values[7][5]]).toEqual([null, null]);
  }, 60_000);

  it('in English: the review, the conflict and the confirmation', async () => {
    const snap = inProgressSnapshot();
    const wb = new MemoryWorkbook(snap);
    wb.find('Yên Bái')!.values[6][4] = 7; // the cluster holds another target than the unit's file
    renderPane(wb, { lang: 'en' });
    await idle();
    await pick([await returned('Yên Bái', 'yen-bai.xlsx')]);
    expect(screen.getByRole('heading', { name: 'Import figures from returned files' })).toBe(document.activeElement);
    const conflict = screen.getAllByTestId('import-change').find((li) => li.getAttribute('data-conflict'));
    expect(conflict!.textContent).toContain('Yên Bái!E7: 7 → ');
    expect(conflict!.textContent).toContain('differs from the figure there');
    expect(screen.getByTestId('import-confirm').textContent).toBe('Write 2 cells into the workbook');
    fireEvent.click(screen.getByTestId('import-overwrite'));
    expect(screen.getByTestId('import-confirm').textContent).toBe('Write 3 cells into the workbook');
  }, 60_000);

  it('re-reads before writing: a workbook changed since the list was drawn up is listed again, not written', async () => {
    const wb = new MemoryWorkbook(inProgressSnapshot());
    renderPane(wb);
    await idle();
    await pick([await returned('Bắc Kạn', 'bac-kan.xlsx')]);
    wb.find('Bắc Kạn')!.values[6][5] = 99; // someone typed into F7 meanwhile
    wb.find('Bắc Kạn')!.types![6][5] = 'number';
    await act(async () => {
      fireEvent.click(screen.getByTestId('import-confirm'));
    });
    await screen.findByTestId('import-changed');
    await idle();
    expect(wb.find('Bắc Kạn')!.values[6][5]).toBe(99);
    expect(screen.getAllByTestId('import-change')[0].getAttribute('data-conflict')).toBe('true');
  }, 60_000);
});
