/**
 * Pseudo-locale check of the pane (see test/english.ts): in English, every text on screen and every
 * accessible name, title and placeholder, through each view and outcome (check with errors and warnings,
 * a vote, generated sheets, blocked generation, template refused, settings), holds no Vietnamese word of the
 * i18n tables outside the workbook's own strings.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { evaluate, rosterForYear } from '../../src/core';
import type { MemoryWorkbook } from '../../src/memory';
import type { View } from '../../src/taskpane/App';
import { dataStrings, strayVietnamese } from '../english';
import { ballotsWorkbook, brokenWorkbook, contestedBallotsWorkbook, emptyWorkbook, idle, inProgressWorkbook, renderPane, sampleWorkbook } from './helpers';

/** What a user reads or hears: the text, the accessible names and descriptions, titles, placeholders, the page title. */
function shown(): string {
  const attrs = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-valuetext'];
  const parts = [document.title, document.body.textContent ?? ''];
  for (const el of document.body.querySelectorAll('*')) for (const a of attrs) parts.push(el.getAttribute(a) ?? '');
  return parts.filter(Boolean).join('\n');
}

function expectEnglish(wb: MemoryWorkbook, where: string): void {
  const snapshot = wb.snapshot();
  const text = shown();
  expect(text.length).toBeGreaterThan(50);
  // the template's proposed roster is province names (proper nouns), data the user edits, in any language
  const data = [...dataStrings(snapshot, evaluate(snapshot)), ...[2019, 2026].flatMap((y) => rosterForYear(y).map((u) => u.sheet))];
  expect({ where, stray: strayVietnamese(text, data) }).toEqual({ where, stray: [] });
}

async function click(testId: string): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByTestId(testId));
  });
  await idle();
}

const VIEWS: View[] = ['check', 'generate', 'template', 'settings'];

test.each([
  ['the sample', sampleWorkbook],
  ['a workbook with errors and a warning', brokenWorkbook],
  ['the sample with its vote', ballotsWorkbook],
  ['a contested vote', contestedBallotsWorkbook],
  ['a round in progress', inProgressWorkbook],
  ['an empty workbook (the welcome)', emptyWorkbook],
])('%s: every view and outcome is in English', async (_what, make) => {
  for (const view of VIEWS) {
    const wb = make();
    const { unmount } = renderPane(wb, { lang: 'en', view });
    await idle();
    expectEnglish(wb, `${view} view`);
    if (view === 'check' && screen.queryByTestId('create-ballots')) {
      await click('create-ballots');
      expectEnglish(wb, 'create ballots');
    }
    if (view === 'generate') {
      await click('generate');
      expectEnglish(wb, 'generated (or blocked)');
    }
    if (view === 'template') {
      await click('create-template'); // refused where the sheets exist; created in the empty workbook
      expectEnglish(wb, 'template refused');
    }
    unmount();
  }
}, 60_000);
