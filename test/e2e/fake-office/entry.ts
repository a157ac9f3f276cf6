/**
 * The fake office.js served in place of Microsoft's CDN in the browser tests. It defines `Office` (onReady,
 * display language, theme, requirement sets) and `Excel` backed by the in-memory workbook of test/fakes, so
 * the REAL adapter code in src/excel runs against it. The test configures it before any page script runs
 * (`window.__THIDUA_E2E__`, set by an init script) and inspects the workbook through `window.__fake`.
 */
import type { Snapshot } from '../../../src/core/types';
import { ATTAINMENT } from '../../../src/functions/functions';
import { createFakeExcel, FakeWorkbook, WEB_PAYLOAD_LIMIT } from '../../fakes/excel';

export interface E2EConfig {
  displayLanguage: string;
  bodyBackgroundColor: string;
  snapshot: Snapshot;
  excelApi?: string;
  /** A large sheet made in the page (no need to ship megabytes through the init script): `text` in every cell. */
  filler?: { sheet: string; rows: number; columns: number; text: string };
  /** Sheets protected in the page (a write to them fails with AccessDenied, as Excel's does). */
  protect?: string[];
}

const w = window as unknown as {
  __THIDUA_E2E__?: E2EConfig;
  __fake?: unknown;
  Office?: unknown;
  Excel?: unknown;
  OfficeExtension?: unknown;
};

const config: E2EConfig = w.__THIDUA_E2E__ ?? { displayLanguage: 'vi-VN', bodyBackgroundColor: '#FFFFFF', snapshot: { sheets: [] } };
const workbook = FakeWorkbook.fromSnapshot(config.snapshot);
// The host is Excel on the web: requests and responses over 5 MB are refused (the fake's default, said here).
workbook.flags.requestLimitBytes = WEB_PAYLOAD_LIMIT;
workbook.flags.responseLimitBytes = WEB_PAYLOAD_LIMIT;
if (config.filler) {
  const { sheet, rows, columns, text } = config.filler;
  const s = workbook.addSheet(sheet);
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) Object.assign(s.ensure(r, c), { value: `${text} ${r + 1}.${c + 1}`, type: 'String' });
}
for (const name of config.protect ?? []) {
  const sheet = workbook.sheets.find((x) => x.name === name);
  if (!sheet) throw new Error(`no sheet ${name} to protect`);
  sheet.protected = true;
}
// In Excel the add-in's own function computes what the template's formulas call.
workbook.functions['THIDUA.ATTAINMENT'] = ATTAINMENT as (...args: unknown[][][]) => unknown;
const excel = createFakeExcel(workbook, { excelApi: config.excelApi });

const dark = /^#?(?:[0-3][0-9a-f]){3}$/i.test(config.bodyBackgroundColor);
const theme = dark
  ? { bodyBackgroundColor: config.bodyBackgroundColor, bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#404040', controlForegroundColor: '#FFFFFF', isDarkTheme: true }
  : { bodyBackgroundColor: config.bodyBackgroundColor, bodyForegroundColor: '#000000', controlBackgroundColor: '#FFFFFF', controlForegroundColor: '#000000', isDarkTheme: false };

w.Office = {
  HostType: { Excel: 'Excel' },
  PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC' },
  onReady: (callback?: (info: unknown) => void) => {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    callback?.(info);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: config.displayLanguage,
    contentLanguage: config.displayLanguage,
    officeTheme: theme,
    requirements: { isSetSupported: excel.isSetSupported },
  },
};
w.Excel = excel.Excel;
w.OfficeExtension = { Error: Error };

/** 0 → A, 25 → Z, 26 → AA (the page has no core: this file is bundled on its own). */
const col = (c: number) => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** What the browser test reads back: the workbook as a reader would see it, marks and selection. */
w.__fake = {
  workbook,
  excel,
  snapshot: () => workbook.snapshot(),
  sheetNames: () => workbook.sheets.map((s) => s.name),
  grid: (name: string) => workbook.grid(name),
  selection: () => {
    const sel = workbook.selection;
    if (!sel) return null;
    const sheet = workbook.sheetById(sel.sheetId);
    const a = sel.area;
    // One cell as `E7`; a larger selection (a ballot's row) as `A5:F5`.
    const from = `${col(a.c0)}${a.r0 + 1}`;
    const to = `${col(a.c1)}${a.r1 + 1}`;
    return { sheet: sheet?.name ?? null, cell: from === to ? from : `${from}:${to}`, active: workbook.activeSheet?.name ?? null };
  },
  /** A sheet's data validations: the range (A1) and the rule as the adapter set it. */
  validations: (name: string) =>
    (workbook.findSheet(name)?.validations ?? []).map((v) => ({ range: `${col(v.area.c0)}${v.area.r0 + 1}:${col(v.area.c1)}${v.area.r1 + 1}`, rule: v.rule })),
  marks: () => workbook.marks(),
  /** A sheet's print settings and the fonts (name and size) of its non-empty cells, as the adapter set them. */
  layout: (name: string) => {
    const sheet = workbook.findSheet(name);
    if (!sheet) return null;
    const filled = [...sheet.cells.values()].filter((c) => c.value !== null && c.value !== '');
    return {
      pageLayout: sheet.pageLayout,
      fonts: [...new Set(filled.map((c) => c.format?.name ?? 'Calibri'))],
      sizes: [...new Set(filled.map((c) => c.format?.size ?? 11))].sort((a, b) => a - b),
      rowHeights: Object.fromEntries([...sheet.rowHeights].map(([r, h]) => [r + 1, h])),
    };
  },
  stats: () => {
    const { lastRequest, ...figures } = excel.stats;
    void lastRequest;
    return figures;
  },
};
