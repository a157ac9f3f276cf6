/**
 * Small XML helpers for the package's own small parts (relationships, content types, workbook, styles),
 * which are edited as text so that everything the tool does not touch stays byte for byte. Sheet data is
 * never parsed with these: src/xlsx/sheetReader.ts streams it.
 */

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** Attributes of a start tag's text (`<sheet name="a" r:id="rId1"/>`), names as written (prefix kept). */
function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  // skip the element name
  const start = tag.search(/\s/);
  if (start < 0) return out;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? '');
  return out;
}

/** An attribute by local name, whatever its prefix (`r:id`, `x:id`, `id`). */
export function attrLocal(a: Record<string, string>, local: string): string | undefined {
  if (local in a) return a[local];
  for (const k of Object.keys(a)) if (k.endsWith(`:${local}`)) return a[k];
  return undefined;
}

export interface Element {
  /** the start tag's text, `<sheet …>` or `<sheet …/>` */
  tag: string;
  attrs: Record<string, string>;
  /** offsets in the text: start of the start tag, end of the whole element */
  start: number;
  end: number;
  /** the text between start and end tags ('' when self-closed) */
  inner: string;
}

/**
 * The elements of a local name (any prefix) in `xml`, in order. For small parts only; an element that
 * contains another of the same name is not supported (none of the parts edited here has one).
 */
export function elements(xml: string, local: string): Element[] {
  const out: Element[] = [];
  const re = new RegExp(`<((?:[\\w.-]+:)?${local})(?=[\\s/>])[^>]*>`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const tag = m[0];
    const start = m.index;
    if (tag.endsWith('/>')) {
      out.push({ tag, attrs: attrs(tag), start, end: start + tag.length, inner: '' });
      continue;
    }
    const close = `</${m[1]}>`;
    const at = xml.indexOf(close, re.lastIndex);
    if (at < 0) break;
    out.push({ tag, attrs: attrs(tag), start, end: at + close.length, inner: xml.slice(start + tag.length, at) });
    re.lastIndex = at + close.length;
  }
  return out;
}

/** The first element of that local name, or null. */
export function element(xml: string, local: string): Element | null {
  return elements(xml, local)[0] ?? null;
}

/** The prefix (`x:` or '') of a part's root element, so that new elements are written in the same form. */
export function rootPrefix(xml: string): string {
  const m = /<(?![?!])([\w.-]+:)?[\w.-]+/.exec(xml);
  return m?.[1] ?? '';
}
