/**
 * An .xlsx package (OPC over zip) opened for reading and for a lossless copy. Uint8Array in and out, no
 * Node API (the web page runs it in the browser; src/xlsx/file.ts does the file system).
 *
 * - `openPackage` reads only the zip directory. It refuses a package whose parts together declare more
 *   than 200 MB unpacked (WORKBOOK.md §5) before inflating anything; each part is inflated when asked for,
 *   and a part that inflates to more than it declared is refused mid-way.
 * - `set`/`remove` record changes; `toBytes` writes the copy: every part not changed is carried over as
 *   its stored bytes, in its place; changed parts are deflated anew; new parts go at the end.
 */
import { XlsxReadError } from './errors';
import { fflateInflater, inflateEntry, rawBytes, readZipDirectory, writeZip, ZipFormatError, type Inflater, type OutEntry, type ZipEntry } from './zip';
import { elements } from './xml';

/** WORKBOOK.md §5: a file that would unpack to more than this is refused before unpacking. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

export type XlsxInput = ArrayBuffer | Uint8Array;

export interface OpenOptions {
  /** defaults to MAX_UNPACKED_BYTES */
  maxUnpackedBytes?: number;
  /** the inflater (tests pass one that counts bytes) */
  inflater?: Inflater;
}

export interface Relationship {
  id: string;
  /** the full type URI */
  type: string;
  /** the target as written */
  target: string;
  /** the part it points at (no leading `/`), or null for an external target */
  part: string | null;
}

const ZIP_MAGIC = [0x50, 0x4b];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (b: Uint8Array, magic: number[]) => b.length >= magic.length && magic.every((x, i) => b[i] === x);

const utf8 = new TextDecoder('utf-8');
const utf8enc = new TextEncoder();

/** Decodes a part's bytes as text (UTF-8, or UTF-16 with its byte-order mark), without a BOM. */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const s = utf8.decode(bytes);
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** `xl/worksheets/../media/a.png` → `xl/media/a.png`; null when it climbs out of the package. */
function normalizePartName(path: string): string | null {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(seg);
  }
  return out.join('/');
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's is `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part: absolute (`/xl/x.xml`) or relative (`x.xml`, `../x.xml`). */
function resolveTarget(sourcePart: string, target: string): string | null {
  let t = target.trim();
  try {
    t = decodeURIComponent(t);
  } catch {
    // a stray % stays as written
  }
  t = t.replace(/\\/g, '/').replace(/[?#].*$/, '');
  if (t.startsWith('/')) return normalizePartName(t);
  const dir = sourcePart.includes('/') ? sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1) : '';
  return normalizePartName(dir + t);
}

/** The shortest relative target from one part to another (`xl/workbook.xml` → `xl/worksheets/sheet3.xml` is `worksheets/sheet3.xml`). */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = sourcePart.split('/').slice(0, -1);
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...Array(from.length - i).fill('..'), ...to.slice(i)].join('/');
}

export class XlsxPackage {
  /** entries in their order in the file */
  private readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byLower = new Map<string, string>();
  /** changed or new parts (bytes), removed parts (null) */
  private readonly changes = new Map<string, Uint8Array | null>();
  private readonly added: string[] = [];

  private constructor(
    private readonly bytes: Uint8Array,
    entries: ZipEntry[],
    private readonly inflater: Inflater,
  ) {
    this.entries = entries;
    for (const e of entries) {
      if (this.byName.has(e.name)) continue; // a duplicate name: the first one counts
      this.byName.set(e.name, e);
      if (!this.byLower.has(e.name.toLowerCase())) this.byLower.set(e.name.toLowerCase(), e.name);
    }
  }

  /**
   * Opens the package: the zip directory only. Throws XlsxReadError: OLE_FILE (.xls or encrypted), NOT_XLSX
   * (not a zip), TOO_LARGE (over the unpacked limit, nothing inflated), CORRUPT_XLSX (a damaged zip).
   */
  static open(input: XlsxInput, opts: OpenOptions = {}): XlsxPackage {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    if (startsWith(bytes, OLE_MAGIC)) throw new XlsxReadError('OLE_FILE');
    if (!startsWith(bytes, ZIP_MAGIC)) throw new XlsxReadError('NOT_XLSX');
    let entries: ZipEntry[];
    try {
      entries = readZipDirectory(bytes);
    } catch (err) {
      throw new XlsxReadError('CORRUPT_XLSX', (err as Error).message);
    }
    const limit = opts.maxUnpackedBytes ?? MAX_UNPACKED_BYTES;
    const total = entries.reduce((s, e) => s + e.size, 0);
    if (total > limit) throw new XlsxReadError('TOO_LARGE', `${total} bytes unpacked`);
    return new XlsxPackage(bytes, entries, opts.inflater ?? fflateInflater);
  }

