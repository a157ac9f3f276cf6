/**
 * Package → the pipeline's Snapshot. Sheet XML and shared strings are streamed (inflated chunk by chunk
 * into saxes), and only stored cells are kept: a value in XFD1048576 costs one cell, not a padded grid
 * (rows and cells are sparse arrays; missing ones read as empty, as SheetSnapshot says).
 *
 * Cell values (WORKBOOK.md §1.3): numbers, text (shared, inline, formula strings, rich text joined),
 * booleans, error values as their text, dates (a number in a date-formatted cell, or an ISO `t="d"` cell)
 * as 1900-system serials whatever the workbook's date system. A formula is its cached value; a formula
 * without one has type `uncomputed`. Cells with or without `r`. In a merged range only the top-left cell
 * keeps its value.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { CellType, CellValue, SheetSnapshot, Snapshot, ToolMarks } from '../core';
import { serialFromDate } from '../core';
import { XlsxReadError } from './errors';
import type { XlsxPackage } from './package';
import { readMarksFrom } from './marks';
import { readWorkbookInfo, type WorkbookInfo } from './workbook';
import { element, elements } from './xml';

/** Days between the 1900 and 1904 date systems' day 0. */
const DAYS_1904 = 1462;

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Feeds a part to a saxes parser chunk by chunk (UTF-8 decoded in stream). */
function parsePart(pkg: XlsxPackage, part: string, setup: (p: SaxesParser<{ xmlns: false; position: false }>) => void): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  setup(parser);
  // decode across chunk boundaries; a UTF-16 part (BOM) is rare enough to decode whole
  const size = pkg.declaredSize(part) ?? 0;
  let decoder: TextDecoder | null = null;
  let first = true;
  try {
    pkg.stream(part, (chunk) => {
      if (first) {
        first = false;
        if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
          decoder = new TextDecoder(chunk[0] === 0xff ? 'utf-16le' : 'utf-16be');
          chunk = chunk.subarray(2);
        } else {
          decoder = new TextDecoder('utf-8');
          if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
        }
      }
      const s = decoder!.decode(chunk, { stream: true });
      if (s) parser.write(s);
    });
    if (decoder) {
      const rest = (decoder as TextDecoder).decode();
      if (rest) parser.write(rest);
    }
    parser.close();
  } catch (err) {
    if (err instanceof XlsxReadError) throw err;
    throw new XlsxReadError('CORRUPT_XLSX', `${part}${size ? '' : ' (empty)'}: ${(err as Error).message}`);
  }
}

/** The shared strings, streamed. */
function readSharedStrings(pkg: XlsxPackage, part: string | null): string[] {
  const out: string[] = [];
  if (!part) return out;
  parsePart(pkg, part, (p) => {
    let inSi = false;
    let inT = false;
    let phonetic = 0;
    let text = '';
    p.on('opentag', (tag) => {
      const n = local(tag.name);
      if (n === 'si') {
        inSi = true;
        text = '';
      } else if (n === 'rPh') phonetic++;
      else if (n === 't' && inSi && phonetic === 0 && !tag.isSelfClosing) inT = true;
    });
    p.on('text', (t) => {
      if (inT) text += t;
    });
    p.on('cdata', (t) => {
      if (inT) text += t;
    });
    p.on('closetag', (tag) => {
      const n = local(tag.name);
      if (n === 't') inT = false;
      else if (n === 'rPh') phonetic--;
      else if (n === 'si') {
        out.push(text);
        inSi = false;
      }
    });
  });
  return out;
}

// ───────────────────────────── styles: which cell styles are dates ─────────────────────────────

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30, and the East Asian ones). */
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81]);

/** Does a format code show a date or time? Quoted text, escapes, colours and conditions do not count. */
function isDateFormat(code: string): boolean {
  const first = code.split(';')[0];
  const bare = first
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '')
    // [h], [mm], [ss] are elapsed time (a time); [Red], [$-42A], [>100] are not
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  if (/General/i.test(bare) && !/[dyhs]/i.test(bare.replace(/General/gi, ''))) return false;
  return /[dmyhs]/i.test(bare.replace(/General/gi, '')) && !/^[#0.,%\sE+-]*$/i.test(bare);
}

/** For each cell style index (`s`), whether it formats a date. */
function dateStyles(pkg: XlsxPackage, part: string | null): boolean[] {
  if (!part) return [];
  const xml = pkg.text(part);
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const el of elements(xml, 'numFmt')) custom.set(Number(el.attrs.numFmtId), el.attrs.formatCode ?? '');
  const cellXfs = element(xml, 'cellXfs');
  if (!cellXfs) return [];
  return elements(cellXfs.inner, 'xf').map((el) => {
    const id = Number(el.attrs.numFmtId ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE.has(id);
  });
}

