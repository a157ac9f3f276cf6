/** Shared set-up for the adapter's tests: a fake Excel over a workbook, the real adapter on top. */
import type { CellType, CellValue, Snapshot } from '../../src/core/types';
import type { WorkbookPort } from '../../src/core';
import { createExcelPort, type ExcelPortOptions } from '../../src/excel';
import { ATTAINMENT, SCORE, STATUS } from '../../src/functions/functions';
import { createFakeExcel, FakeWorkbook, type FakeExcel, type FakeExcelOptions } from '../fakes/excel';

export interface Setup {
  wb: FakeWorkbook;
  excel: FakeExcel;
  port: WorkbookPort;
}

/** The add-in's functions, so the fake computes `=THIDUA.ATTAINMENT(…)` as Excel does with the add-in loaded. */
export function withFunctions(wb: FakeWorkbook): FakeWorkbook {
  wb.functions = { 'THIDUA.ATTAINMENT': ATTAINMENT, 'THIDUA.STATUS': STATUS, 'THIDUA.SCORE': SCORE };
  return wb;
}

export function setup(from: Snapshot | FakeWorkbook, options: { port?: ExcelPortOptions; excel?: FakeExcelOptions } = {}): Setup {
  const wb = withFunctions(from instanceof FakeWorkbook ? from : FakeWorkbook.fromSnapshot(from));
  const excel = createFakeExcel(wb, options.excel);
  const port = createExcelPort({ run: excel.run as unknown as ExcelPortOptions['run'], ...options.port });
  return { wb, excel, port };
}

/** Trailing empty cells and rows dropped, types made explicit: the shape both readers give. */
export function normalize(snapshot: Snapshot): { name: string; values: CellValue[][]; types: CellType[][] }[] {
  return snapshot.sheets.map((s) => {
    const values: CellValue[][] = [];
    const types: CellType[][] = [];
    s.values.forEach((row, r) => {
      const vr: CellValue[] = [];
      const tr: CellType[] = [];
      row.forEach((v, c) => {
        const empty = v === null || v === undefined || v === '';
        vr.push(empty ? null : v);
        tr.push(empty ? 'empty' : (s.types?.[r]?.[c] ?? 'string'));
      });
      while (vr.length && vr[vr.length - 1] === null) {
        vr.pop();
        tr.pop();
      }
      values.push(vr);
      types.push(tr);
    });
    while (values.length && values[values.length - 1].length === 0) {
      values.pop();
      types.pop();
    }
    return { name: s.name, values, types };
  });
}

/** A deep copy of a sheet's cells and formats, to prove later that nothing changed. */
export function sheetState(wb: FakeWorkbook, name: string): unknown {
  const s = wb.sheet(name);
  return JSON.parse(
    JSON.stringify({
      name: s.name,
      cells: [...s.cells.entries()],
      widths: [...s.columnWidths.entries()],
      heights: [...s.rowHeights.entries()],
      merges: s.merges,
      freeze: s.freeze,
      cf: s.conditionalFormats,
      dv: s.validations,
      page: s.pageLayout,
      tab: s.tabColor,
    }),
  );
}
