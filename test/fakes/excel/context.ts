/**
 * The fake `Excel.run` and its RequestContext. A batch is the list of queued commands and loads; `sync()`
 * sends it: the payload limits are checked, commands run in order against the model (a failing command
 * stops the batch, the ones before it stay applied, as in Excel), and loaded values become readable.
 */
import { FakeOfficeError } from './errors';
import type { FakeWorkbook } from './model';
import { FakeWorkbookProxy } from './proxies';

export interface Loaded {
  bytes: number;
  commit: () => void;
}

export interface Op {
  /** Bytes this command adds to the request. */
  bytes: number;
  /** Runs against the model; a load returns what it read (committed when the whole batch succeeded). */
  run: () => Loaded | void;
}

export interface FakeStats {
  runs: number;
  syncs: number;
  /** `load()` calls without property names (Office.js then loads everything: to be avoided). */
  emptyLoads: number;
  /** Request / response size of each sync, in bytes of JSON. */
  requestBytes: number[];
  responseBytes: number[];
}

export interface FakeHost {
  readonly workbook: FakeWorkbook;
  readonly stats: FakeStats;
  isSetSupported(set: string, version: string): boolean;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  private queue: Op[] = [];

  constructor(readonly host: FakeHost) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** Removes and returns the last queued op (a collection runs its items' loads inside its own). */
  takeLast(): Op {
    const op = this.queue.pop();
    if (!op) throw new Error('fake Excel: nothing queued');
    return op;
  }

  get pending(): number {
    return this.queue.length;
  }

  load<T extends { load(arg?: unknown): T }>(object: T, props?: unknown): T {
    return object.load(props);
  }

  async sync(): Promise<void> {
    const { workbook: wb, stats } = this.host;
    stats.syncs++;
    const ops = this.queue;
    this.queue = [];
    // A round trip: the caller's code after `await` runs later, as with the real host.
    await Promise.resolve();
    if (wb.flags.cellEditMode) throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    const request = ops.reduce((n, op) => n + op.bytes, 0);
    stats.requestBytes.push(request);
    if (wb.flags.requestLimitBytes !== null && request > wb.flags.requestLimitBytes) {
      stats.responseBytes.push(0);
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${request} bytes).`);
    }
    const loaded: Loaded[] = [];
    try {
      for (const op of ops) {
        const out = op.run();
        if (out) loaded.push(out);
      }
    } finally {
      if (wb.dirty) wb.recalc();
    }
    const response = loaded.reduce((n, l) => n + l.bytes, 0);
    stats.responseBytes.push(response);
    if (wb.flags.responseLimitBytes !== null && response > wb.flags.responseLimitBytes) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${response} bytes).`);
    }
    for (const l of loaded) l.commit();
  }
}
