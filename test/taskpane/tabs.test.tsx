import { fireEvent, screen } from '@testing-library/react';
import { idle, renderPane, sampleWorkbook } from './helpers';

describe('navigation', () => {
  it('is a tab list with one tab stop; arrows, Home and End move between the views', async () => {
    renderPane(sampleWorkbook());
    await idle();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Kiểm tra', 'Xếp hạng', 'Tạo mẫu', 'Cài đặt']);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
    expect(screen.getByRole('tablist', { name: 'Chức năng' })).toBeTruthy();
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-check');

    tabs[0].focus();
    fireEvent.keyDown(tabs[0], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByTestId('tab-generate'));
    expect(screen.getByTestId('tab-generate').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Xếp hạng & đề nghị khen thưởng' })).toBeTruthy();

    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(screen.getByTestId('tab-settings').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByTestId('tab-check'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(screen.getByTestId('tab-settings'));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(screen.getByTestId('tab-check').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('tab-check').getAttribute('aria-controls')).toBe('panel-check');
    expect(screen.getByTestId('tab-settings').getAttribute('aria-controls')).toBeNull();
  });

  it('clicking a tab shows its view', async () => {
    renderPane(sampleWorkbook());
    await idle();
    fireEvent.click(screen.getByRole('tab', { name: 'Cài đặt' }));
    expect(screen.getByRole('heading', { name: 'Cài đặt' })).toBeTruthy();
    expect(screen.queryByTestId('counts')).toBeNull();
  });
});
