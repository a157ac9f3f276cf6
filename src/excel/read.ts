/**
 * Reading the whole workbook in a fixed number of round trips (DESIGN.md §3).
 *
 * Sync 1 loads the sheet names and the workbook-level names (the tool's marks). Sync 2 loads, for every
 * sheet at once, the used range's position, values, value types and number formats (the formats tell a
 * date from a number, as in the exceljs path). That is 2 syncs whatever the number of sheets.
 *
 * Excel on the web refuses a response over 5 MB. Every read measures what each sheet weighed on the wire
 * (bytes of its values, types and formats as JSON), and the port hands those figures to the next read:
 * - when the sheets as last measured fit in one response, sync 2 reads them all (a sheet never measured
 *   is taken on trust: only the first read of a workbook can meet the limit by surprise, and then it
 *   falls back to the split read below);
 * - otherwise the read is split at once, with no refused round trip: one sync for the used ranges' sizes,
 *   then requests sized in bytes, each sheet's cost per cell taken from its last measure, else from what
 *   this read has measured so far, else from a cautious default. A request that still meets the limit is
 *   halved and retried.
 */
import type { SheetSnapshot, Snapshot, ToolMarks } from '../core';
import { GridBuilder } from './cells';
import { isPayloadLimit } from './errors';
import { marksOf, type DefinedName } from './names';
import { matrixBytes, PAYLOAD_LIMIT_BYTES } from './payload';

/** What the adapter remembers of the workbook from its last read, to write without reading again. */
export interface WorkbookState {
  /** Sheet names in tab order. */
  sheets: string[];
  /** Workbook-level defined names. */
  names: DefinedName[];
  marks: ToolMarks;
}

/** What one sheet weighed in the response when it was last read. */
export interface SheetWeight {
  cells: number;
  bytes: number;
}

/** A response is filled up to 80% of the limit: room for the JSON envelope and for estimates that run short. */
const READ_BUDGET = Math.floor(PAYLOAD_LIMIT_BYTES * 0.8);

/**
 * Bytes per cell assumed for a sheet nothing has been measured of yet: a value (a long Vietnamese label is
 * 2–3 bytes a letter), its type (`"String",`) and its format (`"General",`). Cautious on purpose: the first
 * request of a split read is sized from it, the next ones from what that request measured.
 */
const DEFAULT_BYTES_PER_CELL = 256;

/** Excel reads at most 5,000,000 cells in one request, on every platform. */
const MAX_CELLS_PER_REQUEST = 4_000_000;

/** Sync 1: sheet names in order, and the workbook-level names. */
export async function readState(context: Excel.RequestContext): Promise<{ worksheets: Excel.Worksheet[]; state: WorkbookState }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const names = context.workbook.names;
  names.load('items/name,items/formula');
  await context.sync();
  const sheets = worksheets.items.map((ws) => ws.name);
  const defined = names.items.map((n) => ({ name: n.name, formula: n.formula as unknown }));
  return { worksheets: worksheets.items, state: { sheets, names: defined, marks: marksOf(defined, sheets) } };
}

export interface ReadOptions {
  /** Each sheet's weight at the last read of this workbook, by name. */
  weights?: ReadonlyMap<string, SheetWeight>;
  /** Bytes one response may carry (tests make it small). */
  budget?: number;
}

export interface ReadResult {
  snapshot: Snapshot;
  state: WorkbookState;
  /** True when the cells had to be read in several requests. */
  split: boolean;
  /** Each sheet's weight in this read, by name (for the next read). */
  weights: Map<string, SheetWeight>;
}

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<ReadResult> {
  const { worksheets, state } = await readState(context);
  const budget = options.budget ?? READ_BUDGET;
  const weights = new Map<string, SheetWeight>();
  const known = state.sheets.reduce((n, name) => n + (options.weights?.get(name)?.bytes ?? 0), 0);
  let grids: GridBuilder[] | null = null;
  let split = known > budget;
  if (!split) {
    try {
      grids = await readAllAtOnce(context, worksheets, state.sheets, weights);
    } catch (error) {
      if (!isPayloadLimit(error)) throw error;
      split = true;
    }
  }
  if (!grids) grids = await readInChunks(context, worksheets, state.sheets, { budget, last: options.weights, weights });
  const sheets: SheetSnapshot[] = grids.map((g, i) => g.build(state.sheets[i]));
  const snapshot: Snapshot = Object.keys(state.marks).length > 0 ? { sheets, marks: state.marks } : { sheets };
  return { snapshot, state, split, weights };
}

/** What a block of cells weighed in the response. */
function weighBlock(values: unknown[][], valueTypes: unknown[][], numberFormat: unknown[][]): SheetWeight {
  const cells = values.reduce((n, row) => n + row.length, 0);
  // 60: the property names and the block's position around the three matrices.
  return { cells, bytes: matrixBytes(values) + matrixBytes(valueTypes) + matrixBytes(numberFormat) + 60 };
}

function addWeight(weights: Map<string, SheetWeight>, name: string, w: SheetWeight): void {
  const had = weights.get(name) ?? { cells: 0, bytes: 0 };
  weights.set(name, { cells: had.cells + w.cells, bytes: had.bytes + w.bytes });
}

