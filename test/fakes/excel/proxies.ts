/**
 * Proxy objects shaped like Office.js's Excel API (the part the add-in uses, and a little more). Like the
 * real ones they are only handles: setting a property or calling a method queues a command; `load` queues
 * a read; nothing reaches the workbook until `context.sync()`. Reading a property that was not loaded and
 * synced throws PropertyNotLoaded, as Office.js does.
 */
import { areaA1, parseArea, quoteSheet, splitSheet, type Area } from './address';
import { fail, FakeOfficeError, propertyNotLoaded } from './errors';
import type { FakeRequestContext, Loaded } from './context';
import { ObjectPath, type ActionSpec } from './request';
import type { CellFormat, FakeCell, FakeConditionalFormat as FakeConditionalFormatModel, FakeHeaderFooter, FakeHeadersFooters, FakeName, FakePageLayout, FakeSheet, FakeValidation, FakeWorkbook } from './model';

type Getter = (entity: never) => unknown;
type Setter = (entity: never, value: unknown, wb: FakeWorkbook) => void;

/** How one proxy class exposes its properties: readers (loadable) and writers (settable). */
interface Shape {
  className: string;
  get: Record<string, Getter>;
  set?: Record<string, Setter>;
}

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/** `'a,b'`, `['a','b']` or `{ a: true }` → property names (null for an empty load). */
function loadNames(arg: unknown): string[] | null {
  if (arg === undefined || arg === null || arg === '') return null;
  if (typeof arg === 'string') return arg.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => String(a).split(',')).map((s) => s.trim()).filter(Boolean);
  if (typeof arg === 'object') {
    const o = arg as { select?: unknown };
    if (o.select !== undefined) return loadNames(o.select);
    return Object.entries(arg as Record<string, unknown>).filter(([, v]) => v).map(([k]) => k);
  }
  return null;
}

/** Gives a proxy its object path (request.ts) and instantiates it in the pending request, as office.js does. */
function at<T extends { path: ObjectPath }>(obj: T, path: ObjectPath, context: FakeRequestContext): T {
  obj.path = path;
  context.created(path);
  return obj;
}

export abstract class FakeClientObject {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private readonly children = new Map<string, unknown>();
  /** Where office.js would say this object is (set by `at`). */
  path!: ObjectPath;

  constructor(
    readonly context: FakeRequestContext,
    protected readonly shape: Shape,
    /** Finds the model object at sync time; null when it does not exist. */
    protected readonly locate: () => unknown,
    /** An `…OrNullObject` proxy: a missing object is a null object instead of an ItemNotFound error. */
    protected readonly orNull = false,
  ) {
    for (const prop of new Set([...Object.keys(shape.get), ...Object.keys(shape.set ?? {})])) {
      if (prop in this) continue;
      Object.defineProperty(this, prop, {
        enumerable: true,
        get: () => this.read(prop),
        set: (v: unknown) => this.write(prop, v),
      });
    }
  }

  protected get wb(): FakeWorkbook {
    return this.context.host.workbook;
  }

  /** A property object (`range.format`): one proxy per parent, as office.js caches it. */
  protected child<T extends { path: ObjectPath }>(name: string, make: () => T): T {
    let c = this.children.get(name) as T | undefined;
    if (!c) {
      c = at(make(), this.context.paths.property(this.path, name), this.context);
      this.children.set(name, c);
    }
    return c;
  }

  /** An object a method returns (`getRange('A1')`). */
  protected returned<T extends { path: ObjectPath }>(obj: T, method: string, args: unknown[]): T {
    return at(obj, this.context.paths.method(this.path, method, args), this.context);
  }

  /** The model object, or ItemNotFound (only ever called during sync). */
  protected resolve<T>(): T {
    const e = this.locate();
    if (e === null || e === undefined) fail('ItemNotFound', `${this.shape.className} not found`);
    return e as T;
  }

