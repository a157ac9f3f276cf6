/**
 * Reads an .xlsx (as bytes) into the pipeline's Snapshot through exceljs. The exceljs workbook is handed
 * back too, so that `writeWithPlans` can write a copy that keeps everything of the input exceljs carries.
 * No `fs` here: src/xlsx/file.ts reads paths.
 */
import ExcelJS from 'exceljs';
import type { CellType, CellValue, SheetSnapshot, Snapshot } from '../core/types';
import { readCell } from './cells';
import { XlsxReadError } from './errors';
import { readMarks } from './names';

export interface ReadResult {
  snapshot: Snapshot;
  workbook: ExcelJS.Workbook;
}

export type XlsxInput = Buffer | ArrayBuffer | Uint8Array;

const ZIP_MAGIC = [0x50, 0x4b]; // "PK": every .xlsx is a zip package
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // legacy .xls, or an encrypted .xlsx

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function toBuffer(input: XlsxInput): Buffer {
  if (Buffer.isBuffer(input)) return input;
  if (input instanceof ArrayBuffer) return Buffer.from(input);
  return Buffer.from(input.buffer, input.byteOffset, input.byteLength);
}

/**
 * Parses .xlsx bytes into an exceljs workbook. Throws `XlsxReadError`: NOT_XLSX (not a zip, or a zip
 * without worksheets), OLE_FILE (.xls or password-protected), CORRUPT_XLSX (exceljs could not parse it).
 */
export async function loadWorkbook(input: XlsxInput): Promise<ExcelJS.Workbook> {
  const bytes = toBuffer(input);
  if (startsWith(bytes, OLE_MAGIC)) throw new XlsxReadError('OLE_FILE');
  if (!startsWith(bytes, ZIP_MAGIC)) throw new XlsxReadError('NOT_XLSX');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer-like alias; a Node Buffer is what it reads at run time.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new XlsxReadError('CORRUPT_XLSX', err instanceof Error ? err.message : String(err));
  }
  // A workbook always has a sheet: a zip without one is another kind of package (.docx, .zip, …).
  if (workbook.worksheets.length === 0) throw new XlsxReadError('NOT_XLSX', 'no worksheet');
  return workbook;
}

/**
 * One worksheet as a grid from A1: every row up to the last one that holds a value (rows in between are
 * present, maybe empty), each row up to its last value. `types` has the same shape.
 */
export function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const types: CellType[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const rv: CellValue[] = [];
    const rt: CellType[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const { value, type } = readCell(cell);
      if (type === 'empty') return;
      while (rv.length < colNumber - 1) {
        rv.push(null);
        rt.push('empty');
      }
      rv.push(value);
      rt.push(type);
    });
    if (rv.length === 0) return;
    while (values.length < rowNumber - 1) {
      values.push([]);
      types.push([]);
    }
    values.push(rv);
    types.push(rt);
  });
  return { name: ws.name, values, types };
}

/** The snapshot of a loaded workbook: every worksheet in workbook order (hidden ones too), and the marks. */
export function snapshotFromWorkbook(workbook: ExcelJS.Workbook): Snapshot {
  const sheets = workbook.worksheets.map(sheetSnapshot);
  const marks = readMarks(workbook);
  return Object.keys(marks).length > 0 ? { sheets, marks } : { sheets };
}

/** Reads .xlsx bytes: the snapshot for the pipeline and the workbook for `writeWithPlans`. */
export async function readSnapshot(input: XlsxInput): Promise<ReadResult> {
  const workbook = await loadWorkbook(input);
  return { snapshot: snapshotFromWorkbook(workbook), workbook };
}