/** Sync 2: every sheet's used range (values only: formatting alone does not grow it) in one request. */
async function readAllAtOnce(context: Excel.RequestContext, worksheets: Excel.Worksheet[], names: string[], weights: Map<string, SheetWeight>): Promise<GridBuilder[]> {
  const used = worksheets.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load('rowIndex,columnIndex,values,valueTypes,numberFormat');
    return range;
  });
  await context.sync();
  return used.map((range, i) => {
    const grid = new GridBuilder();
    if (!range.isNullObject) {
      grid.put(range.rowIndex, range.columnIndex, range.values, range.valueTypes, range.numberFormat);
      addWeight(weights, names[i], weighBlock(range.values, range.valueTypes, range.numberFormat));
    } else weights.set(names[i], { cells: 0, bytes: 0 });
    return grid;
  });
}

/** Rows [row, row + rows) of one sheet's used range, read as one block. */
interface Band {
  sheet: number;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

interface ChunkOptions {
  budget: number;
  /** Weights measured at the last read. */
  last?: ReadonlyMap<string, SheetWeight>;
  /** Weights of this read, filled in as blocks arrive. */
  weights: Map<string, SheetWeight>;
}

/**
 * The split read: one sync for the used ranges' sizes, then requests filled up to the byte budget, sheet
 * after sheet (a big sheet cut into bands of rows), each sized from the best measure at hand when it is
 * built. A request Excel still refuses is halved.
 */
async function readInChunks(context: Excel.RequestContext, worksheets: Excel.Worksheet[], names: string[], options: ChunkOptions): Promise<GridBuilder[]> {
  const used = worksheets.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    return range;
  });
  await context.sync();
  const grids = worksheets.map(() => new GridBuilder());
  const { weights } = options;
  const remaining: Band[] = [];
  used.forEach((r, sheet) => {
    if (r.isNullObject || r.rowCount === 0 || r.columnCount === 0) weights.set(names[sheet], { cells: 0, bytes: 0 });
    else remaining.push({ sheet, row: r.rowIndex, column: r.columnIndex, rows: r.rowCount, columns: r.columnCount });
  });
  const seen = { cells: 0, bytes: 0 };
  const perCell = (sheet: number): number => {
    const mine = weights.get(names[sheet]);
    if (mine && mine.cells > 0) return mine.bytes / mine.cells;
    const last = options.last?.get(names[sheet]);
    if (last && last.cells > 0) return last.bytes / last.cells;
    return seen.cells > 0 ? seen.bytes / seen.cells : DEFAULT_BYTES_PER_CELL;
  };
  const retry: Band[][] = [];
  while (retry.length > 0 || remaining.length > 0) {
    const request = retry.shift() ?? nextRequest(remaining, perCell, options.budget);
    const ranges = request.map((b) => {
      const range = worksheets[b.sheet].getRangeByIndexes(b.row, b.column, b.rows, b.columns);
      range.load('values,valueTypes,numberFormat');
      return range;
    });
    try {
      // One request per chunk, on purpose: each must stay under the payload limit on its own.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const halves = isPayloadLimit(error) ? halve(request) : null;
      if (!halves) throw error;
      retry.unshift(...halves);
      continue;
    }
    request.forEach((b, i) => {
      const r = ranges[i];
      grids[b.sheet].put(b.row, b.column, r.values, r.valueTypes, r.numberFormat);
      const w = weighBlock(r.values, r.valueTypes, r.numberFormat);
      addWeight(weights, names[b.sheet], w);
      seen.cells += w.cells;
      seen.bytes += w.bytes;
    });
  }
  return grids;
}

/**
 * Takes from `remaining` (in place) the next request: whole sheets while they fit, then as many rows of the
 * next one as fit; at least one row.
 */
export function nextRequest(remaining: Band[], perCell: (sheet: number) => number, budget: number): Band[] {
  const request: Band[] = [];
  let bytes = 0;
  let cells = 0;
  while (remaining.length > 0) {
    const b = remaining[0];
    const rowBytes = b.columns * perCell(b.sheet);
    const byBytes = Math.floor((budget - bytes) / rowBytes);
    const byCells = Math.floor((MAX_CELLS_PER_REQUEST - cells) / b.columns);
    let rows = Math.min(b.rows, byBytes, byCells);
    if (rows < 1) {
      if (request.length > 0) break;
      rows = 1;
    }
    request.push({ ...b, rows });
    bytes += rows * rowBytes;
    cells += rows * b.columns;
    if (rows === b.rows) remaining.shift();
    else {
      remaining[0] = { ...b, row: b.row + rows, rows: b.rows - rows };
      break;
    }
  }
  return request;
}

/** A rejected request in two: its bands split in two groups, or one band's rows in two; null for a single row. */
function halve(request: Band[]): Band[][] | null {
  if (request.length > 1) {
    const mid = Math.ceil(request.length / 2);
    return [request.slice(0, mid), request.slice(mid)];
  }
  const b = request[0];
  if (b.rows < 2) return null;
  const top = Math.ceil(b.rows / 2);
  return [[{ ...b, rows: top }], [{ ...b, row: b.row + top, rows: b.rows - top }]];
}