  load(arg?: unknown): this {
    let names = loadNames(arg);
    if (names === null) {
      this.context.host.stats.emptyLoads++;
      names = Object.keys(this.shape.get);
    }
    const props = names;
    this.context.enqueue({
      on: this.path,
      action: { type: 'query', select: props },
      run: () => {
        const e = this.locate();
        if (e === null || e === undefined) {
          if (!this.orNull) fail('ItemNotFound', `${this.shape.className} not found`);
          return { value: { _IsNull: true }, commit: () => void (this.nullState = true) };
        }
        if (this.wb.dirty) this.wb.recalc();
        const values = props.map((p) => {
          const g = this.shape.get[p];
          if (!g) fail('PropertyNotFound', `${this.shape.className} has no property '${p}'`);
          return [p, clone(g(e as never))] as const;
        });
        return {
          value: Object.fromEntries(values),
          commit: () => {
            this.nullState = false;
            for (const [p, v] of values) this.loaded.set(p, v);
          },
        };
      },
    });
    return this;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.shape.className, 'isNullObject');
    return this.nullState;
  }

  protected read(prop: string): unknown {
    if (this.nullState === true) throw new FakeOfficeError('InvalidObjectPath', `${this.shape.className} is a null object`);
    if (!this.loaded.has(prop)) throw propertyNotLoaded(this.shape.className, prop);
    return this.loaded.get(prop);
  }

  protected write(prop: string, value: unknown): void {
    const s = this.shape.set?.[prop];
    if (!s) throw new TypeError(`${this.shape.className}.${prop} is read-only`);
    const v = clone(value);
    this.command({ type: 'set', name: prop, value: v }, (e) => s(e as never, v, this.wb));
  }

  /** Queues a change of the model object (counted as a write: it marks the workbook for recalculation). */
  protected command(action: ActionSpec, apply: (entity: unknown) => void): void {
    this.context.enqueue({
      on: this.path,
      action,
      run: () => {
        if (this.wb.flags.readOnly) fail('AccessDenied', 'the document is read-only');
        apply(this.resolve());
        this.wb.dirty = true;
      },
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

// ───────────────────────────── ranges ─────────────────────────────

interface RangeRef {
  sheet: FakeSheet;
  area: Area;
}

function cellsOf(ref: RangeRef, f: (cell: FakeCell, r: number, c: number) => void, create = true): void {
  const { area, sheet } = ref;
  if ((area.r1 - area.r0 + 1) * (area.c1 - area.c0 + 1) > 4_000_000) throw new Error('fake Excel: cell formats over a whole row/column are not modeled');
  for (let r = area.r0; r <= area.r1; r++)
    for (let c = area.c0; c <= area.c1; c++) {
      const cell = create ? sheet.ensure(r, c) : sheet.get(r, c);
      if (cell) f(cell, r, c);
    }
}

function matrixOf<T>(ref: RangeRef, f: (cell: FakeCell | undefined) => T): T[][] {
  const out: T[][] = [];
  for (let r = ref.area.r0; r <= ref.area.r1; r++) {
    const row: T[] = [];
    for (let c = ref.area.c0; c <= ref.area.c1; c++) row.push(f(ref.sheet.get(r, c)));
    out.push(row);
  }
  return out;
}

/** A matrix the size of the range, or one value for every cell (as Office.js accepts). */
function eachInput(ref: RangeRef, value: unknown, f: (r: number, c: number, v: unknown) => void): void {
  const rows = ref.area.r1 - ref.area.r0 + 1;
  const cols = ref.area.c1 - ref.area.c0 + 1;
  if (Array.isArray(value)) {
    if (value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== cols)) {
      fail('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`);
    }
    value.forEach((row: unknown[], i) => row.forEach((v, j) => f(ref.area.r0 + i, ref.area.c0 + j, v)));
  } else for (let r = ref.area.r0; r <= ref.area.r1; r++) for (let c = ref.area.c0; c <= ref.area.c1; c++) f(r, c, value);
}

function guardCells(ref: RangeRef): void {
  if (ref.sheet.protected) fail('AccessDenied', `sheet ${ref.sheet.name} is protected`);
}

const displayValue = (cell: FakeCell | undefined) => (!cell || cell.type === 'Empty' ? '' : cell.value);

const RANGE: Shape = {
  className: 'Range',
  get: {
    address: (r: RangeRef) => `${quoteSheet(r.sheet.name)}!${areaA1(r.area)}`,
    addressLocal: (r: RangeRef) => `${quoteSheet(r.sheet.name)}!${areaA1(r.area)}`,
    rowIndex: (r: RangeRef) => r.area.r0,
    columnIndex: (r: RangeRef) => r.area.c0,
    rowCount: (r: RangeRef) => r.area.r1 - r.area.r0 + 1,
    columnCount: (r: RangeRef) => r.area.c1 - r.area.c0 + 1,
    cellCount: (r: RangeRef) => (r.area.r1 - r.area.r0 + 1) * (r.area.c1 - r.area.c0 + 1),
    values: (r: RangeRef) => matrixOf(r, displayValue),
    valueTypes: (r: RangeRef) => matrixOf(r, (c) => c?.type ?? 'Empty'),
    numberFormat: (r: RangeRef) => matrixOf(r, (c) => c?.numberFormat ?? 'General'),
    formulas: (r: RangeRef) => matrixOf(r, (c) => c?.formula ?? displayValue(c)),
    text: (r: RangeRef) => matrixOf(r, (c) => String(displayValue(c))),
  },
  set: {
    values: (r: RangeRef, v, wb) => {
      guardCells(r);
      eachInput(r, v, (row, col, x) => wb.write(r.sheet, row, col, x));
    },
    formulas: (r: RangeRef, v, wb) => {
      guardCells(r);
      eachInput(r, v, (row, col, x) => wb.write(r.sheet, row, col, x));
    },
    numberFormat: (r: RangeRef, v) => {
      guardCells(r);
      eachInput(r, v, (row, col, x) => void (r.sheet.ensure(row, col).numberFormat = String(x)));
    },
  },
};

export class FakeRange extends FakeClientObject {
  declare address: string;
  declare rowIndex: number;
  declare columnIndex: number;
  declare rowCount: number;
  declare columnCount: number;
  declare values: unknown[][];
  declare valueTypes: string[][];
  declare numberFormat: unknown[][];
  declare formulas: unknown[][];

  constructor(context: FakeRequestContext, locate: () => RangeRef | null, orNull = false) {
    super(context, RANGE, locate, orNull);
  }

  private ref(): RangeRef {
    return this.resolve<RangeRef>();
  }

  get format(): FakeRangeFormat {
    return this.child('format', () => new FakeRangeFormat(this.context, () => this.locate() as RangeRef | null));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.child('conditionalFormats', () => new FakeConditionalFormatCollection(this.context, () => this.locate() as RangeRef | null));
  }

  get dataValidation(): FakeDataValidation {
    return this.child('dataValidation', () => new FakeDataValidation(this.context, () => this.locate() as RangeRef | null));
  }

  get worksheet(): FakeWorksheet {
    return this.child('worksheet', () => new FakeWorksheet(this.context, () => (this.locate() as RangeRef | null)?.sheet ?? null));
  }

  getCell(row: number, column: number): FakeRange {
    return this.returned(new FakeRange(this.context, () => {
      const r = this.locate() as RangeRef | null;
      if (!r) return null;
      const rr = r.area.r0 + row;
      const cc = r.area.c0 + column;
      return { sheet: r.sheet, area: { r0: rr, c0: cc, r1: rr, c1: cc } };
    }), 'getCell', [row, column]);
  }

  merge(across = false): void {
    this.command({ type: 'method', name: 'merge', args: [across] }, () => {
      const r = this.ref();
      guardCells(r);
      const rows = across ? Array.from({ length: r.area.r1 - r.area.r0 + 1 }, (_, i) => ({ ...r.area, r0: r.area.r0 + i, r1: r.area.r0 + i })) : [r.area];
      for (const a of rows) {
        const overlaps = r.sheet.merges.some((m) => !(m.r1 < a.r0 || m.r0 > a.r1 || m.c1 < a.c0 || m.c0 > a.c1));
        if (overlaps) fail('MergedRangeConflict', `${areaA1(a)} overlaps a merged area`);
        r.sheet.merges.push({ ...a });
        // Excel keeps the top-left value of a merged area only.
        cellsOf({ sheet: r.sheet, area: a }, (cell, row, col) => {
          if (row === a.r0 && col === a.c0) return;
          cell.value = null;
          cell.type = 'Empty';
          delete cell.formula;
        }, false);
      }
    });
  }

  unmerge(): void {
    this.command({ type: 'method', name: 'unmerge', args: [] }, () => {
      const r = this.ref();
      r.sheet.merges = r.sheet.merges.filter((m) => m.r1 < r.area.r0 || m.r0 > r.area.r1 || m.c1 < r.area.c0 || m.c0 > r.area.c1);
    });
  }

  select(): void {
    this.command({ type: 'method', name: 'select', args: [] }, () => {
      const r = this.ref();
      if (this.wb.activeSheetId !== r.sheet.id) fail('InvalidSelection', 'select() needs the range on the active sheet');
      this.wb.selection = { sheetId: r.sheet.id, area: { ...r.area } };
    });
  }

  clear(): void {
    this.command({ type: 'method', name: 'clear', args: [] }, () => {
      const r = this.ref();
      guardCells(r);
      cellsOf(r, (_c, row, col) => r.sheet.cells.delete(row * 16384 + col), false);
    });
  }
}

// ───────────────────────────── formats ─────────────────────────────

function formatOf(cell: FakeCell): CellFormat {
  return (cell.format ??= {});
}

function uniform<T>(r: RangeRef, f: (cell: FakeCell | undefined) => T): T | null {
  let first: T | undefined;
  let same = true;
  let seen = false;
  for (let row = r.area.r0; row <= r.area.r1 && same; row++)
    for (let col = r.area.c0; col <= r.area.c1 && same; col++) {
      const v = f(r.sheet.get(row, col));
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first) same = false;
    }
  return same ? (first ?? null) : null;
}

const setCells = (key: keyof CellFormat) => (r: RangeRef, v: unknown) => {
  guardCells(r);
  cellsOf(r, (cell) => void ((formatOf(cell) as Record<string, unknown>)[key] = v));
};

const RANGE_FORMAT: Shape = {
  className: 'RangeFormat',
  get: {
    horizontalAlignment: (r: RangeRef) => uniform(r, (c) => c?.format?.horizontal ?? 'General'),
    verticalAlignment: (r: RangeRef) => uniform(r, (c) => c?.format?.vertical ?? 'Bottom'),
    wrapText: (r: RangeRef) => uniform(r, (c) => c?.format?.wrap ?? false),
    columnWidth: (r: RangeRef) => r.sheet.columnWidths.get(r.area.c0) ?? 48,
    rowHeight: (r: RangeRef) => r.sheet.rowHeights.get(r.area.r0) ?? 15,
  },
  set: {
    horizontalAlignment: setCells('horizontal'),
    verticalAlignment: setCells('vertical'),
    wrapText: setCells('wrap'),
    columnWidth: (r: RangeRef, v) => {
      for (let c = r.area.c0; c <= r.area.c1; c++) r.sheet.columnWidths.set(c, Number(v));
    },
    rowHeight: (r: RangeRef, v) => {
      if (r.area.r1 - r.area.r0 > 100000) throw new Error('fake Excel: row heights of a whole column are not modeled');
      // Excel's rows are 0 to 409 points tall.
      if (typeof v !== 'number' || !(v >= 0 && v <= 409)) fail('InvalidArgument', `row height ${String(v)}`);
      for (let row = r.area.r0; row <= r.area.r1; row++) r.sheet.rowHeights.set(row, Number(v));
    },
  },
};

export class FakeRangeFormat extends FakeClientObject {
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare wrapText: boolean;
  declare columnWidth: number;
  declare rowHeight: number;
  constructor(context: FakeRequestContext, locate: () => RangeRef | null) {
    super(context, RANGE_FORMAT, locate);
  }
  get font(): FakeClientObject {
    return this.child('font', () => new FakeSimple(this.context, RANGE_FONT, this.locate));
  }
  get fill(): FakeClientObject {
    return this.child('fill', () => new FakeSimple(this.context, RANGE_FILL, this.locate));
  }
  get borders(): { path: ObjectPath; getItem(index: string): FakeClientObject } {
    return this.child('borders', () => {
      const borders = {
        path: null as unknown as ObjectPath,
        getItem: (index: string) => at(new FakeSimple(this.context, borderShape(index), this.locate), this.context.paths.indexer(borders.path, [index]), this.context),
      };
      return borders;
    });
  }
}

/** A proxy whose whole behaviour is its shape. */
class FakeSimple extends FakeClientObject {}

const RANGE_FONT: Shape = {
  className: 'RangeFont',
  get: {
    bold: (r: RangeRef) => uniform(r, (c) => c?.format?.bold ?? false),
    italic: (r: RangeRef) => uniform(r, (c) => c?.format?.italic ?? false),
    underline: (r: RangeRef) => uniform(r, (c) => c?.format?.underline ?? 'None'),
    size: (r: RangeRef) => uniform(r, (c) => c?.format?.size ?? 11),
    color: (r: RangeRef) => uniform(r, (c) => c?.format?.color ?? '#000000'),
    name: (r: RangeRef) => uniform(r, (c) => c?.format?.name ?? 'Calibri'),
  },
  set: { bold: setCells('bold'), italic: setCells('italic'), underline: setCells('underline'), size: setCells('size'), color: setCells('color'), name: setCells('name') },
};

const RANGE_FILL: Shape = {
  className: 'RangeFill',
  get: { color: (r: RangeRef) => uniform(r, (c) => c?.format?.fill ?? '#FFFFFF') },
  set: { color: setCells('fill') },
};

const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];

function borderShape(index: string): Shape {
  if (!BORDER_INDEXES.includes(index)) throw new FakeOfficeError('InvalidArgument', `border index ${index}`);
  const setBorder = (prop: 'style' | 'weight' | 'color') => (r: RangeRef, v: unknown) => {
    guardCells(r);
    // Recorded on every cell of the range under the index it was set with.
    cellsOf(r, (cell) => {
      const borders = (formatOf(cell).borders ??= {});
      (borders[index] ??= {})[prop] = String(v);
    });
  };
  return {
    className: 'RangeBorder',
    get: {
      style: (r: RangeRef) => uniform(r, (c) => c?.format?.borders?.[index]?.style ?? 'None'),
      weight: (r: RangeRef) => uniform(r, (c) => c?.format?.borders?.[index]?.weight ?? 'Thin'),
      color: (r: RangeRef) => uniform(r, (c) => c?.format?.borders?.[index]?.color ?? '#000000'),
    },
    set: { style: setBorder('style'), weight: setBorder('weight'), color: setBorder('color') },
  };
}

// ───────────────────────────── conditional formats, validation ─────────────────────────────

const CONDITIONAL_FORMAT: Shape = {
  className: 'ConditionalFormat',
  get: { type: (f: FakeConditionalFormatModel) => f.type, id: (f: FakeConditionalFormatModel) => f.id },
};

export class FakeConditionalFormat extends FakeClientObject {
  declare type: string;
  constructor(context: FakeRequestContext, locate: () => FakeConditionalFormatModel | null) {
    super(context, CONDITIONAL_FORMAT, locate);
  }
  get dataBar(): FakeDataBar {
    const locate = () => {
      const f = this.locate() as FakeConditionalFormatModel | null;
      if (f && f.type !== 'DataBar') fail('InvalidOperation', 'not a data bar');
      return f?.dataBar?.positiveFormat ?? null;
    };
    return this.child('dataBar', () => new FakeDataBar(this.context, locate));
  }
}

/** `conditionalFormat.dataBar`: only its `positiveFormat` is modeled. */
export class FakeDataBar {
  path!: ObjectPath;
  private positive: FakeClientObject | null = null;
  constructor(
    readonly context: FakeRequestContext,
    private readonly locate: () => unknown,
  ) {}
  get positiveFormat(): FakeClientObject {
    this.positive ??= at(new FakeSimple(this.context, DATA_BAR_POSITIVE, this.locate), this.context.paths.property(this.path, 'positiveFormat'), this.context);
    return this.positive;
  }
}

const DATA_BAR_POSITIVE: Shape = {
  className: 'ConditionalDataBarPositiveFormat',
  get: {
    fillColor: (p: { fillColor?: string }) => p.fillColor ?? '#638EC6',
    gradientFill: (p: { gradientFill?: boolean }) => p.gradientFill ?? true,
    borderColor: (p: { borderColor?: string }) => p.borderColor ?? '',
  },
  set: {
    fillColor: (p: { fillColor?: string }, v) => void (p.fillColor = String(v)),
    gradientFill: (p: { gradientFill?: boolean }, v) => void (p.gradientFill = Boolean(v)),
    borderColor: (p: { borderColor?: string }, v) => void (p.borderColor = String(v)),
  },
};

const CF_TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];

