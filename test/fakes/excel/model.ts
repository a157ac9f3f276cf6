/**
 * The in-memory workbook behind the fake Excel: sheets of cells with their formats, workbook-level
 * names, the active sheet and selection, and switches that make Excel refuse (cell edit mode, protection,
 * read-only, payload limits). Tests seed it (from a Snapshot) and inspect it; the proxies in proxies.ts
 * only ever reach it during `context.sync()`. No DOM and no Node API: it also runs in a browser bundle.
 */
import type { CellType, CellValue, Snapshot, ToolMarks } from '../../../src/core/types';
import { sheetNameProblem, TOOL_MARK_NAMES } from '../../../src/core/plan/names';
import { MAX_COLS, parseArea, quoteSheet, colName, type Area } from './address';
import { compute, type FakeFunction } from './calc';
import { enter, ERROR_LITERALS, type ValueType } from './enter';
import { fail } from './errors';
import type { ActionSpec } from './request';

interface BorderFormat {
  style?: string;
  weight?: string;
  color?: string;
}

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  size?: number;
  color?: string;
  name?: string;
  fill?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  borders?: Record<string, BorderFormat>;
}

export interface FakeCell {
  value: string | number | boolean | null;
  type: ValueType;
  formula?: string;
  numberFormat?: string;
  format?: CellFormat;
}

export interface FakeConditionalFormat {
  id: string;
  type: string;
  area: Area;
  dataBar?: { positiveFormat: { fillColor?: string; gradientFill?: boolean; borderColor?: string }; barDirection?: string };
}

export interface FakeValidation {
  area: Area;
  rule?: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
}

