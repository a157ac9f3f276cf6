/**
 * Reading the whole workbook in a fixed number of round trips (DESIGN.md §3).
 *
 * Sync 1 loads the sheet names and the workbook-level names (the tool's marks). Sync 2 loads, for every
 * sheet at once, the used range's position, values, value types and number formats (the formats tell a
 * date from a number, as in the exceljs path). That is 2 syncs whatever the number of sheets.
 *
 * Excel on the web rejects a response over 5 MB, and the size is only known once the used ranges are
 * known, which would cost a third round trip on every read. So the read is optimistic: only when Excel
 * answers sync 2 with a payload-limit error (or when the previous read of this workbook needed it) are the
 * cells read in several requests, each sized from the cell count (see CHUNK_CELLS).
 */
import type { SheetSnapshot, Snapshot, ToolMarks } from '../core/types';
import { GridBuilder } from './cells';
import { isPayloadLimit } from './errors';
import { marksOf, type DefinedName } from './names';

/** What the adapter remembers of the workbook from its last read, to write without reading again. */
export interface WorkbookState {
  /** Sheet names in tab order. */
  sheets: string[];
  /** Workbook-level defined names. */
  names: DefinedName[];
  marks: ToolMarks;
}

/** The limit Excel on the web puts on one request or response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * Bytes one cell costs in the JSON response when values, valueTypes and numberFormat are loaded: a value
 * (a number prints as up to ~18 characters, a label ~20–40, Vietnamese letters may be escaped `\uXXXX`),
 * its type (`"String",` 9 bytes) and its format (`"General",` 10 bytes). The template-shaped sheets of
 * bench/synthetic.ts measure about 30 bytes per cell; 64 leaves room for long Vietnamese labels. A request
 * that still passes the limit is halved and retried (readInChunks).
 */
export const BYTES_PER_CELL = 64;

/** Cells per request in the split read: 80% of the limit (room for the JSON envelope) ÷ bytes per cell ≈ 65,000. */
export const CHUNK_CELLS = Math.floor((PAYLOAD_LIMIT_BYTES * 0.8) / BYTES_PER_CELL);

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
  /** Skip the optimistic single request (the last read of this workbook had to be split). */
  split?: boolean;
  /** Cells per request in the split read (tests make it small). */
  chunkCells?: number;
}

export interface ReadResult {
  snapshot: Snapshot;
  state: WorkbookState;
  /** True when the cells had to be read in several requests. */
  split: boolean;
}

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<ReadResult> {
  const { worksheets, state } = await readState(context);
  let grids: GridBuilder[] | null = null;
  let split = !!options.split;
  if (!split) {
    try {
      grids = await readAllAtOnce(context, worksheets);
    } catch (error) {
      if (!isPayloadLimit(error)) throw error;
      split = true;
    }
  }
  if (!grids) grids = await readInChunks(context, worksheets, options.chunkCells ?? CHUNK_CELLS);
  const sheets: SheetSnapshot[] = grids.map((g, i) => g.build(state.sheets[i]));
  const snapshot: Snapshot = Object.keys(state.marks).length > 0 ? { sheets, marks: state.marks } : { sheets };
  return { snapshot, state, split };
}

/** Sync 2: every sheet's used range (values only: formatting alone does not grow it) in one request. */
async function readAllAtOnce(context: Excel.RequestContext, worksheets: Excel.Worksheet[]): Promise<GridBuilder[]> {
  const used = worksheets.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load('rowIndex,columnIndex,values,valueTypes,numberFormat');
    return range;
  });
  await context.sync();
  return used.map((range) => {
    const grid = new GridBuilder();
    if (!range.isNullObject) grid.put(range.rowIndex, range.columnIndex, range.values, range.valueTypes, range.numberFormat);
    return grid;
  });
}

/** Rows [r0, r0 + rows) of one sheet's used range, read as one block. */
interface Band {
  sheet: number;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * The split read: one sync for the used ranges' sizes, then requests of at most `chunkCells` cells (whole
 * sheets grouped, a big sheet cut into bands of rows). A request Excel still rejects is halved.
 */
async function readInChunks(context: Excel.RequestContext, worksheets: Excel.Worksheet[], chunkCells: number): Promise<GridBuilder[]> {
  const used = worksheets.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    return range;
  });
  await context.sync();
  const grids = worksheets.map(() => new GridBuilder());
  const requests = planRequests(
    used.map((r) => (r.isNullObject ? null : { row: r.rowIndex, column: r.columnIndex, rows: r.rowCount, columns: r.columnCount })),
    chunkCells,
  );
  const pending = requests.slice();
  while (pending.length > 0) {
    const request = pending.shift() as Band[];
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
      pending.unshift(...halves);
      continue;
    }
    request.forEach((b, i) => grids[b.sheet].put(b.row, b.column, ranges[i].values, ranges[i].valueTypes, ranges[i].numberFormat));
  }
  return grids;
}

/** Groups the sheets' used ranges into requests of at most `chunkCells` cells. */
export function planRequests(ranges: ({ row: number; column: number; rows: number; columns: number } | null)[], chunkCells: number): Band[][] {
  const requests: Band[][] = [];
  let current: Band[] = [];
  let cells = 0;
  ranges.forEach((r, sheet) => {
    if (!r || r.rows === 0 || r.columns === 0) return;
    const rowsPerBand = Math.max(1, Math.floor(chunkCells / r.columns));
    for (let off = 0; off < r.rows; off += rowsPerBand) {
      const band: Band = { sheet, row: r.row + off, column: r.column, rows: Math.min(rowsPerBand, r.rows - off), columns: r.columns };
      const size = band.rows * band.columns;
      if (cells + size > chunkCells && current.length > 0) {
        requests.push(current);
        current = [];
        cells = 0;
      }
      current.push(band);
      cells += size;
    }
  });
  if (current.length > 0) requests.push(current);
  return requests;
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