export class FakeConditionalFormatCollection {
  path!: ObjectPath;
  constructor(
    readonly context: FakeRequestContext,
    private readonly locate: () => RangeRef | null,
  ) {}
  add(type: string): FakeConditionalFormat {
    let created: FakeConditionalFormatModel | null = null;
    // office.js: a method object, carried out when the request instantiates it.
    const path = this.context.paths.method(this.path, 'add', [type]);
    this.context.enqueue({
      on: path,
      action: { type: 'instantiate' },
      run: () => {
        const r = this.locate();
        if (!r) fail('ItemNotFound', 'range not found');
        if (!CF_TYPES.includes(type)) fail('InvalidArgument', `conditional format type ${type}`);
        guardCells(r);
        created = { id: `cf${r.sheet.conditionalFormats.length + 1}`, type, area: { ...r.area }, ...(type === 'DataBar' ? { dataBar: { positiveFormat: {} } } : {}) };
        r.sheet.conditionalFormats.push(created);
      },
    });
    return Object.assign(new FakeConditionalFormat(this.context, () => created), { path });
  }
}

function validationAt(r: RangeRef, create: boolean): FakeValidation | null {
  const same = (a: Area) => a.r0 === r.area.r0 && a.c0 === r.area.c0 && a.r1 === r.area.r1 && a.c1 === r.area.c1;
  let v = r.sheet.validations.find((x) => same(x.area)) ?? null;
  if (!v && create) {
    v = { area: { ...r.area } };
    r.sheet.validations.push(v);
  }
  return v;
}

