/**
 * The pane's first check is done as soon as Office is ready, before the pane first renders (Boot waits for
 * it): the App opens on the check without reading again; the next check reads anew. A failed first read is
 * the first check's failure, never an unhandled rejection.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { planSample, type Snapshot, type WorkbookPort } from '../../src/core';
import { createMemoryPort, MemoryWorkbook } from '../../src/memory';
import { Boot, READING_LABEL_MS, settleFirst, type Started } from '../../src/taskpane/Boot';
import { firstCheck } from '../../src/taskpane/usePane';

/** The sample through the memory port, counting reads; `fail` makes every read fail. */
function countingPort(opts: { fail?: boolean; hold?: Promise<void> } = {}): WorkbookPort & { reads: number } {
  const inner = createMemoryPort(MemoryWorkbook.fromPlans(planSample()));
  const port = {
    ...inner,
    reads: 0,
    readSnapshot: async (): Promise<Snapshot> => {
      port.reads++;
      await opts.hold;
      if (opts.fail) throw new Error('Excel bận');
      return inner.readSnapshot();
    },
  };
  return port;
}

test('firstCheck reads once and checks: the sample’s 14 units', async () => {
  const port = countingPort();
  const first = await firstCheck(port);
  expect(port.reads).toBe(1);
  expect('evaluation' in first && first.evaluation.units.length).toBe(14);
});

test('a failed first read is the first check’s failure, not a rejection', async () => {
  const port = countingPort({ fail: true });
  const first = await firstCheck(port);
  expect(first).toEqual({ error: new Error('Excel bận') });
});

test('the pane opens on the first check without reading again; Kiểm tra lại reads anew', async () => {
  const port = countingPort();
  const started: Started = { port, lang: 'vi', dark: false, first: firstCheck(port) };
  render(<Boot start={async () => started} lang="vi" />);
  expect((await screen.findByTestId('units-found')).textContent).toContain('14');
  expect(port.reads).toBe(1);
  // No progress step was shown on the way: the check came with the first render.
  expect(screen.getByTestId('progress').textContent).toBe('');
  fireEvent.click(screen.getByTestId('recheck'));
  await waitFor(() => expect(port.reads).toBe(2));
  await waitFor(() => expect(screen.getByTestId('progress').textContent).toBe(''));
});

test('a failed first read shows as a failed check, and the user can check again', async () => {
  const port = countingPort({ fail: true });
  render(<Boot start={async (): Promise<Started> => ({ port, lang: 'vi', dark: false, first: firstCheck(port) })} lang="vi" />);
  const bar = await screen.findByTestId('failure');
  expect(bar.textContent).toContain('Excel bận');
  expect(port.reads).toBe(1);
  fireEvent.click(screen.getByTestId('recheck'));
  await waitFor(() => expect(port.reads).toBe(2));
});

test('a slow first read says on the spinner that it is reading the workbook', async () => {
  jest.useFakeTimers();
  try {
    let release!: () => void;
    const hold = new Promise<void>((r) => (release = r));
    const port = countingPort({ hold });
    render(<Boot start={async (): Promise<Started> => ({ port, lang: 'vi', dark: false, first: firstCheck(port) })} lang="vi" />);
    await act(async () => undefined);
    expect(screen.getByRole('status').textContent).toBe('Đang kết nối với Excel…');
    await act(async () => jest.advanceTimersByTime(READING_LABEL_MS));
    expect(screen.getByRole('status').textContent).toBe('Đang đọc bảng tính…');
    await act(async () => release());
    expect(screen.getByTestId('units-found').textContent).toContain('14');
  } finally {
    jest.useRealTimers();
  }
});

test('a start that ended before the first render: the App at once, with no spinner and no second start', async () => {
  const port = countingPort();
  const start = jest.fn(async (): Promise<Started> => ({ port, lang: 'vi', dark: false, first: firstCheck(port) }));
  const settled = await settleFirst(start());
  expect(settled).toMatchObject({ kind: 'ready', first: { evaluation: { units: expect.any(Array) } } });
  render(<Boot start={start} lang="vi" settled={settled} />);
  // The first render already holds the check: nothing to wait for.
  expect(screen.getByTestId('units-found').textContent).toContain('14');
  expect(screen.queryByText('Đang kết nối với Excel…')).toBeNull();
  await act(async () => undefined);
  expect(start).toHaveBeenCalledTimes(1);
  expect(port.reads).toBe(1);
});

test('a start that failed before the first render: the failure at once', async () => {
  const settled = await settleFirst(Promise.reject(new Error('Phần bổ trợ cần Excel API 1.4 trở lên.')));
  expect(settled.kind).toBe('failed');
  render(<Boot start={() => Promise.reject(new Error('không được gọi'))} lang="vi" settled={settled} />);
  expect(screen.getByTestId('start-failed').textContent).toContain('Phần bổ trợ cần Excel API 1.4 trở lên.');
  await act(async () => undefined);
  expect(screen.getByTestId('start-failed').textContent).not.toContain('không được gọi');
});