  /** The stored name of a part (OPC names compare case-insensitively), or null. */
  find(part: string): string | null {
    const p = part.replace(/^\/+/, '');
    if (this.changes.has(p)) return this.changes.get(p) === null ? null : p;
    if (this.byName.has(p)) return p;
    const lower = this.byLower.get(p.toLowerCase());
    if (lower !== undefined && this.changes.get(lower) !== null) return lower;
    for (const [name, data] of this.changes) if (data !== null && name.toLowerCase() === p.toLowerCase()) return name;
    return null;
  }

  has(part: string): boolean {
    return this.find(part) !== null;
  }

  /** Every part name of the copy as it stands (input order, then new parts). */
  names(): string[] {
    const out: string[] = [];
    for (const e of this.entries) if (this.byName.get(e.name) === e && this.changes.get(e.name) !== null) out.push(e.name);
    return [...out, ...this.added.filter((n) => this.changes.get(n) != null)];
  }

  /** The declared unpacked size of an input part (what `bytesOf` will cost), or null. */
  declaredSize(part: string): number | null {
    const name = this.find(part);
    if (name === null) return null;
    const changed = this.changes.get(name);
    return changed ? changed.length : (this.byName.get(name)?.size ?? null);
  }

  /** A part's bytes, inflated; null when absent. Throws XlsxReadError CORRUPT_XLSX on a damaged part. */
  bytesOf(part: string): Uint8Array | null {
    const name = this.find(part);
    if (name === null) return null;
    const changed = this.changes.get(name);
    if (changed) return changed;
    try {
      return inflateEntry(this.bytes, this.byName.get(name)!, this.inflater);
    } catch (err) {
      throw new XlsxReadError('CORRUPT_XLSX', (err as Error).message);
    }
  }

  /** A part as text; null when absent. */
  text(part: string): string | null {
    const b = this.bytesOf(part);
    return b === null ? null : decodeText(b);
  }

  /**
   * A part inflated chunk by chunk (for sheets: never held whole). Returns false when the part is absent.
   * Throws XlsxReadError CORRUPT_XLSX on a damaged part; errors thrown by `onChunk` pass through.
   */
  stream(part: string, onChunk: (chunk: Uint8Array) => void): boolean {
    const name = this.find(part);
    if (name === null) return false;
    const changed = this.changes.get(name);
    if (changed) {
      onChunk(changed);
      return true;
    }
    const entry = this.byName.get(name)!;
    try {
      this.inflater.inflate(rawBytes(this.bytes, entry), entry, onChunk);
    } catch (err) {
      if (err instanceof ZipFormatError) throw new XlsxReadError('CORRUPT_XLSX', err.message);
      throw err;
    }
    return true;
  }

  /** The relationships of a part (`''` for the package's own), targets resolved. Missing part: []. */
  rels(sourcePart: string): Relationship[] {
    const relsName = sourcePart === '' ? '_rels/.rels' : relsPartOf(sourcePart);
    const xml = this.text(relsName);
    if (xml === null) return [];
    return elements(xml, 'Relationship').map((el) => {
      const a = el.attrs;
      const external = (a.TargetMode ?? '').toLowerCase() === 'external';
      const target = a.Target ?? '';
      return { id: a.Id ?? '', type: a.Type ?? '', target, part: external ? null : resolveTarget(sourcePart, target) };
    });
  }

  /** Another view of the same input bytes, with the changes made so far; changes to either stay apart. */
  clone(): XlsxPackage {
    const c = new XlsxPackage(this.bytes, this.entries, this.inflater);
    for (const [k, v] of this.changes) c.changes.set(k, v);
    c.added.push(...this.added);
    return c;
  }

  /** Sets (adds or replaces) a part of the copy. */
  set(part: string, data: string | Uint8Array): void {
    const name = this.find(part) ?? part.replace(/^\/+/, '');
    if (!this.byName.has(name) && !this.added.includes(name)) this.added.push(name);
    this.changes.set(name, typeof data === 'string' ? utf8enc.encode(data) : data);
  }

  /** Removes a part from the copy. */
  remove(part: string): void {
    const name = this.find(part);
    if (name !== null) this.changes.set(name, null);
  }

  /** Was this part changed (set or removed) since the package was opened? */
  isChanged(part: string): boolean {
    const name = this.find(part) ?? part;
    return this.changes.has(name);
  }

  /** The copy: untouched parts byte for byte as stored, changed parts deflated, new parts at the end. */
  toBytes(): Uint8Array {
    const out: OutEntry[] = [];
    const seen = new Set<string>();
    for (const e of this.entries) {
      if (seen.has(e.name)) continue;
      seen.add(e.name);
      const changed = this.changes.get(e.name);
      if (changed === null) continue;
      if (changed) out.push({ name: e.name, data: changed, time: e.time, date: e.date });
      else out.push({ name: e.name, raw: rawBytes(this.bytes, e), from: e });
    }
    for (const name of this.added) {
      const data = this.changes.get(name);
      if (data) out.push({ name, data });
    }
    return writeZip(out);
  }
}