const DATA_VALIDATION: Shape = {
  className: 'DataValidation',
  get: {
    rule: (r: RangeRef) => validationAt(r, false)?.rule ?? {},
    errorAlert: (r: RangeRef) => validationAt(r, false)?.errorAlert ?? null,
    prompt: (r: RangeRef) => validationAt(r, false)?.prompt ?? null,
    type: (r: RangeRef) => Object.keys((validationAt(r, false)?.rule as object) ?? {})[0] ?? 'None',
  },
  set: {
    rule: (r: RangeRef, v) => {
      guardCells(r);
      const keys = Object.keys((v as object) ?? {});
      if (keys.length !== 1) fail('InvalidArgument', 'a validation rule has exactly one kind');
      validationAt(r, true)!.rule = v;
    },
    errorAlert: (r: RangeRef, v) => void (validationAt(r, true)!.errorAlert = v),
    prompt: (r: RangeRef, v) => void (validationAt(r, true)!.prompt = v),
  },
};

export class FakeDataValidation extends FakeClientObject {
  constructor(context: FakeRequestContext, locate: () => RangeRef | null) {
    super(context, DATA_VALIDATION, locate);
  }
  clear(): void {
    this.command({ type: 'method', name: 'clear', args: [] }, (r) => {
      const ref = r as RangeRef;
      ref.sheet.validations = ref.sheet.validations.filter((v) => v !== validationAt(ref, false));
    });
  }
}

