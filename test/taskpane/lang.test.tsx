import { fireEvent, screen } from '@testing-library/react';
import { brokenWorkbook, idle, renderPane, sampleWorkbook } from './helpers';

describe('languages', () => {
  it('speaks English when Office does, issue messages included', async () => {
    renderPane(brokenWorkbook(), { lang: 'en' });
    await idle();
    expect(screen.getByRole('tab', { name: 'Check' })).toBeTruthy();
    expect(screen.getByTestId('units-found').textContent).toBe('Found 14 of 14 unit sheets');
    expect(screen.getByText('Data as of 30/11/2019')).toBeTruthy();
    expect(screen.getByTestId('count-errors').textContent).toBe('2 errors');
    const laiChau = screen.getByTitle('Go to cell E7 on sheet Lai Châu');
    expect(laiChau.textContent).toContain('Error');
    expect(laiChau.textContent).not.toContain('Thiếu chỉ tiêu');
    expect(document.documentElement.lang).toBe('en');
  });

  it('switches language in the pane, keeping what it shows', async () => {
    renderPane(sampleWorkbook(), { view: 'generate' });
    await idle();
    fireEvent.click(screen.getByTestId('generate'));
    await screen.findByTestId('generate-done');
    await idle();
    expect(screen.getByRole('heading', { name: 'Xếp hạng & đề nghị khen thưởng' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Ngôn ngữ' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'EN English' }));
    expect(screen.getByRole('heading', { name: 'Rank & nominate' })).toBeTruthy();
    expect(screen.getByTestId('summary').textContent).toBe('3/14 units exceeded their targets, 2 met, 9 not met');
    expect(screen.getAllByTestId('nominee')).toHaveLength(3);
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'EN English' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'VI Tiếng Việt' }).getAttribute('aria-pressed')).toBe('false');
    expect(document.documentElement.lang).toBe('en');
  });

  it('writes percentages the way each language does', async () => {
    renderPane(sampleWorkbook(), { lang: 'en', view: 'generate' });
    await idle();
    fireEvent.click(screen.getByTestId('generate'));
    await screen.findByTestId('generate-done');
    await idle();
    // Phú Thọ's mean attainment is 7/12 = 58.3%
    expect(screen.getByLabelText('Phú Thọ: 58.3%')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'VI Tiếng Việt' }));
    expect(screen.getByLabelText('Phú Thọ: 58,3%')).toBeTruthy();
  });
});
