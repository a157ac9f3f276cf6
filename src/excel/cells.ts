/**
 * Office.js cell data → the pipeline's grid (src/core/types.ts): the same values and types the exceljs
 * reader gives for the same file (src/xlsx/cells.ts), so both doors judge a workbook alike.
 */
import type { CellType, CellValue, SheetSnapshot } from '../core';

/**
 * Is this number format a date/time format? The same test exceljs applies when it turns a cell into a
 * Date (its `utils.isDateFmt`): date letters outside of `[...]` sections and quoted text.
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || !format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

/**
 * One cell. `valueType` is Excel.RangeValueType: Empty, String, Double, Integer, Boolean, Error, and
 * Unknown or RichValue (data types, images…) which the pipeline can only read as text. Dates are numbers
 * in Excel; a number in a date-formatted cell is a `date`, as in the exceljs path.
 */
export function cellOf(value: unknown, valueType: unknown, numberFormat: unknown): { value: CellValue; type: CellType } {
  switch (valueType) {
    case 'Empty':
      return { value: null, type: 'empty' };
    case 'Double':
    case 'Integer':
      if (typeof value !== 'number' || !Number.isFinite(value)) return { value: null, type: 'empty' };
      return { value, type: isDateFormat(numberFormat) ? 'date' : 'number' };
    case 'Boolean':
      return { value: Boolean(value), type: 'boolean' };
    case 'Error':
      return { value: String(value), type: 'error' };
    default: {
      // String, Unknown, RichValue: text; a formula that returns "" reads as empty (as exceljs reads it).
      const text = value === null || value === undefined ? '' : String(value);
      return text === '' ? { value: null, type: 'empty' } : { value: text, type: 'string' };
    }
  }
}

/** A sheet's grid being assembled from one or several blocks (the used range, or bands of it). */
export class GridBuilder {
  private readonly values: CellValue[][] = [];
  private readonly types: CellType[][] = [];

  /** Places a block read at (rowIndex, columnIndex), 0-based, into the A1-based grid. */
  put(rowIndex: number, columnIndex: number, values: unknown[][], valueTypes: unknown[][], numberFormats?: unknown[][]): void {
    values.forEach((row, i) => {
      const r = rowIndex + i;
      row.forEach((v, j) => {
        const cell = cellOf(v, valueTypes[i]?.[j], numberFormats?.[i]?.[j]);
        if (cell.type === 'empty') return;
        const c = columnIndex + j;
        const vr = (this.values[r] ??= []);
        const tr = (this.types[r] ??= []);
        vr[c] = cell.value;
        tr[c] = cell.type;
      });
    });
  }

  /**
   * The grid as the exceljs reader shapes it: rows up to the last one holding a value, each row up to its
   * last value, holes filled with empty cells.
   */
  build(name: string): SheetSnapshot {
    const values: CellValue[][] = [];
    const types: CellType[][] = [];
    for (let r = 0; r < this.values.length; r++) {
      const vr = this.values[r];
      const tr = this.types[r];
      const outV: CellValue[] = [];
      const outT: CellType[] = [];
      if (vr) {
        for (let c = 0; c < vr.length; c++) {
          const t = tr[c];
          outV.push(t === undefined ? null : vr[c]);
          outT.push(t ?? 'empty');
        }
      }
      values.push(outV);
      types.push(outT);
    }
    return { name, values, types };
  }
}