// ───────────────────────────── worksheets ─────────────────────────────

const WORKSHEET: Shape = {
  className: 'Worksheet',
  get: {
    name: (s: FakeSheet) => s.name,
    id: (s: FakeSheet) => s.id,
    position: () => -1, // replaced per call below (needs the workbook)
    visibility: (s: FakeSheet) => s.visibility,
    tabColor: (s: FakeSheet) => s.tabColor,
  },
  set: {
    name: (s: FakeSheet, v, wb) => {
      if (wb.flags.protectedStructure) fail('AccessDenied', 'the workbook structure is protected');
      wb.checkSheetName(String(v), s);
      s.name = String(v);
    },
    position: (s: FakeSheet, v, wb) => {
      if (wb.flags.protectedStructure) fail('AccessDenied', 'the workbook structure is protected');
      const to = Number(v);
      if (!Number.isInteger(to) || to < 0 || to >= wb.sheets.length) fail('InvalidArgument', `position ${v}`);
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      wb.sheets.splice(to, 0, s);
    },
    visibility: (s: FakeSheet, v) => void (s.visibility = v as FakeSheet['visibility']),
    tabColor: (s: FakeSheet, v) => void (s.tabColor = String(v)),
  },
};

export class FakeWorksheet extends FakeClientObject {
  declare name: string;
  declare id: string;
  declare position: number;
  declare visibility: string;
  declare tabColor: string;

  constructor(context: FakeRequestContext, locate: () => FakeSheet | null, orNull = false) {
    const wb = context.host.workbook;
    const shape: Shape = { ...WORKSHEET, get: { ...WORKSHEET.get, position: (s: FakeSheet) => wb.sheets.indexOf(s) } };
    super(context, shape, locate, orNull);
  }

  private sheetRange(method: string, args: unknown[], area: () => Area | null, orNull = false): FakeRange {
    const range = new FakeRange(
      this.context,
      () => {
        const sheet = this.locate() as FakeSheet | null;
        if (!sheet) return null;
        const a = area.call(null);
        return a ? { sheet, area: a } : null;
      },
      orNull,
    );
    return this.returned(range, method, args);
  }

