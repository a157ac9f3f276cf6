/** Workbooks and a render helper shared by the pane's component tests (real core pipeline, memory port). */
import { render, screen, waitFor } from '@testing-library/react';
import { planSample } from '../../src/core';
import type { Lang } from '../../src/i18n';
import { createMemoryPort, MemoryWorkbook, type MemoryPortOptions } from '../../src/memory';
import { App, type View } from '../../src/taskpane/App';
import { contestedBallotsSnapshot, emptySnapshot, inProgressSnapshot } from '../e2e/workbooks';

export function sampleWorkbook(): MemoryWorkbook {
  return MemoryWorkbook.fromPlans(planSample());
}

/** The sample with its 2019 vote: 14 ballots; Bắc Giang 13, Lạng Sơn 14, Thái Nguyên 12 votes, all pass. */
export function ballotsWorkbook(): MemoryWorkbook {
  return MemoryWorkbook.fromPlans(planSample({ withBallots: true }));
}

/** The vote contested (see test/e2e/workbooks.ts): Hà Giang's ballot on row 5 over quota, Thái Nguyên 6/13 fails. */
export function contestedBallotsWorkbook(): MemoryWorkbook {
  return new MemoryWorkbook(contestedBallotsSnapshot());
}

/** The sample with three mistakes: Lai Châu's VA target blank (E7), Cao Bằng's VV result "ba" (F8), Hà Giang's VA result stored as text (F7, a warning). */
export function brokenWorkbook(): MemoryWorkbook {
  const wb = sampleWorkbook();
  wb.find('Lai Châu')!.values[6][4] = null;
  wb.find('Lai Châu')!.types![6][4] = 'empty';
  wb.find('Cao Bằng')!.values[7][5] = 'ba';
  wb.find('Cao Bằng')!.types![7][5] = 'string';
  const haGiang = wb.find('Hà Giang')!;
  haGiang.values[6][5] = `0${haGiang.values[6][5]}`; // same count, stored as text
  haGiang.types![6][5] = 'string';
  return wb;
}

/** The sample in the middle of its round (see test/e2e/workbooks.ts): registered 13/14, reported 8/14. */
export function inProgressWorkbook(): MemoryWorkbook {
  return new MemoryWorkbook(inProgressSnapshot());
}

/** A new workbook, as Excel opens one: no settings, no unit sheet. */
export function emptyWorkbook(): MemoryWorkbook {
  return new MemoryWorkbook(emptySnapshot());
}

export function renderPane(wb: MemoryWorkbook, opts: { lang?: Lang; view?: View; port?: MemoryPortOptions } = {}) {
  const lang = opts.lang ?? 'vi';
  const port = createMemoryPort(wb, { lang, ...opts.port });
  const utils = render(<App port={port} lang={lang} initialView={opts.view} />);
  return { ...utils, port, wb };
}

/** Waits until the pane has finished its work (the live region is empty again). */
export async function idle(): Promise<void> {
  await waitFor(() => expect(screen.getByTestId('progress').textContent).toBe(''));
}

/** A promise with its resolve function, to hold a port operation while the test looks at the pane. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
