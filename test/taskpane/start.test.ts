/** The pane's first read starts with the port, while React mounts; the first check takes it, later ones read anew. */
import type { Snapshot, WorkbookPort } from '../../src/core';
import { readingAhead } from '../../src/taskpane/start';

function countingPort(fail = false): WorkbookPort & { reads: number } {
  const port = {
    reads: 0,
    readSnapshot: async (): Promise<Snapshot> => {
      port.reads++;
      if (fail) throw new Error('Excel bận');
      return { sheets: [{ name: `đọc lần ${port.reads}`, values: [] }] };
    },
    writePlans: async () => [],
    createTemplate: async () => [],
    createBallots: async () => '',
    select: async () => undefined,
    writeCells: async () => 0,
  };
  return port;
}

test('the read starts at once, the first check takes it, the next one reads again', async () => {
  const port = countingPort();
  const ahead = readingAhead(port);
  expect(port.reads).toBe(1);
  expect((await ahead.readSnapshot()).sheets[0].name).toBe('đọc lần 1');
  expect(port.reads).toBe(1);
  expect((await ahead.readSnapshot()).sheets[0].name).toBe('đọc lần 2');
  expect(port.reads).toBe(2);
});

test('a failed read ahead is the first check\'s failure, not an unhandled rejection; the next check reads again', async () => {
  const port = countingPort(true);
  const ahead = readingAhead(port);
  await new Promise((r) => setTimeout(r, 0));
  await expect(ahead.readSnapshot()).rejects.toThrow('Excel bận');
  await expect(ahead.readSnapshot()).rejects.toThrow('Excel bận');
  expect(port.reads).toBe(2);
});