  getRange(address?: string): FakeRange {
    return this.sheetRange('getRange', [address], () => {
      if (address === undefined || address === '') return { r0: 0, c0: 0, r1: 1048575, c1: 16383 };
      const { sheet, ref } = splitSheet(address);
      const s = this.locate() as FakeSheet | null;
      if (sheet !== null && s && sheet.toLowerCase() !== s.name.toLowerCase()) fail('InvalidArgument', `${address} is on another sheet`);
      const a = parseArea(ref);
      if (!a) fail('InvalidArgument', `invalid address ${address}`);
      return a;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.sheetRange('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => {
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) fail('InvalidArgument', 'getRangeByIndexes: bad size');
      return { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return this.sheetRange('getUsedRange', [valuesOnly], () => (this.locate() as FakeSheet).usedArea(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.sheetRange('getUsedRangeOrNullObject', [valuesOnly], () => (this.locate() as FakeSheet | null)?.usedArea(valuesOnly) ?? null, true);
  }

  activate(): void {
    this.command({ type: 'method', name: 'activate', args: [] }, (s) => {
      const sheet = s as FakeSheet;
      if (sheet.visibility !== 'Visible') fail('InvalidOperation', 'a hidden sheet cannot be activated');
      this.wb.activeSheetId = sheet.id;
      this.wb.selection = { sheetId: sheet.id, area: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }

  delete(): void {
    this.command({ type: 'method', name: 'delete', args: [] }, (s) => {
      const sheet = s as FakeSheet;
      const wb = this.wb;
      if (wb.flags.protectedStructure) fail('AccessDenied', 'the workbook structure is protected');
      if (wb.sheets.filter((x) => x.visibility === 'Visible' && x !== sheet).length === 0) fail('InvalidOperation', 'a workbook keeps one visible sheet');
      wb.sheets.splice(wb.sheets.indexOf(sheet), 1);
      for (const n of wb.names) if (n.sheetId === sheet.id) n.sheetId = null;
      if (wb.activeSheetId === sheet.id) wb.activeSheetId = wb.sheets.find((x) => x.visibility === 'Visible')?.id ?? null;
      if (wb.selection?.sheetId === sheet.id) wb.selection = null;
    });
  }

  get freezePanes(): FakeFreezePanes {
    return this.child('freezePanes', () => new FakeFreezePanes(this.context, () => this.locate() as FakeSheet | null));
  }

  get pageLayout(): FakePageLayoutProxy {
    return this.child('pageLayout', () => new FakePageLayoutProxy(this.context, () => this.locate() as FakeSheet | null));
  }

  get protection(): FakeClientObject {
    return this.child('protection', () => new FakeSimple(this.context, { className: 'WorksheetProtection', get: { protected: (s: FakeSheet) => s.protected } }, this.locate));
  }
}

export class FakeFreezePanes {
  path!: ObjectPath;
  constructor(
    readonly context: FakeRequestContext,
    private readonly locate: () => FakeSheet | null,
  ) {}
  private set(name: string, args: unknown[], f: (s: FakeSheet) => void): void {
    this.context.enqueue({
      on: this.path,
      action: { type: 'method', name, args },
      run: () => {
        const s = this.locate();
        if (!s) fail('ItemNotFound', 'worksheet not found');
        f(s);
      },
    });
  }
  freezeRows(count = 1): void {
    this.set('freezeRows', [count], (s) => void (s.freeze = { rows: count, columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this.set('freezeColumns', [count], (s) => void (s.freeze = { rows: 0, columns: count }));
  }
  freezeAt(frozenRange: FakeRange | string): void {
    this.set('freezeAt', [frozenRange], (s) => {
      const area = typeof frozenRange === 'string' ? parseArea(frozenRange) : ((frozenRange as unknown as { locate: () => RangeRef | null }).locate()?.area ?? null);
      if (!area) fail('InvalidArgument', 'freezeAt: bad range');
      s.freeze = { rows: area.r1 + 1, columns: area.c1 + 1 };
    });
  }
  unfreeze(): void {
    this.set('unfreeze', [], (s) => void (s.freeze = null));
  }
}

const PAGE_LAYOUT_PROPS: (keyof FakePageLayout)[] = ['orientation', 'paperSize', 'zoom', 'centerHorizontally', 'centerVertically', 'leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin'];
const ORIENTATIONS = ['Portrait', 'Landscape'];
const PAPER = ['A3', 'A4', 'A5', 'Letter', 'Legal', 'Executive'];

const PAGE_LAYOUT: Shape = {
  className: 'PageLayout',
  get: Object.fromEntries(PAGE_LAYOUT_PROPS.map((p) => [p, (s: FakeSheet) => s.pageLayout[p]])),
  set: Object.fromEntries(
    PAGE_LAYOUT_PROPS.map((p) => [
      p,
      (s: FakeSheet, v: unknown) => {
        if (p === 'orientation' && !ORIENTATIONS.includes(String(v))) fail('InvalidArgument', `orientation ${v}`);
        if (p === 'paperSize' && !PAPER.includes(String(v))) fail('InvalidArgument', `paper ${v}`);
        if (p.endsWith('Margin') && (typeof v !== 'number' || v < 0)) fail('InvalidArgument', `${p} ${v}`);
        (s.pageLayout as unknown as Record<string, unknown>)[p] = v;
      },
    ]),
  ),
};

export class FakePageLayoutProxy extends FakeClientObject {
  constructor(context: FakeRequestContext, locate: () => FakeSheet | null) {
    super(context, PAGE_LAYOUT, locate);
  }
  /** ExcelApi 1.9: the printed part of the sheet (one range, or several separated by commas). */
  setPrintArea(area: FakeRange | string): void {
    this.command({ type: 'method', name: 'setPrintArea', args: [area] }, (s) => {
      const text = typeof area === 'string' ? area : areaA1((area as unknown as { locate: () => RangeRef | null }).locate()!.area);
      for (const part of text.split(',')) if (!parseArea(part.replace(/^.*!/, '').replace(/\$/g, ''))) fail('InvalidArgument', `print area ${text}`);
      (s as FakeSheet).pageLayout.printArea = text;
    });
  }
  get headersFooters(): FakeClientObject & { defaultForAllPages: FakeClientObject; firstPage: FakeClientObject; evenPages: FakeClientObject; oddPages: FakeClientObject } {
    return this.child('headersFooters', () => new FakeHeaderFooterGroup(this.context, () => (this.locate() as FakeSheet | null)?.pageLayout.headersFooters ?? null));
  }
  setPrintTitleRows(rows: FakeRange | string): void {
    this.command({ type: 'method', name: 'setPrintTitleRows', args: [rows] }, (s) => {
      const text = typeof rows === 'string' ? rows : areaA1((rows as unknown as { locate: () => RangeRef | null }).locate()!.area);
      if (!/^\$?\d+:\$?\d+$/.test(text)) fail('InvalidArgument', `print title rows ${text}`);
      (s as FakeSheet).pageLayout.printTitleRows = text;
    });
  }
}

const HF_STATES = ['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven'];
const HF_TEXTS: (keyof FakeHeaderFooter)[] = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];
/** Excel refuses a header or footer section over 255 characters. */
const HEADER_FOOTER: Shape = {
  className: 'HeaderFooter',
  get: Object.fromEntries(HF_TEXTS.map((p) => [p, (h: FakeHeaderFooter) => h[p]])),
  set: Object.fromEntries(
    HF_TEXTS.map((p) => [
      p,
      (h: FakeHeaderFooter, v: unknown) => {
        if (typeof v !== 'string' || v.length > 255) fail('InvalidArgument', `${p} ${String(v)}`);
        h[p] = v;
      },
    ]),
  ),
};
const HEADER_FOOTER_GROUP: Shape = {
  className: 'HeaderFooterGroup',
  get: { state: (g: FakeHeadersFooters) => g.state },
  set: {
    state: (g: FakeHeadersFooters, v: unknown) => {
      if (!HF_STATES.includes(String(v))) fail('InvalidArgument', `header/footer state ${String(v)}`);
      g.state = String(v);
    },
  },
};

export class FakeHeaderFooterGroup extends FakeClientObject {
  constructor(context: FakeRequestContext, locate: () => FakeHeadersFooters | null) {
    super(context, HEADER_FOOTER_GROUP, locate);
  }
  private group(name: 'defaultForAllPages' | 'firstPage' | 'evenPages' | 'oddPages'): FakeClientObject {
    return this.child(name, () => new FakeSimple(this.context, HEADER_FOOTER, () => (this.locate() as FakeHeadersFooters | null)?.[name] ?? null));
  }
  get defaultForAllPages(): FakeClientObject {
    return this.group('defaultForAllPages');
  }
  get firstPage(): FakeClientObject {
    return this.group('firstPage');
  }
  get evenPages(): FakeClientObject {
    return this.group('evenPages');
  }
  get oddPages(): FakeClientObject {
    return this.group('oddPages');
  }
}

/**
 * A collection's `load` also loads its items, in the same request: queue each item's load, run them now,
 * and commit them (then the collection's item list) when the request commits.
 */
function loadItems(context: FakeRequestContext, proxies: FakeClientObject[], names: string[], setItems: () => void) {
  const loads = proxies.map((p) => {
    p.load(names.length ? names : undefined);
    return context.takeLast();
  });
  const done = loads.map((op) => op.run()).filter((x): x is Loaded => !!x);
  return {
    value: { Items: done.map((d) => d.value) },
    commit: () => {
      done.forEach((d) => d.commit());
      setItems();
    },
  };
}

/**
 * A collection proxy (worksheets, names): `items` exists once a load has run, and the load carries the
 * items' own loads (`items/name`) in the same request.
 */
abstract class FakeItemCollection<T extends FakeClientObject> extends FakeClientObject {
  private itemProxies: T[] | null = null;

  constructor(context: FakeRequestContext, className: string) {
    super(context, { className, get: {} }, () => context.host.workbook);
  }

  get items(): T[] {
    if (!this.itemProxies) throw propertyNotLoaded(this.shape.className, 'items');
    return this.itemProxies;
  }

  /** The item proxies at sync time, each addressed as office.js then addresses it. */
  protected abstract itemsNow(): T[];

  load(arg?: unknown): this {
    const names = (loadNames(arg) ?? []).map((n) => n.replace(/^items\//, '')).filter((n) => n !== 'items');
    this.context.enqueue({
      on: this.path,
      action: { type: 'query', select: names.map((n) => `items/${n}`) },
      run: () => {
        const proxies = this.itemsNow();
        // The items' own loads run now, in the same request.
        return loadItems(this.context, proxies, names, () => {
          this.itemProxies = proxies;
        });
      },
    });
    return this;
  }
}

export class FakeWorksheetCollection extends FakeItemCollection<FakeWorksheet> {
  constructor(context: FakeRequestContext) {
    super(context, 'WorksheetCollection');
  }

  protected itemsNow(): FakeWorksheet[] {
    // Items come back addressed by id, as office.js then addresses them (collection[id]).
    return this.wb.sheets.map((s) => s.id).map((id) => at(new FakeWorksheet(this.context, () => this.wb.sheetById(id) ?? null), this.context.paths.indexer(this.path, [id]), this.context));
  }

  getItem(key: string): FakeWorksheet {
    return at(new FakeWorksheet(this.context, () => this.wb.sheetById(key) ?? this.wb.findSheet(key) ?? null), this.context.paths.indexer(this.path, [key]), this.context);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return this.returned(new FakeWorksheet(this.context, () => this.wb.sheetById(key) ?? this.wb.findSheet(key) ?? null, true), 'getItemOrNullObject', [key]);
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.returned(new FakeWorksheet(this.context, () => this.wb.activeSheet ?? null), 'getActiveWorksheet', []);
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    // office.js: a method object, carried out when the request instantiates it.
    const path = this.context.paths.method(this.path, 'add', [name]);
    this.context.enqueue({
      on: path,
      action: { type: 'instantiate' },
      run: () => {
        const wb = this.wb;
        if (wb.flags.readOnly) fail('AccessDenied', 'the document is read-only');
        if (wb.flags.protectedStructure) fail('AccessDenied', 'the workbook structure is protected');
        let n = name;
        if (!n) for (let i = 1; !n || wb.findSheet(n); i++) n = `Sheet${i}`;
        created = wb.addSheet(n);
        wb.dirty = true;
      },
    });
    return Object.assign(new FakeWorksheet(this.context, () => created), { path });
  }
}

// ───────────────────────────── names ─────────────────────────────

const NAMED_ITEM: Shape = {
  className: 'NamedItem',
  get: {
    name: (n: FakeName) => n.name,
    formula: () => '', // replaced per instance (needs the workbook)
    visible: (n: FakeName) => n.visible,
    comment: (n: FakeName) => n.comment,
    type: () => 'Range',
    value: () => '',
  },
  set: {
    visible: (n: FakeName, v) => void (n.visible = Boolean(v)),
    comment: (n: FakeName, v) => void (n.comment = String(v)),
    formula: (n: FakeName, v, wb) => Object.assign(n, referenceOf(String(v), wb)),
  },
};

/** `='Sheet'!$A$1` (or a Range proxy) → the sheet and area a name refers to. */
function referenceOf(reference: unknown, wb: FakeWorkbook): Pick<FakeName, 'sheetId' | 'area' | 'formula'> {
  if (reference instanceof FakeRange) {
    const r = (reference as unknown as { locate: () => RangeRef | null }).locate();
    if (!r) fail('ItemNotFound', 'range not found');
    return { sheetId: r.sheet.id, area: { ...r.area }, formula: undefined };
  }
  const text = String(reference).replace(/^=/, '');
  const { sheet, ref } = splitSheet(text);
  const area = parseArea(ref);
  if (sheet !== null && area) {
    const s = wb.findSheet(sheet);
    if (!s) fail('InvalidArgument', `no sheet ${sheet}`);
    return { sheetId: s.id, area, formula: undefined };
  }
  return { sheetId: null, area: null, formula: `=${text}` };
}

export class FakeNamedItem extends FakeClientObject {
  declare name: string;
  declare formula: string;
  declare visible: boolean;
  constructor(context: FakeRequestContext, locate: () => FakeName | null, orNull = false) {
    const wb = context.host.workbook;
    const shape: Shape = {
      ...NAMED_ITEM,
      get: {
        ...NAMED_ITEM.get,
        formula: (n: FakeName) => wb.nameFormula(n),
        type: (n: FakeName) => (n.formula !== undefined ? 'Formula' : n.sheetId ? 'Range' : 'Error'),
        value: (n: FakeName) => wb.nameFormula(n).replace(/^=/, ''),
      },
    };
    super(context, shape, locate, orNull);
  }
  delete(): void {
    this.command({ type: 'method', name: 'delete', args: [] }, (n) => {
      const wb = this.wb;
      wb.names.splice(wb.names.indexOf(n as FakeName), 1);
    });
  }
  getRange(): FakeRange {
    const range = new FakeRange(this.context, () => {
      const n = this.locate() as FakeName | null;
      const sheet = n?.sheetId ? this.wb.sheetById(n.sheetId) : undefined;
      return sheet && n?.area ? { sheet, area: n.area } : null;
    });
    return this.returned(range, 'getRange', []);
  }
}

const NAME_RULE = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

export class FakeNamedItemCollection extends FakeItemCollection<FakeNamedItem> {
  constructor(context: FakeRequestContext) {
    super(context, 'NamedItemCollection');
  }

  protected itemsNow(): FakeNamedItem[] {
    return this.wb.names.slice().map((m) => at(new FakeNamedItem(this.context, () => (this.wb.names.includes(m) ? m : null)), this.context.paths.indexer(this.path, [m.name]), this.context));
  }

  getItem(name: string): FakeNamedItem {
    return at(new FakeNamedItem(this.context, () => this.wb.findName(name) ?? null), this.context.paths.indexer(this.path, [name]), this.context);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return this.returned(new FakeNamedItem(this.context, () => this.wb.findName(name) ?? null, true), 'getItemOrNullObject', [name]);
  }

  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    let created: FakeName | null = null;
    // office.js: a method object, carried out when the request instantiates it.
    const path = this.context.paths.method(this.path, 'add', [name, reference, comment]);
    this.context.enqueue({
      on: path,
      action: { type: 'instantiate' },
      run: () => {
        const wb = this.wb;
        if (wb.flags.readOnly) fail('AccessDenied', 'the document is read-only');
        if (!NAME_RULE.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) fail('InvalidArgument', `invalid name ${name}`);
        if (wb.findName(name)) fail('ItemAlreadyExists', `the name ${name} exists`);
        created = { name, ...referenceOf(reference, wb), visible: true, comment: comment ?? '' };
        wb.names.push(created);
      },
    });
    return Object.assign(new FakeNamedItem(this.context, () => created), { path });
  }
}

// ───────────────────────────── workbook, application ─────────────────────────────

export class FakeApplication extends FakeClientObject {
  declare calculationMode: string;
  constructor(context: FakeRequestContext) {
    super(
      context,
      { className: 'Application', get: { calculationMode: () => 'Automatic' }, set: { calculationMode: () => undefined } },
      () => context.host.workbook,
    );
  }
  private call(name: string, args: unknown[], run: () => void): void {
    this.context.enqueue({ on: this.path, action: { type: 'method', name, args }, run });
  }
  suspendApiCalculationUntilNextSync(): void {
    this.call('suspendApiCalculationUntilNextSync', [], () => void this.wb.log.push(`sync${this.context.host.stats.syncs}:suspendApiCalculation`));
  }
  suspendScreenUpdatingUntilNextSync(): void {
    if (!this.context.host.isSetSupported('ExcelApi', '1.9')) throw new FakeOfficeError('ApiNotFound', 'suspendScreenUpdatingUntilNextSync needs ExcelApi 1.9');
    this.call('suspendScreenUpdatingUntilNextSync', [], () => void this.wb.log.push(`sync${this.context.host.stats.syncs}:suspendScreenUpdating`));
  }
  calculate(type: string): void {
    this.call('calculate', [type], () => this.wb.recalc());
  }
}

export class FakeWorkbookProxy {
  /** office.js's `context.workbook` is the request's global object. */
  readonly path: ObjectPath;
  private children: { worksheets?: FakeWorksheetCollection; names?: FakeNamedItemCollection; application?: FakeApplication } = {};
  constructor(readonly context: FakeRequestContext) {
    this.path = context.paths.global();
    context.created(this.path);
  }
  /** Property objects, made on first use as office.js makes them. */
  private property<T extends { path: ObjectPath }>(obj: T, name: string): T {
    return at(obj, this.context.paths.property(this.path, name), this.context);
  }
  get worksheets(): FakeWorksheetCollection {
    return (this.children.worksheets ??= this.property(new FakeWorksheetCollection(this.context), 'worksheets'));
  }
  get names(): FakeNamedItemCollection {
    return (this.children.names ??= this.property(new FakeNamedItemCollection(this.context), 'names'));
  }
  get application(): FakeApplication {
    return (this.children.application ??= this.property(new FakeApplication(this.context), 'application'));
  }
  getActiveWorksheet(): FakeWorksheet {
    return this.worksheets.getActiveWorksheet();
  }
  getSelectedRange(): FakeRange {
    const wb = this.context.host.workbook;
    const range = new FakeRange(this.context, () => {
      const sel = wb.selection;
      const sheet = sel ? wb.sheetById(sel.sheetId) : undefined;
      return sel && sheet ? { sheet, area: sel.area } : null;
    });
    return at(range, this.context.paths.method(this.path, 'getSelectedRange', []), this.context);
  }
}
