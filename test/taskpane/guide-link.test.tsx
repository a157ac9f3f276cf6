/** The pane's header links to the user guide built beside it (dist/huong-dan/), before and after the first read. */
import { act, screen } from '@testing-library/react';
import { guidePageUrl } from '../../src/taskpane/host';
import { deferred, idle, renderPane, sampleWorkbook } from './helpers';

describe('guide link in the header', () => {
  it('is huong-dan/index.html beside the pane', () => {
    expect(guidePageUrl('https://thidua.example.org/addin/taskpane.html?_host_Info=Excel')).toBe('https://thidua.example.org/addin/huong-dan/index.html');
  });

  it('is in the header while the workbook is read and after, and opens in a new window', async () => {
    const hold = deferred();
    renderPane(sampleWorkbook(), { port: { before: (op) => (op === 'read' ? hold.promise : undefined) } });
    const before = screen.getByTestId('guide-link');
    expect(before.textContent).toBe('Hướng dẫn sử dụng');
    await act(async () => hold.resolve());
    await idle();
    const link = screen.getByRole('link', { name: 'Hướng dẫn sử dụng' });
    expect(link.getAttribute('href')).toBe(guidePageUrl());
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');
  });

  it('says in English that the guide is in Vietnamese', async () => {
    renderPane(sampleWorkbook(), { lang: 'en' });
    await idle();
    expect(screen.getByRole('link', { name: 'User guide (Vietnamese)' }).getAttribute('href')).toBe(guidePageUrl());
  });
});
