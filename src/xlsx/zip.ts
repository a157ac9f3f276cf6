/**
 * The zip container of an .xlsx, on Uint8Array only (no Node API: the web page runs this too).
 *
 * Reading takes the central directory first, so every part's declared size is known before a single byte
 * is inflated; parts are inflated one at a time, on demand, through an `Inflater` that stops as soon as a
 * part yields more than it declared (a lying size is a damaged file, not a reason to keep inflating).
 * Writing copies an untouched part's compressed bytes as they are (same bytes, same CRC, no re-deflate)
 * and deflates only the parts that changed. fflate does the deflate/inflate: small, pure JS, runs in node
 * and browsers, and its streaming inflater lets the size check cut in mid-part.
 */
import { Inflate, deflateSync } from 'fflate';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (anything else cannot be read) */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** as the central directory declares it */
  size: number;
  /** DOS time and date, kept for the copy */
  time: number;
  date: number;
  /** where the compressed bytes start in the file */
  dataOffset: number;
}

export class ZipFormatError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'ZipFormatError';
  }
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 0x100000000;

function need(b: Uint8Array, o: number, n: number): void {
  if (o < 0 || o + n > b.length) throw new ZipFormatError('truncated');
}

const utf8 = new TextDecoder('utf-8');
/** Names without the UTF-8 flag are CP437; in practice every .xlsx part name is ASCII. */
function decodeName(bytes: Uint8Array): string {
  let ascii = true;
  for (const x of bytes) if (x > 0x7f) ascii = false;
  return ascii ? String.fromCharCode(...bytes) : utf8.decode(bytes);
}

