/**
 * `setCells`: change a few cells of an existing sheet part and nothing else (for `thidua import`, issue 9).
 *
 * Only the edited cells' `<c>` elements are rewritten (a missing cell or row is inserted in its place);
 * every other byte of the part — other cells, row attributes, formulas, merges, validations, conditional
 * formats, drawings, extension lists — stays as it was. An edited cell keeps its format (`s`); its old
 * value, type and formula go. Rows and cells with or without `r` are addressed as the reader counts them.
 *
 * Notes for callers:
 * - A number is written as a number, a string as an inline string (the shared strings part is not
 *   touched), a boolean as a boolean, null empties the cell (keeping its format).
 * - Overwriting a formula cell: if the workbook has `xl/calcChain.xml`, remove that part (and its
 *   relationship and content type) so that Excel rebuilds it; Excel repairs a chain naming a cell that no
 *   longer holds a formula. A cell holding a shared or array formula that other cells use is refused.
 */
import { XlsxWriteError } from './errors';
import { parseRef } from './reader';
import { escapeXml } from './xml';
import { colName as colLetters } from '../core';

export interface CellEdit {
  /** A1 address, e.g. `F8` (`$` allowed) */
  cell: string;
  value: number | string | boolean | null;
}

interface Span {
  start: number;
  end: number;
}

interface CellSpan extends Span {
  col: number;
  tag: string;
  inner: string;
}

interface RowSpan extends Span {
  row: number;
  /** the row's start tag */
  tag: string;
  selfClosing: boolean;
  /** where its content starts and ends */
  innerStart: number;
  innerEnd: number;
}

function cellXml(prefix: string, ref: string, style: string | null, value: CellEdit['value']): string {
  const s = style !== null ? ` s="${style}"` : '';
  const c = `${prefix}c`;
  if (value === null) return `<${c} r="${ref}"${s}/>`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new XlsxWriteError('BAD_PLAN', null, `${ref}: ${value}`);
    return `<${c} r="${ref}"${s}><${prefix}v>${String(value)}</${prefix}v></${c}>`;
  }
  if (typeof value === 'boolean') return `<${c} r="${ref}"${s} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${c}>`;
  return `<${c} r="${ref}"${s} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${escapeXml(value)}</${prefix}t></${prefix}is></${c}>`;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);

/** The rows of a sheetData's content, with their positions. */
function scanRows(xml: string, from: number, to: number, prefix: string): RowSpan[] {
  const rows: RowSpan[] = [];
  const re = new RegExp(`<${prefix}row(?=[\\s/>])[^>]*>`, 'g');
  re.lastIndex = from;
  const close = `</${prefix}row>`;
  let prev = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) && m.index < to) {
    const tag = m[0];
    const r = attr(tag, 'r');
    const n = r ? Number(r[1] ?? r[2]) : NaN;
    const row = Number.isInteger(n) && n >= 1 ? n - 1 : prev + 1;
    prev = row;
    if (tag.endsWith('/>')) {
      rows.push({ start: m.index, end: m.index + tag.length, row, tag, selfClosing: true, innerStart: m.index + tag.length, innerEnd: m.index + tag.length });
      continue;
    }
    const end = xml.indexOf(close, re.lastIndex);
    if (end < 0) throw new XlsxWriteError('WRITE_FAILED', null, 'unterminated row');
    rows.push({ start: m.index, end: end + close.length, row, tag, selfClosing: false, innerStart: m.index + tag.length, innerEnd: end });
    re.lastIndex = end + close.length;
  }
  return rows;
}

function scanCells(xml: string, row: RowSpan, prefix: string): CellSpan[] {
  const cells: CellSpan[] = [];
  const re = new RegExp(`<${prefix}c(?=[\\s/>])[^>]*>`, 'g');
  re.lastIndex = row.innerStart;
  const close = `</${prefix}c>`;
  let prev = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) && m.index < row.innerEnd) {
    const tag = m[0];
    const r = attr(tag, 'r');
    const ref = r ? parseRef((r[1] ?? r[2]).replace(/\$/g, '')) : null;
    const col = ref ? ref[1] : prev + 1;
    prev = col;
    if (tag.endsWith('/>')) {
      cells.push({ start: m.index, end: m.index + tag.length, col, tag, inner: '' });
      continue;
    }
    const end = xml.indexOf(close, re.lastIndex);
    if (end < 0 || end > row.innerEnd) throw new XlsxWriteError('WRITE_FAILED', null, 'unterminated cell');
    cells.push({ start: m.index, end: end + close.length, col, tag, inner: xml.slice(re.lastIndex, end) });
    re.lastIndex = end + close.length;
  }
  return cells;
}