// ───────────────────────────── sheets ─────────────────────────────

/** `XFD1048576` → [row0, col0]; null when not a cell reference within Excel's grid. */
export function parseRef(ref: string): [number, number] | null {
  let i = 0;
  let col = 0;
  while (i < ref.length) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    i++;
  }
  if (i === 0 || i > 3 || i === ref.length) return null;
  const row = Number(ref.slice(i));
  if (!Number.isInteger(row) || row < 1 || row > 1048576 || col > 16384) return null;
  return [row - 1, col - 1];
}

interface SheetReadOptions {
  sharedStrings: string[];
  dateStyles: boolean[];
  date1904: boolean;
}

/** Counts what a read allocated (for the bounded-read tests). */
export interface ReadStats {
  cells: number;
}

const ERROR_TEXT = /^#/;

/** One worksheet part → a SheetSnapshot of its stored cells (sparse rows). */
function readSheet(pkg: XlsxPackage, part: string | null, name: string, opts: SheetReadOptions, stats?: ReadStats): SheetSnapshot {
  const values: CellValue[][] = [];
  const types: CellType[][] = [];
  const merges: string[] = [];
  if (!part) return { name, values, types };
  let rowIdx = -1;
  let colIdx = -1;
  // the cell being read
  let inCell = false;
  let cRow = 0;
  let cCol = 0;
  let cType = '';
  let cStyle = 0;
  let hasF = false;
  let hasV = false;
  let v = '';
  let isText = '';
  let inV = false;
  let inIsT = false;
  let inIs = false;
  let phonetic = 0;
  let inSheetData = false;

  const store = (r: number, c: number, value: CellValue, type: CellType) => {
    (values[r] ??= [])[c] = value;
    (types[r] ??= [])[c] = type;
    if (stats) stats.cells++;
  };

  const finishCell = () => {
    let value: CellValue = null;
    let type: CellType = 'empty';
    switch (cType) {
      case 's': {
        const s = hasV ? opts.sharedStrings[Number(v.trim())] : undefined;
        if (s !== undefined && s !== '') [value, type] = [s, 'string'];
        break;
      }
      case 'inlineStr':
        if (isText !== '') [value, type] = [isText, 'string'];
        else if (hasV && v !== '') [value, type] = [v, 'string'];
        break;
      case 'str':
        if (hasV) {
          if (v !== '') [value, type] = [v, 'string'];
        } else if (hasF) type = 'uncomputed';
        break;
      case 'b':
        if (hasV) [value, type] = [v.trim() === '1' || v.trim().toLowerCase() === 'true', 'boolean'];
        else if (hasF) type = 'uncomputed';
        break;
      case 'e':
        if (hasV && ERROR_TEXT.test(v.trim())) [value, type] = [v.trim(), 'error'];
        else if (hasF) type = 'uncomputed';
        break;
      case 'd': {
        const d = hasV ? new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v.trim()) ? v.trim() : `${v.trim()}Z`) : null;
        if (d && !Number.isNaN(d.getTime())) [value, type] = [serialFromDate(d), 'date'];
        else if (hasF && !hasV) type = 'uncomputed';
        break;
      }
      default: {
        const t = v.trim();
        if (hasV && t !== '') {
          const n = Number(t);
          if (Number.isFinite(n)) {
            const isDate = opts.dateStyles[cStyle] === true;
            [value, type] = [isDate && opts.date1904 ? n + DAYS_1904 : n, isDate ? 'date' : 'number'];
          }
        } else if (hasF) type = 'uncomputed';
      }
    }
    if (type !== 'empty') store(cRow, cCol, value, type);
  };

  parsePart(pkg, part, (p) => {
    p.on('opentag', (tag: SaxesTagPlain) => {
      const n = local(tag.name);
      if (inCell) {
        if (n === 'v') {
          inV = true;
          hasV = true;
          v = '';
        } else if (n === 'f') hasF = true;
        else if (n === 'is') inIs = true;
        else if (n === 'rPh') phonetic++;
        else if (n === 't' && inIs && phonetic === 0) inIsT = true;
        return;
      }
      if (n === 'sheetData') inSheetData = true;
      else if (!inSheetData) {
        if (n === 'mergeCell' && tag.attributes.ref) merges.push(tag.attributes.ref);
      } else if (n === 'row') {
        const r = Number(tag.attributes.r);
        rowIdx = Number.isInteger(r) && r >= 1 && r <= 1048576 ? r - 1 : rowIdx + 1;
        colIdx = -1;
      } else if (n === 'c') {
        const a = tag.attributes;
        const ref = a.r ? parseRef(a.r) : null;
        if (ref) {
          [cRow, cCol] = ref;
          rowIdx = cRow;
        } else {
          if (rowIdx < 0) rowIdx = 0;
          [cRow, cCol] = [rowIdx, colIdx + 1];
        }
        colIdx = cCol;
        inCell = true;
        cType = a.t ?? 'n';
        cStyle = a.s ? Number(a.s) : 0;
        hasF = hasV = inV = inIs = inIsT = false;
        phonetic = 0;
        v = '';
        isText = '';
        if (tag.isSelfClosing) {
          inCell = false;
          finishCell();
        }
      }
    });
    const onText = (t: string) => {
      if (inV) v += t;
      else if (inIsT) isText += t;
    };
    p.on('text', onText);
    p.on('cdata', onText);
    p.on('closetag', (tag: SaxesTagPlain) => {
      const n = local(tag.name);
      if (!inCell) {
        if (n === 'sheetData') inSheetData = false;
        return;
      }
      if (n === 'v') inV = false;
      else if (n === 't') inIsT = false;
      else if (n === 'is') inIs = false;
      else if (n === 'rPh') phonetic--;
      else if (n === 'c') {
        inCell = false;
        finishCell();
      }
    });
  });
  applyMerges(values, types, merges);
  shape(values, types);
  return { name, values, types };
}

