/**
 * A fake `Excel` host over an in-memory workbook, for the adapter's tests in node and for the task pane's
 * browser tests (DOM-free; bundle it as it is). Usage:
 *
 *   const wb = FakeWorkbook.fromSnapshot(snapshotFromPlans(planSample()));
 *   const excel = createFakeExcel(wb);
 *   const port = createExcelPort({ run: excel.run });
 *   … excel.stats.syncs, wb.sheet('Xếp hạng').at('A1') …
 *
 * `excel.Excel` can stand in for the global `Excel` namespace (run + the string enums).
 */
import { FakeRequestContext, type FakeHost, type FakeStats } from './context';
import type { FakeWorkbook } from './model';

export { FakeWorkbook, FakeSheet, type FakeCell, type FakeFlags, type FakeName } from './model';
export { FakeOfficeError } from './errors';
export { FakeRequestContext, type FakeStats } from './context';
export { RequestBuilder, PathFactory, utf8Length, type ActionSpec } from './request';
export { WEB_PAYLOAD_LIMIT } from './model';
export type { FakeFunction } from './calc';

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the fake host claims (default 1.12). */
  excelApi?: string;
}

export interface FakeExcel {
  workbook: FakeWorkbook;
  stats: FakeStats;
  run: <T>(batch: (context: FakeRequestContext) => Promise<T>) => Promise<T>;
  isSetSupported: (set: string, version: string) => boolean;
  /** Syncs made while `body` runs. */
  syncsDuring: (body: () => Promise<unknown>) => Promise<number>;
  /** A stand-in for the global `Excel` namespace. */
  Excel: Record<string, unknown>;
}

const versionAtMost = (v: string, max: string) => {
  const [a, b] = v.split('.').map(Number);
  const [c, d] = max.split('.').map(Number);
  return a < c || (a === c && (b || 0) <= (d || 0));
};

const enumOf = (...values: string[]) => Object.fromEntries(values.map((v) => [v.charAt(0).toLowerCase() + v.slice(1), v]));

export function createFakeExcel(workbook: FakeWorkbook, options: FakeExcelOptions = {}): FakeExcel {
  const excelApi = options.excelApi ?? '1.12';
  const stats: FakeStats = { runs: 0, syncs: 0, emptyLoads: 0, requestBytes: [], responseBytes: [], refused: 0, lastRequest: null };
  const host: FakeHost = {
    workbook,
    stats,
    isSetSupported: (set, version) => (set === 'ExcelApi' ? versionAtMost(version, excelApi) : true),
  };
  async function run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    stats.runs++;
    const context = new FakeRequestContext(host);
    const result = await batch(context);
    // Excel.run sends what is still queued when the batch function ends.
    if (context.pending > 0) await context.sync();
    return result;
  }
  return {
    workbook,
    stats,
    run,
    isSetSupported: host.isSetSupported,
    async syncsDuring(body) {
      const before = stats.syncs;
      await body();
      return stats.syncs - before;
    },
    Excel: {
      run,
      ConditionalFormatType: enumOf('Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'),
      PageOrientation: enumOf('Portrait', 'Landscape'),
      PaperType: { a3: 'A3', a4: 'A4', a5: 'A5', letter: 'Letter', legal: 'Legal' },
      BorderIndex: enumOf('EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'),
      BorderLineStyle: enumOf('None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'),
      BorderWeight: enumOf('Hairline', 'Thin', 'Medium', 'Thick'),
      HorizontalAlignment: enumOf('General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'),
      VerticalAlignment: enumOf('Top', 'Center', 'Bottom', 'Justify', 'Distributed'),
      RangeValueType: enumOf('Unknown', 'Empty', 'String', 'Integer', 'Double', 'Boolean', 'Error', 'RichValue'),
      CalculationType: enumOf('Recalculate', 'Full', 'FullRebuild'),
      ErrorCodes: enumOf('AccessDenied', 'GeneralException', 'InvalidArgument', 'InvalidOperation', 'ItemAlreadyExists', 'ItemNotFound', 'InvalidOperationInCellEditMode'),
    },
  };
}