/** Sets the given cells in a worksheet part's XML; returns the new XML (see the module comment). */
export function setCells(sheetXml: string, edits: CellEdit[]): string {
  if (edits.length === 0) return sheetXml;
  const sd = /<((?:[\w.-]+:)?)sheetData(?=[\s/>])[^>]*?(\/?)>/.exec(sheetXml);
  if (!sd) throw new XlsxWriteError('WRITE_FAILED', null, 'no sheetData');
  const prefix = sd[1];
  let xml = sheetXml;
  let dataStart = sd.index + sd[0].length;
  if (sd[2] === '/') {
    // <sheetData/> → <sheetData></sheetData>
    const open = sd[0].replace(/\s*\/>$/, '>');
    xml = xml.slice(0, sd.index) + open + `</${prefix}sheetData>` + xml.slice(sd.index + sd[0].length);
    dataStart = sd.index + open.length;
  }
  // the last edit of a cell wins; group by row
  const byRow = new Map<number, Map<number, CellEdit>>();
  for (const e of edits) {
    const ref = parseRef(e.cell.replace(/\$/g, '').toUpperCase());
    if (!ref) throw new XlsxWriteError('BAD_PLAN', null, `bad cell ${e.cell}`);
    if (!byRow.has(ref[0])) byRow.set(ref[0], new Map());
    byRow.get(ref[0])!.set(ref[1], e);
  }
  const dataEnd = xml.indexOf(`</${prefix}sheetData>`, dataStart);
  const rows = scanRows(xml, dataStart, dataEnd, prefix);
  // splice from the end so that earlier offsets stay valid
  const splices: { start: number; end: number; text: string }[] = [];
  const rowInserts = new Map<number, string>();
  for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = byRow.get(r)!;
    const refOf = (c: number) => `${colLetters(c)}${r + 1}`;
    const existing = rows.find((x) => x.row === r);
    if (!existing) {
      const cellsText = [...cols.keys()].sort((a, b) => a - b).map((c) => cellXml(prefix, refOf(c), null, cols.get(c)!.value)).join('');
      const after = rows.find((x) => x.row > r);
      const at = after ? after.start : dataEnd;
      rowInserts.set(at, (rowInserts.get(at) ?? '') + `<${prefix}row r="${r + 1}">${cellsText}</${prefix}row>`);
      continue;
    }
    if (existing.selfClosing) {
      const open = existing.tag.replace(/\s*\/>$/, '>');
      const cellsText = [...cols.keys()].sort((a, b) => a - b).map((c) => cellXml(prefix, refOf(c), null, cols.get(c)!.value)).join('');
      splices.push({ start: existing.start, end: existing.end, text: `${open}${cellsText}</${prefix}row>` });
      continue;
    }
    const cells = scanCells(xml, existing, prefix);
    const inserts = new Map<number, string>();
    for (const c of [...cols.keys()].sort((a, b) => a - b)) {
      const e = cols.get(c)!;
      const cell = cells.find((x) => x.col === c);
      if (cell) {
        const f = /<(?:[\w.-]+:)?f(?=[\s/>])[^>]*>/.exec(cell.inner);
        if (f && (attr(f[0], 'ref') || /\st\s*=\s*["']array["']/.test(f[0]))) {
          throw new XlsxWriteError('WRITE_FAILED', null, `${refOf(c)} holds a shared or array formula`);
        }
        const s = attr(cell.tag, 's');
        splices.push({ start: cell.start, end: cell.end, text: cellXml(prefix, refOf(c), s ? (s[1] ?? s[2]) : null, e.value) });
      } else {
        const after = cells.find((x) => x.col > c);
        const at = after ? after.start : existing.innerEnd;
        inserts.set(at, (inserts.get(at) ?? '') + cellXml(prefix, refOf(c), null, e.value));
      }
    }
    for (const [at, text] of inserts) splices.push({ start: at, end: at, text });
  }
  for (const [at, text] of rowInserts) splices.push({ start: at, end: at, text });
  // new rows and cells at one offset were joined above, so no two splices share a start
  splices.sort((a, b) => b.start - a.start);
  for (const sp of splices) xml = xml.slice(0, sp.start) + sp.text + xml.slice(sp.end);
  return xml;
}

