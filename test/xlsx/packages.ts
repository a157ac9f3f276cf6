/**
 * Hand-made .xlsx packages (raw XML zipped with fflate), for the cases no writer library produces on
 * demand: a value in XFD1048576 on many sheets, a file that unpacks to hundreds of megabytes, cells
 * without `r`, absolute relationship targets. Shared by the tests and the bench.
 */
import * as zlib from 'node:zlib';
import { zipSync, strToU8, type Zippable } from 'fflate';
import { crc32, writeZip, type OutEntry } from '../../src/xlsx/zip';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface RawSheet {
  name: string;
  /** the inside of <sheetData> */
  sheetData: string;
  /** extra XML after </sheetData> (mergeCells, …) */
  after?: string;
  state?: 'hidden' | 'veryHidden';
}

export interface RawOptions {
  /** shared strings, in order */
  sst?: string[];
  date1904?: boolean;
  /** relationship targets written absolute (`/xl/worksheets/sheet1.xml`), as openpyxl does */
  absoluteTargets?: boolean;
  /** `<definedName>` elements inside <definedNames> */
  definedNames?: string;
  /** `numFmts` and cellXfs: each entry a numFmtId, custom codes given as [id, code] */
  xfs?: number[];
  numFmts?: [number, string][];
  /** more parts, as they are */
  extra?: Record<string, string | Uint8Array>;
  /** zip level (0 = stored) */
  level?: 0 | 1 | 6 | 9;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The parts of a minimal workbook holding these sheets. */
export function rawParts(sheets: RawSheet[], opts: RawOptions = {}): Record<string, string | Uint8Array> {
  const target = (p: string) => (opts.absoluteTargets ? `/xl/${p}` : p);
  const parts: Record<string, string | Uint8Array> = {};
  parts['[Content_Types].xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    (opts.sst ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` : '') +
    sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
    `</Types>`;
  parts['_rels/.rels'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PR}">` +
    `<Relationship Id="rId1" Type="${R}/officeDocument" Target="${opts.absoluteTargets ? '/xl/workbook.xml' : 'xl/workbook.xml'}"/></Relationships>`;
  parts['xl/workbook.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${R}">` +
    (opts.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>') +
    `<sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('')}</sheets>` +
    (opts.definedNames ? `<definedNames>${opts.definedNames}</definedNames>` : '') +
    `</workbook>`;
  const n = sheets.length;
  parts['xl/_rels/workbook.xml.rels'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PR}">` +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="${target(`worksheets/sheet${i + 1}.xml`)}"/>`).join('') +
    `<Relationship Id="rId${n + 1}" Type="${R}/styles" Target="${target('styles.xml')}"/>` +
    (opts.sst ? `<Relationship Id="rId${n + 2}" Type="${R}/sharedStrings" Target="${target('sharedStrings.xml')}"/>` : '') +
    `</Relationships>`;
  const xfs = opts.xfs ?? [0];
  parts['xl/styles.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}">` +
    (opts.numFmts?.length ? `<numFmts count="${opts.numFmts.length}">${opts.numFmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('')}</numFmts>` : '') +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${xfs.length}">${xfs.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}/>`).join('')}</cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  if (opts.sst) {
    parts['xl/sharedStrings.xml'] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS}" count="${opts.sst.length}" uniqueCount="${opts.sst.length}">` +
      opts.sst.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('') +
      `</sst>`;
  }
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${R}"><sheetData>${s.sheetData}</sheetData>${s.after ?? ''}</worksheet>`;
  });
  Object.assign(parts, opts.extra ?? {});
  return parts;
}

export function zipParts(parts: Record<string, string | Uint8Array>, level: 0 | 1 | 6 | 9 = 6): Uint8Array {
  const z: Zippable = {};
  for (const [k, v] of Object.entries(parts)) z[k] = [typeof v === 'string' ? strToU8(v) : v, { level }];
  return zipSync(z);
}

export function rawWorkbook(sheets: RawSheet[], opts: RawOptions = {}): Uint8Array {
  return zipParts(rawParts(sheets, opts), opts.level ?? 6);
}

/** 15 sheets, each with one number in XFD1048576 (the last cell of a sheet), and a declared dimension to match. */
export function xfdWorkbook(sheets = 15): Uint8Array {
  return rawWorkbook(
    Array.from({ length: sheets }, (_, i) => ({ name: `Sheet${i + 1}`, sheetData: `<row r="1048576"><c r="XFD1048576"><v>${i + 1}</v></c></row>` })),
  );
}

/** A raw deflate stream (one fixed-Huffman block) of `head`, then `count` spaces, then `tail`: made in O(count / 258). */
function deflatedSpaces(head: Uint8Array, count: number, tail: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(((head.length + tail.length + 258) * 9 + (count / 258) * 13) / 8) + 16);
  let pos = 0;
  let acc = 0;
  let nbits = 0;
  const bits = (value: number, n: number) => {
    acc |= value << nbits;
    nbits += n;
    while (nbits >= 8) {
      out[pos++] = acc & 0xff;
      acc >>>= 8;
      nbits -= 8;
    }
  };
  const rev = (code: number, n: number) => {
    let r = 0;
    for (let i = 0; i < n; i++) r |= ((code >> i) & 1) << (n - 1 - i);
    return r;
  };
  const literal = (v: number) => (v < 144 ? bits(rev(0x30 + v, 8), 8) : bits(rev(0x190 + v - 144, 9), 9));
  bits(1, 1); // last block
  bits(1, 2); // fixed Huffman
  for (const b of head) literal(b);
  let left = count;
  if (left > 0) {
    literal(0x20);
    left--;
  }
  const match = rev(0xc5, 8) | (0 << 8); // length 258 (code 285), then distance 1 (code 0, 5 zero bits)
  while (left >= 258) {
    bits(match, 13);
    left -= 258;
  }
  while (left-- > 0) literal(0x20);
  for (const b of tail) literal(b);
  bits(0, 7); // end of block
  if (nbits > 0) bits(0, 8 - nbits);
  return out.subarray(0, pos);
}