/** The central directory: every entry, in directory order. Throws ZipFormatError when there is none. */
export function readZipDirectory(b: Uint8Array): ZipEntry[] {
  // End of central directory: 22 bytes + a comment of up to 65,535.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end of central directory');
  let count = u16(b, eocd + 10);
  let cdOffset = u32(b, eocd + 16);
  // zip64: the locator sits just before the end record
  if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20 && u32(b, eocd - 20) === 0x07064b50) {
    const z = u64(b, eocd - 12);
    need(b, z, 56);
    if (u32(b, z) !== 0x06064b50) throw new ZipFormatError('bad zip64 record');
    count = u64(b, z + 32);
    cdOffset = u64(b, z + 48);
  }
  const entries: ZipEntry[] = [];
  let o = cdOffset;
  for (let i = 0; i < count; i++) {
    need(b, o, 46);
    if (u32(b, o) !== 0x02014b50) throw new ZipFormatError('bad central directory entry');
    const flags = u16(b, o + 8);
    const method = u16(b, o + 10);
    const time = u16(b, o + 12);
    const date = u16(b, o + 14);
    const crc = u32(b, o + 16);
    let compressedSize = u32(b, o + 20);
    let size = u32(b, o + 24);
    const nameLen = u16(b, o + 28);
    const extraLen = u16(b, o + 30);
    const commentLen = u16(b, o + 32);
    let local = u32(b, o + 42);
    need(b, o + 46, nameLen + extraLen + commentLen);
    const name = decodeName(b.subarray(o + 46, o + 46 + nameLen));
    // zip64 extra field: the sizes and offset that overflowed, in this order
    let e = o + 46 + nameLen;
    const end = e + extraLen;
    while (e + 4 <= end) {
      const id = u16(b, e);
      const len = u16(b, e + 2);
      if (id === 0x0001) {
        let p = e + 4;
        if (size === 0xffffffff && p + 8 <= e + 4 + len) {
          size = u64(b, p);
          p += 8;
        }
        if (compressedSize === 0xffffffff && p + 8 <= e + 4 + len) {
          compressedSize = u64(b, p);
          p += 8;
        }
        if (local === 0xffffffff && p + 8 <= e + 4 + len) local = u64(b, p);
      }
      e += 4 + len;
    }
    need(b, local, 30);
    if (u32(b, local) !== 0x04034b50) throw new ZipFormatError(`bad local header for ${name}`);
    const dataOffset = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    need(b, dataOffset, compressedSize);
    entries.push({ name, method, flags, crc, compressedSize, size, time, date, dataOffset });
    o += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The stored (compressed) bytes of an entry, as they are in the file. */
export function rawBytes(b: Uint8Array, e: ZipEntry): Uint8Array {
  return b.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
}

/**
 * Inflates one entry, handing the bytes over in chunks. Never yields more than `entry.size` bytes: a part
 * that inflates to more than it declared throws ZipFormatError at that point. A seam for tests (they count
 * the bytes inflated).
 */
export interface Inflater {
  inflate(compressed: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void;
}

/** Compressed bytes fed at a time: deflate packs at most ~1032:1, so one push yields ≤ ~16 MB. */
const FEED = 16 * 1024;

export const fflateInflater: Inflater = {
  inflate(compressed, entry, onChunk) {
    if (entry.flags & 1) throw new ZipFormatError(`${entry.name} is encrypted`);
    if (entry.method === 0) {
      if (compressed.length !== entry.size) throw new ZipFormatError(`${entry.name}: stored size mismatch`);
      onChunk(compressed);
      return;
    }
    if (entry.method !== 8) throw new ZipFormatError(`${entry.name}: compression method ${entry.method}`);
    let total = 0;
    let ended = false;
    const inf = new Inflate((chunk, final) => {
      total += chunk.length;
      if (total > entry.size) throw new ZipFormatError(`${entry.name} inflates to more than its declared ${entry.size} bytes`);
      if (chunk.length) onChunk(chunk);
      if (final) ended = true;
    });
    try {
      for (let i = 0; i < compressed.length && !ended; i += FEED) {
        const end = Math.min(i + FEED, compressed.length);
        inf.push(compressed.subarray(i, end), end === compressed.length);
      }
      if (compressed.length === 0) inf.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof ZipFormatError) throw err;
      throw new ZipFormatError(`${entry.name}: ${(err as Error).message}`);
    }
    if (!ended && entry.size > 0) throw new ZipFormatError(`${entry.name}: deflate stream cut short`);
    if (total !== entry.size) throw new ZipFormatError(`${entry.name}: inflated ${total} of ${entry.size} bytes`);
  },
};

/** The whole entry, inflated. */
export function inflateEntry(b: Uint8Array, e: ZipEntry, inflater: Inflater = fflateInflater): Uint8Array {
  const out = new Uint8Array(e.size);
  let at = 0;
  inflater.inflate(rawBytes(b, e), e, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return out;
}

// ───────────────────────────── writing ─────────────────────────────

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** An entry of the zip to write: either copied raw from the input, or new content to deflate. */
export type OutEntry =
  | { name: string; raw: Uint8Array; from: ZipEntry }
  | { name: string; data: Uint8Array; time?: number; date?: number };

function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

const utf8enc = new TextEncoder();

/** A zip holding these entries in this order. Sizes must fit 32 bits (the reader refuses over 200 MB anyway). */
export function writeZip(entries: OutEntry[]): Uint8Array {
  const now = dosNow();
  interface Prepared {
    name: Uint8Array;
    flags: number;
    method: number;
    time: number;
    date: number;
    crc: number;
    csize: number;
    size: number;
    body: Uint8Array;
    offset: number;
  }
  const prepared: Prepared[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = utf8enc.encode(e.name);
    const ascii = name.length === e.name.length;
    let p: Prepared;
    if ('raw' in e) {
      const f = e.from;
      // bit 3 (sizes in a data descriptor) is dropped: the local header below carries them
      p = { name, flags: (f.flags & ~0x8) | (ascii ? 0 : 0x800), method: f.method, time: f.time, date: f.date, crc: f.crc, csize: f.compressedSize, size: f.size, body: e.raw, offset };
    } else {
      const body = deflateSync(e.data, { level: 6 });
      p = { name, flags: ascii ? 0 : 0x800, method: 8, time: e.time ?? now.time, date: e.date ?? now.date, crc: crc32(e.data), csize: body.length, size: e.data.length, body, offset };
    }
    if (p.csize > 0xfffffffe || p.size > 0xfffffffe) throw new ZipFormatError(`${e.name} too large`);
    prepared.push(p);
    offset += 30 + name.length + p.body.length;
  }
  const cdSize = prepared.reduce((s, p) => s + 46 + p.name.length, 0);
  if (offset + cdSize > 0xfffffffe || prepared.length > 0xfffe) throw new ZipFormatError('package too large');
  const out = new Uint8Array(offset + cdSize + 22);
  const dv = new DataView(out.buffer);
  let o = 0;
  for (const p of prepared) {
    dv.setUint32(o, 0x04034b50, true);
    dv.setUint16(o + 4, 20, true);
    dv.setUint16(o + 6, p.flags, true);
    dv.setUint16(o + 8, p.method, true);
    dv.setUint16(o + 10, p.time, true);
    dv.setUint16(o + 12, p.date, true);
    dv.setUint32(o + 14, p.crc, true);
    dv.setUint32(o + 18, p.csize, true);
    dv.setUint32(o + 22, p.size, true);
    dv.setUint16(o + 26, p.name.length, true);
    dv.setUint16(o + 28, 0, true);
    out.set(p.name, o + 30);
    out.set(p.body, o + 30 + p.name.length);
    o += 30 + p.name.length + p.body.length;
  }
  const cdStart = o;
  for (const p of prepared) {
    dv.setUint32(o, 0x02014b50, true);
    dv.setUint16(o + 4, 20, true);
    dv.setUint16(o + 6, 20, true);
    dv.setUint16(o + 8, p.flags, true);
    dv.setUint16(o + 10, p.method, true);
    dv.setUint16(o + 12, p.time, true);
    dv.setUint16(o + 14, p.date, true);
    dv.setUint32(o + 16, p.crc, true);
    dv.setUint32(o + 20, p.csize, true);
    dv.setUint32(o + 24, p.size, true);
    dv.setUint16(o + 28, p.name.length, true);
    // extra, comment, disk, internal attributes: 0
    dv.setUint32(o + 38, 0, true);
    dv.setUint32(o + 42, p.offset, true);
    out.set(p.name, o + 46);
    o += 46 + p.name.length;
  }
  dv.setUint32(o, 0x06054b50, true);
  dv.setUint16(o + 8, prepared.length, true);
  dv.setUint16(o + 10, prepared.length, true);
  dv.setUint32(o + 12, o - cdStart, true);
  dv.setUint32(o + 16, cdStart, true);
  return out;
}
