/**
 * Sizing write requests (DESIGN.md §3). office.js sends everything queued before a `context.sync()` as one
 * JSON request: each call is an action (`{"Id":…,"ActionType":…,"Name":"Formulas","ObjectPathId":…,
 * "ArgumentInfo":{"Arguments":[…]}}`) standing on object paths (`getRange("A1:F1")` → `format` → `font`),
 * each path listed once and instantiated by an action of its own; matrices of more than 1,500 cells are
 * cut by office.js into slices of rows, three paths each. Excel on the web refuses a request over 5 MB.
 *
 * The adapter cannot see office.js's request before sending it, so it measures what it queues: the code
 * that queues a sheet runs once against a recorder standing in for `Excel.Worksheet`, which counts what
 * office.js would send: a new object path for each property first reached on an object (`format`, `font`,
 * with its instantiation), a path or an action for each method call, an action for each property set, and
 * the arguments as UTF-8 JSON. The constants are upper bounds of office.js's JSON for each (ids up to 7
 * digits, the longest names used); test/excel/batch.test.ts compares the estimate with the request the
 * fake Excel builds as office.js does, and keeps it above it and close to it.
 */
import { jsonBytes, PAYLOAD_LIMIT_BYTES } from './payload';

/** A property path and its instantiation: `"12":{"Id":12,"ObjectPathType":4,"Name":"Format","ParentObjectPathId":11}` + `{"Id":13,"ActionType":1,"Name":"","ObjectPathId":12}`. */
export const PATH_BYTES = 170;

/** A method call (a method path and its instantiation, or a method action), beyond its arguments. */
export const CALL_BYTES = 200;

/** A property set action, beyond its value: `{"Id":14,"ActionType":4,"Name":"HorizontalAlignment","ObjectPathId":12,"ArgumentInfo":{"Arguments":[…]}}`. */
export const SET_BYTES = 130;

/** What reaching a worksheet costs a request (`workbook`, `worksheets`, `getItem(name)`), beyond the name. */
export const SHEET_BYTES = 3 * PATH_BYTES;

/** Bytes each 1,500-cell slice of a large matrix adds (office.js's getRow, getRow, getBoundingRect paths). */
const SLICE_BYTES = 3 * CALL_BYTES;

/** Cells per slice when office.js cuts a large matrix (setRangePropertiesInBulk). */
const SLICE_CELLS = 1500;

/** A write request is filled up to this estimate: 90% of the limit, the estimate being an upper bound. */
export const REQUEST_BUDGET = Math.floor(PAYLOAD_LIMIT_BYTES * 0.9);

/** What setting a matrix of this shape adds for office.js's slices. */
export function sliceBytes(rows: number, cols: number): number {
  if (rows * cols <= SLICE_CELLS || cols === 0) return 0;
  const rowsPer = Math.max(1, Math.round(SLICE_CELLS / cols));
  return Math.ceil(rows / rowsPer) * SLICE_BYTES;
}

function setBytes(value: unknown): number {
  let extra = 0;
  if (Array.isArray(value) && Array.isArray(value[0])) extra = sliceBytes(value.length, (value[0] as unknown[]).length);
  return SET_BYTES + jsonBytes(value) + extra;
}

/**
 * A stand-in for any Excel object. Reading a property gives another (a new path the first time, as
 * office.js caches `range.format`); reading a method and calling it counts a call; setting counts an action.
 */
function recorder(meter: { bytes: number }): unknown {
  const make = (): unknown => {
    const children = new Map<string, unknown>();
    return new Proxy(function stub() {}, {
      get: (_t, prop) => {
        if (prop === 'then' || typeof prop === 'symbol') return undefined;
        let child = children.get(prop);
        if (!child) {
          child = make();
          children.set(prop, child);
          // A method read before its call costs nothing by itself; a property object is a new path.
          meter.bytes += PATH_BYTES;
        }
        return child;
      },
      set: (_t, _prop, value: unknown) => {
        meter.bytes += setBytes(value);
        return true;
      },
      apply: (_t, _this, args: unknown[]) => {
        meter.bytes += CALL_BYTES + jsonBytes(args);
        return make();
      },
    });
  };
  return make();
}

/** The request bytes, as estimated, of what `queue` does to a worksheet. */
export function measureQueued(queue: (ws: Excel.Worksheet) => void): number {
  const meter = { bytes: SHEET_BYTES };
  queue(recorder(meter) as Excel.Worksheet);
  return meter.bytes;
}

/** One piece of a write: queued into a batch, with its estimated size. */
export interface Step {
  bytes: number;
  queue: (batch: BatchContext) => void;
}

/** What a step gets from the batch it is queued in. */
interface BatchContext {
  context: Excel.RequestContext;
  /** A worksheet by name: the one added earlier in this batch, else `worksheets.getItem(name)`. */
  sheet(name: string): Excel.Worksheet;
  /** Records a worksheet added in this batch. */
  added(name: string, ws: Excel.Worksheet): void;
}

/**
 * Steps in order, grouped into as few batches as the budget allows: a batch is closed when the next step
 * would pass it (a step larger than the budget goes alone). Everything that fits goes in one batch.
 */
export function packBatches(steps: Step[], budget: number, overhead: number): Step[][] {
  const batches: Step[][] = [];
  let current: Step[] = [];
  let size = overhead;
  for (const step of steps) {
    if (current.length > 0 && size + step.bytes > budget) {
      batches.push(current);
      current = [];
      size = overhead;
    }
    current.push(step);
    size += step.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Queues one batch's steps in a request context. */
export function queueBatch(context: Excel.RequestContext, steps: Step[]): void {
  const handles = new Map<string, Excel.Worksheet>();
  const batch: BatchContext = {
    context,
    sheet(name) {
      let ws = handles.get(name);
      if (!ws) {
        ws = context.workbook.worksheets.getItem(name);
        handles.set(name, ws);
      }
      return ws;
    },
    added(name, ws) {
      handles.set(name, ws);
    },
  };
  for (const step of steps) step.queue(batch);
}
