/**
 * The fake `Excel.run` and its RequestContext. A batch is the list of queued commands and loads; `sync()`
 * sends it: the request is measured as office.js serializes it (request.ts) and refused over the payload
 * limit, commands run in order against the model (a failing command stops the batch and the ones before
 * it stay applied: Excel does not roll a batch back), and loaded values become readable. The response is
 * measured as JSON too and refused over the limit (what ran stays done, as in Excel).
 */
import { FakeOfficeError } from './errors';
import type { FakeWorkbook } from './model';
import { FakeWorkbookProxy } from './proxies';
import { PathFactory, RequestBuilder, utf8Length, type ActionSpec, type ObjectPath } from './request';

export interface Loaded {
  /** What the response carries for this load (its `Value`), measured as JSON. */
  value: unknown;
  commit: () => void;
}

export interface Op {
  /** The call as office.js puts it in the request: the object it is made on and what it is. */
  on: ObjectPath;
  action: ActionSpec;
  /** Runs against the model; a load returns what it read (committed when the whole batch succeeded). */
  run: () => Loaded | void;
}

export interface FakeStats {
  runs: number;
  syncs: number;
  /** `load()` calls without property names (Office.js then loads everything: to be avoided). */
  emptyLoads: number;
  /** Request / response size of each sync, in bytes of UTF-8 JSON as office.js and Excel serialize them. */
  requestBytes: number[];
  responseBytes: number[];
  /** Syncs Excel refused for their size (the request or the response over the limit). */
  refused: number;
  /** The body of the last request, as office.js would send it (request.ts). */
  lastRequest: unknown;
}

export interface FakeHost {
  readonly workbook: FakeWorkbook;
  readonly stats: FakeStats;
  isSetSupported(set: string, version: string): boolean;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  readonly paths = new PathFactory();
  private queue: Op[] = [];
  private request = new RequestBuilder(this.paths);
  /** True while a sync runs the ops: loads queued then (a collection's items) are not part of any request. */
  private running = false;

  constructor(readonly host: FakeHost) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  enqueue(op: Op): void {
    if (!this.running) this.request.add(op.on, op.action);
    this.queue.push(op);
  }

  /** A client object was created on this path: office.js instantiates it in the pending request. */
  created(path: ObjectPath): void {
    if (!this.running) this.request.add(path, { type: 'instantiate' });
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
    const sent = this.request;
    this.queue = [];
    this.request = new RequestBuilder(this.paths);
    // A round trip: the caller's code after `await` runs later, as with the real host.
    await Promise.resolve();
    if (wb.flags.cellEditMode) throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    const body = sent.body();
    stats.lastRequest = body;
    const request = sent.size > 0 ? utf8Length(JSON.stringify(body)) : 0;
    stats.requestBytes.push(request);
    if (wb.flags.requestLimitBytes !== null && request > wb.flags.requestLimitBytes) {
      stats.responseBytes.push(0);
      stats.refused++;
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${request} bytes).`);
    }
    const loaded: Loaded[] = [];
    this.running = true;
    try {
      // No rollback: a command that fails leaves the ones before it applied.
      for (const op of ops) {
        const failOn = wb.flags.failOn;
        if (failOn && failOn(op.action, stats.syncs)) {
          wb.flags.failOn = null;
          throw new FakeOfficeError('GeneralException', 'An internal error has occurred.');
        }
        const out = op.run();
        if (out) loaded.push(out);
      }
    } finally {
      this.running = false;
      if (wb.dirty) wb.recalc();
    }
    // { "Results": [ { "ActionId": n, "Value": … }, … ] }, one result per load.
    const response = loaded.length === 0 ? 0 : loaded.reduce((n, l, i) => n + utf8Length(JSON.stringify({ ActionId: i + 1, Value: l.value })) + 1, 14);
    stats.responseBytes.push(response);
    if (wb.flags.responseLimitBytes !== null && response > wb.flags.responseLimitBytes) {
      stats.refused++;
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${response} bytes).`);
    }
    for (const l of loaded) l.commit();
  }
}