/**
 * A well-formed workbook whose one sheet unpacks to `mb` megabytes (a cell, then spaces), packed about
 * 160 to 1 (300 MB in a 1.9 MB file); the deflate stream is made by hand so that building it costs little.
 */
export function bombWorkbook(mb: number): Uint8Array {
  const head = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row>`);
  const tail = strToU8('</sheetData></worksheet>');
  const count = mb * 1024 * 1024 - head.length - tail.length;
  const body = deflatedSpaces(head, count, tail);
  let crc = crc32(head);
  const spaces = new Uint8Array(1 << 20).fill(0x20);
  const z = zlib as unknown as { crc32?: (d: Uint8Array, v: number) => number };
  for (let left = count; left > 0; left -= spaces.length) {
    const chunk = left >= spaces.length ? spaces : spaces.subarray(0, left);
    crc = z.crc32 ? z.crc32(chunk, crc) : crcUpdate(crc, chunk);
  }
  crc = z.crc32 ? z.crc32(tail, crc) : crcUpdate(crc, tail);
  const parts = rawParts([{ name: 'Sheet1', sheetData: '' }]);
  delete parts['xl/worksheets/sheet1.xml'];
  const entries: OutEntry[] = Object.entries(parts).map(([name, v]) => ({ name, data: typeof v === 'string' ? strToU8(v) : v }));
  const size = head.length + count + tail.length;
  entries.push({ name: 'xl/worksheets/sheet1.xml', raw: body, from: { name: 'xl/worksheets/sheet1.xml', method: 8, flags: 0, crc, compressedSize: body.length, size, time: 0, date: 0x21, dataOffset: 0 } });
  return writeZip(entries);
}

/** CRC-32 continued over more bytes (where node has no zlib.crc32). */
function crcUpdate(crc: number, data: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) {
    c ^= data[i];
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return ~c >>> 0;
}
