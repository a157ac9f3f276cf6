/**
 * Sizes on the wire. Excel on the web refuses a request or a response over 5 MB (of JSON), so the adapter
 * sizes its writes (batch.ts) and its reads (read.ts) in bytes of UTF-8 JSON, as they travel.
 */

/** The limit Excel on the web puts on one request or response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Bytes of a string in UTF-8, without allocating. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** A value's size as JSON (a function, as a proxy passed as an argument is, counts as an id). */
export function jsonBytes(value: unknown): number {
  let text: string | undefined;
  try {
    text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'function' ? 0 : v));
  } catch {
    text = undefined;
  }
  return text === undefined ? 4 : utf8Length(text);
}

/** One loaded value's size in the response JSON, without building the JSON. */
function valueBytes(v: unknown): number {
  if (typeof v === 'string') {
    let n = utf8Length(v) + 2;
    // Quotes, backslashes and control characters are escaped.
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c === 34 || c === 92) n += 1;
      else if (c < 32) n += 5;
    }
    return n;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? String(v).length : 4;
  if (typeof v === 'boolean') return v ? 4 : 5;
  return 4;
}

/** A loaded matrix's size in the response JSON: `[[…,…],[…]]`. */
export function matrixBytes(matrix: readonly (readonly unknown[])[] | undefined): number {
  if (!matrix) return 0;
  let n = 2;
  for (const row of matrix) {
    n += 3;
    for (const v of row) n += valueBytes(v) + 1;
  }
  return n;
}