/**
 * Rows end at their last value and the grid at its last row with one. The usual sheet is then filled out
 * (empty rows `[]`, gaps `null`/`empty`, as the Excel door gives it); a sheet whose stored cells lie far
 * apart (a value in XFD1048576) stays sparse, so its cost follows the cells stored, not the distances.
 */
function shape(values: CellValue[][], types: CellType[][]): void {
  let cells = 0;
  let slots = 0;
  let lastRow = -1;
  for (const rk of Object.keys(values)) {
    const r = Number(rk);
    const row = values[r];
    const keys = Object.keys(row);
    if (keys.length === 0) {
      delete values[r];
      delete types[r];
      continue;
    }
    const len = Number(keys[keys.length - 1]) + 1;
    row.length = len;
    types[r].length = len;
    cells += keys.length;
    slots += len;
    lastRow = r;
  }
  values.length = lastRow + 1;
  types.length = lastRow + 1;
  if (slots + values.length > 8 * cells + 4096) return;
  for (let r = 0; r < values.length; r++) {
    if (!values[r]) {
      values[r] = [];
      types[r] = [];
      continue;
    }
    const row = values[r];
    const t = types[r];
    for (let c = 0; c < row.length; c++) {
      if (!(c in row)) {
        row[c] = null;
        t[c] = 'empty';
      }
    }
  }
}

/** Empties every stored cell of a merged range but its top-left one (work ∝ stored cells, not range size). */
function applyMerges(values: CellValue[][], types: CellType[][], merges: string[]): void {
  if (merges.length === 0) return;
  const ranges: [number, number, number, number][] = [];
  for (const m of merges) {
    const [a, b] = m.split(':');
    const p = parseRef(a.replace(/\$/g, ''));
    const q = parseRef((b ?? a).replace(/\$/g, ''));
    if (p && q) ranges.push([Math.min(p[0], q[0]), Math.min(p[1], q[1]), Math.max(p[0], q[0]), Math.max(p[1], q[1])]);
  }
  // Object.keys on a sparse array lists only the stored indices
  for (const rk of Object.keys(values)) {
    const r = Number(rk);
    const row = values[r];
    for (const ck of Object.keys(row)) {
      const c = Number(ck);
      for (const [r0, c0, r1, c1] of ranges) {
        if (r >= r0 && r <= r1 && c >= c0 && c <= c1 && (r !== r0 || c !== c0)) {
          delete row[c];
          delete types[r][c];
          break;
        }
      }
    }
  }
}

export interface PackageRead {
  snapshot: Snapshot;
  info: WorkbookInfo;
}

/** The snapshot of a package: every worksheet in workbook order (hidden ones too), and the tool's marks. */
export function readPackage(pkg: XlsxPackage, stats?: ReadStats): PackageRead {
  const info = readWorkbookInfo(pkg);
  const worksheets = info.sheets.filter((s) => s.kind === 'worksheet');
  if (worksheets.length === 0) throw new XlsxReadError('NOT_XLSX', 'no worksheet');
  const opts: SheetReadOptions = {
    sharedStrings: readSharedStrings(pkg, info.sharedStringsPart),
    dateStyles: dateStyles(pkg, info.stylesPart),
    date1904: info.date1904,
  };
  const sheets = worksheets.map((s) => readSheet(pkg, s.part, s.name, opts, stats));
  const marks: ToolMarks = readMarksFrom(info);
  return { snapshot: Object.keys(marks).length > 0 ? { sheets, marks } : { sheets }, info };
}