/** One page kind's header and footer texts (Excel's codes: `&P` page number). */
export interface FakeHeaderFooter {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}
const blankHeaderFooter = (): FakeHeaderFooter => ({ leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' });

export interface FakeHeadersFooters {
  /** Which of the groups print: Default (all pages), FirstAndDefault, OddAndEven, FirstOddAndEven. */
  state: string;
  defaultForAllPages: FakeHeaderFooter;
  firstPage: FakeHeaderFooter;
  evenPages: FakeHeaderFooter;
  oddPages: FakeHeaderFooter;
}

export interface FakePageLayout {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  centerHorizontally: boolean;
  centerVertically: boolean;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  printTitleRows: string | null;
  printTitleColumns: string | null;
  /** The print area as set (A1, `$` kept as given), or null (the used range). */
  printArea: string | null;
  headersFooters: FakeHeadersFooters;
}

/** Excel on the web refuses a request or a response over 5 MB. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

let nextId = 1;
const newId = (prefix: string) => `{${prefix}-${(nextId++).toString(16).padStart(8, '0')}}`;

const key = (r: number, c: number) => r * MAX_COLS + c;

export class FakeSheet {
  readonly id = newId('sheet');
  cells = new Map<number, FakeCell>();
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  merges: Area[] = [];
  freeze: { rows: number; columns: number } | null = null;
  conditionalFormats: FakeConditionalFormat[] = [];
  validations: FakeValidation[] = [];
  pageLayout: FakePageLayout = {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    centerHorizontally: false,
    centerVertically: false,
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
    headersFooters: { state: 'Default', defaultForAllPages: blankHeaderFooter(), firstPage: blankHeaderFooter(), evenPages: blankHeaderFooter(), oddPages: blankHeaderFooter() },
  };
  tabColor = '';
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  /** Sheet protection: cells and formats cannot be changed. */
  protected = false;

  constructor(public name: string) {}

  get(r: number, c: number): FakeCell | undefined {
    return this.cells.get(key(r, c));
  }

  ensure(r: number, c: number): FakeCell {
    let cell = this.cells.get(key(r, c));
    if (!cell) {
      cell = { value: null, type: 'Empty' };
      this.cells.set(key(r, c), cell);
    }
    return cell;
  }

  /** The cell at an A1 address (test helper). */
  at(address: string): FakeCell | undefined {
    const a = parseArea(address);
    if (!a) throw new Error(`bad address ${address}`);
    return this.get(a.r0, a.c0);
  }

  /** Cells holding a value or formula (valuesOnly), or also a format; null when none. */
  usedArea(valuesOnly: boolean): Area | null {
    let a: Area | null = null;
    for (const [k, cell] of this.cells) {
      const has = cell.type !== 'Empty' || cell.formula !== undefined || (!valuesOnly && (cell.numberFormat !== undefined || cell.format !== undefined));
      if (!has) continue;
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      if (!a) a = { r0: r, c0: c, r1: r, c1: c };
      else {
        a.r0 = Math.min(a.r0, r);
        a.c0 = Math.min(a.c0, c);
        a.r1 = Math.max(a.r1, r);
        a.c1 = Math.max(a.c1, c);
      }
    }
    return a;
  }
}

export interface FakeName {
  name: string;
  /** A range name: the sheet (by id, so it follows a rename) and area; null sheet = `#REF!`. */
  sheetId: string | null;
  area: Area | null;
  /** A name that is not a range (a constant or formula). */
  formula?: string;
  visible: boolean;
  comment: string;
}

export interface FakeFlags {
  /** Excel is in cell-edit mode: every sync fails with InvalidOperationInCellEditMode. */
  cellEditMode: boolean;
  /** The workbook's structure is protected: sheets cannot be added, deleted, renamed or moved. */
  protectedStructure: boolean;
  /** The document is read-only (e.g. opened in view mode): every write fails. */
  readOnly: boolean;
  /** Excel on the web's payload limits (bytes of UTF-8 JSON; 5 MB by default); null = no limit (desktop). */
  requestLimitBytes: number | null;
  responseLimitBytes: number | null;
  /**
   * Makes Excel fail (GeneralException) on the first queued call this returns true for, as a lost
   * connection or an internal error would: the calls before it in the batch stay applied (no rollback).
   * Cleared once it has fired.
   */
  failOn: ((action: ActionSpec, sync: number) => boolean) | null;
}

export interface SeedOptions {
  /** Number format given to `date` cells of the snapshot. */
  dateFormat?: string;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  activeSheetId: string | null = null;
  selection: { sheetId: string; area: Area } | null = null;
  flags: FakeFlags = { cellEditMode: false, protectedStructure: false, readOnly: false, requestLimitBytes: WEB_PAYLOAD_LIMIT, responseLimitBytes: WEB_PAYLOAD_LIMIT, failOn: null };
  /** Functions the formulas may call, by name (e.g. `THIDUA.ATTAINMENT`). */
  functions: Record<string, FakeFunction> = {};
  /** Calls that change how Excel behaves until the next sync (suspendApiCalculationUntilNextSync …). */
  log: string[] = [];
  dirty = false;

  // ─────────────── sheets ───────────────

  findSheet(name: string): FakeSheet | undefined {
    const k = name.normalize('NFC').toLowerCase();
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.normalize('NFC').toLowerCase() === k);
  }

  /** The sheet of that name; throws when there is none (test helper). */
  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  get activeSheet(): FakeSheet | undefined {
    return this.activeSheetId ? this.sheetById(this.activeSheetId) : undefined;
  }

  /** Checks a new sheet name the way Excel does (core's rule: length, characters, quotes, `History`). */
  checkSheetName(name: string, except?: FakeSheet): void {
    const problem = typeof name === 'string' ? sheetNameProblem(name) : 'empty';
    if (problem) fail('InvalidArgument', `invalid sheet name ${name} (${problem})`);
    const same = this.findSheet(name);
    if (same && same !== except) fail('ItemAlreadyExists', `a sheet named ${name} exists`);
  }

  addSheet(name: string, index = this.sheets.length): FakeSheet {
    this.checkSheetName(name);
    const s = new FakeSheet(name);
    this.sheets.splice(index, 0, s);
    if (!this.activeSheetId) this.activeSheetId = s.id;
    return s;
  }

  // ─────────────── cells ───────────────

  /** Writes one cell as Excel does when a value is typed or set through the API. */
  write(sheet: FakeSheet, r: number, c: number, raw: unknown): void {
    const cell = sheet.ensure(r, c);
    const e = enter(raw, cell.numberFormat);
    cell.value = e.value;
    cell.type = e.type;
    if (e.formula !== undefined) cell.formula = e.formula;
    else delete cell.formula;
    this.dirty = true;
  }

  /** The value a formula sees in a cell. */
  private readCell(sheet: FakeSheet, r: number, c: number): unknown {
    const cell = sheet.get(r, c);
    if (!cell || cell.type === 'Empty') return null;
    if (cell.type === 'Error') return { code: cell.value };
    return cell.value;
  }

  /** Recomputes every formula (a few passes, enough for formulas over formulas). */
  recalc(): void {
    for (let pass = 0; pass < 3; pass++) {
      for (const sheet of this.sheets) {
        for (const cell of sheet.cells.values()) {
          if (!cell.formula) continue;
          const out = compute(
            cell.formula,
            { read: (name, r, c) => {
              const s = name ? this.findSheet(name) : sheet;
              return s ? this.readCell(s, r, c) : { code: '#REF!' };
            } },
            this.functions,
          );
          cell.value = out.value;
          cell.type = out.type;
        }
      }
    }
    this.dirty = false;
  }

  // ─────────────── names ───────────────

  findName(name: string): FakeName | undefined {
    const k = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === k);
  }

  /** A name's formula as Excel shows it: `='Xếp hạng'!$A$1`, or `=#REF!$A$1` once its sheet is gone. */
  nameFormula(n: FakeName): string {
    if (n.formula !== undefined) return n.formula;
    const a = n.area ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
    const abs = `$${colName(a.c0)}$${a.r0 + 1}` + (a.r1 > a.r0 || a.c1 > a.c0 ? `:$${colName(a.c1)}$${a.r1 + 1}` : '');
    const sheet = n.sheetId ? this.sheetById(n.sheetId) : undefined;
    return sheet ? `=${quoteSheet(sheet.name)}!${abs}` : `=#REF!${abs}`;
  }

  /** Defines a workbook-level name referring to a range (test helper for seeding). */
  defineName(name: string, sheetName: string, address = 'A1', visible = false): void {
    const sheet = this.sheet(sheetName);
    const area = parseArea(address);
    if (!area) throw new Error(`bad address ${address}`);
    this.names.push({ name, sheetId: sheet.id, area, visible, comment: '' });
  }

  // ─────────────── seeding and inspection ───────────────

  /** A workbook holding a snapshot's sheets and marks, as a file with those contents would open. */
  static fromSnapshot(snapshot: Snapshot, options: SeedOptions = {}): FakeWorkbook {
    const wb = new FakeWorkbook();
    for (const s of snapshot.sheets) {
      const sheet = wb.addSheet(s.name);
      s.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === undefined) return;
          const t = s.types?.[r]?.[c];
          const cell = sheet.ensure(r, c);
          if (typeof v === 'number') {
            cell.value = v;
            cell.type = 'Double';
            if (t === 'date') cell.numberFormat = options.dateFormat ?? 'dd/mm/yyyy';
          } else if (typeof v === 'boolean') {
            cell.value = v;
            cell.type = 'Boolean';
          } else if (t === 'error' || (t === undefined && ERROR_LITERALS.includes(v))) {
            cell.value = v;
            cell.type = 'Error';
          } else if (v === '') {
            sheet.cells.delete(r * MAX_COLS + c);
          } else {
            cell.value = v;
            cell.type = 'String';
          }
        }),
      );
    }
    for (const role of Object.keys(TOOL_MARK_NAMES) as (keyof typeof TOOL_MARK_NAMES)[]) {
      const target = snapshot.marks?.[role];
      if (target) wb.defineName(TOOL_MARK_NAMES[role], target);
    }
    return wb;
  }

  /** What the workbook holds, as the exceljs reader would give it for the same file (independent of src/excel). */
  snapshot(): Snapshot {
    if (this.dirty) this.recalc();
    const sheets = this.sheets.map((sheet) => {
      const values: CellValue[][] = [];
      const types: CellType[][] = [];
      const entries = [...sheet.cells.entries()].sort((a, b) => a[0] - b[0]);
      for (const [k, cell] of entries) {
        const r = Math.floor(k / MAX_COLS);
        const c = k % MAX_COLS;
        let v: CellValue = cell.value;
        let t: CellType;
        if (cell.type === 'Empty' || (cell.type === 'String' && v === '')) continue;
        if (cell.type === 'Double') t = isDateFmt(cell.numberFormat) ? 'date' : 'number';
        else if (cell.type === 'Boolean') t = 'boolean';
        else if (cell.type === 'Error') t = 'error';
        else {
          t = 'string';
          v = String(v);
        }
        while (values.length <= r) {
          values.push([]);
          types.push([]);
        }
        while (values[r].length < c) {
          values[r].push(null);
          types[r].push('empty');
        }
        values[r][c] = v;
        types[r][c] = t;
      }
      return { name: sheet.name, values, types };
    });
    const marks = this.marks();
    return Object.keys(marks).length ? { sheets, marks } : { sheets };
  }

  /** The tool's marks that refer to an existing sheet. */
  marks(): ToolMarks {
    const marks: ToolMarks = {};
    for (const role of Object.keys(TOOL_MARK_NAMES) as (keyof typeof TOOL_MARK_NAMES)[]) {
      const n = this.findName(TOOL_MARK_NAMES[role]);
      const sheet = n?.sheetId ? this.sheetById(n.sheetId) : undefined;
      if (sheet) marks[role] = sheet.name;
    }
    return marks;
  }

  /** Cell values of a sheet as a grid from A1 (null for empty), for assertions. */
  grid(sheetName: string): CellValue[][] {
    return this.snapshot().sheets.find((s) => s.name === this.sheet(sheetName).name)?.values ?? [];
  }
}

/** Date formats as exceljs recognizes them (letters outside quotes and brackets). */
function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}
