/**
 * A small, strict XML reader for the manifest checks (no dependency): elements, attributes, text,
 * comments, CDATA, processing instructions. It rejects what an XML parser must reject in a manifest:
 * unbalanced or crossed tags, duplicate or unquoted attributes, bad entity references, text outside the
 * root, several roots.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'XmlError';
  }
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, line: number): string {
  if (raw.includes('<')) throw new XmlError('"<" in attribute value or text', line);
  return raw.replace(/&([^;\s&]*);?/g, (m, ref: string) => {
    if (!m.endsWith(';')) throw new XmlError(`bad entity reference "${m}"`, line);
    if (ref in ENTITIES) return ENTITIES[ref];
    const num = /^#(x[0-9a-f]+|\d+)$/i.exec(ref);
    if (num) return String.fromCodePoint(num[1][0].toLowerCase() === 'x' ? parseInt(num[1].slice(1), 16) : parseInt(num[1], 10));
    throw new XmlError(`unknown entity "&${ref};"`, line);
  });
}

export function parseXml(src: string): XmlElement {
  let pos = 0;
  const lineAt = (p: number) => src.slice(0, p).split('\n').length;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;

  if (src.charCodeAt(0) === 0xfeff) pos = 1;
  while (pos < src.length) {
    const lt = src.indexOf('<', pos);
    const text = src.slice(pos, lt < 0 ? src.length : lt);
    if (text.trim()) {
      if (!stack.length) throw new XmlError('text outside the root element', lineAt(pos));
      stack[stack.length - 1].text += decode(text, lineAt(pos));
    }
    if (lt < 0) break;
    pos = lt;
    const line = lineAt(pos);
    if (src.startsWith('<!--', pos)) {
      const end = src.indexOf('-->', pos + 4);
      if (end < 0) throw new XmlError('unclosed comment', line);
      if (src.slice(pos + 4, end).includes('--')) throw new XmlError('"--" inside a comment', line);
      pos = end + 3;
      continue;
    }
    if (src.startsWith('<![CDATA[', pos)) {
      const end = src.indexOf(']]>', pos);
      if (end < 0 || !stack.length) throw new XmlError('bad CDATA section', line);
      stack[stack.length - 1].text += src.slice(pos + 9, end);
      pos = end + 3;
      continue;
    }
    if (src.startsWith('<?', pos)) {
      const end = src.indexOf('?>', pos);
      if (end < 0) throw new XmlError('unclosed processing instruction', line);
      if (src.startsWith('<?xml', pos) && pos > (src.charCodeAt(0) === 0xfeff ? 1 : 0)) throw new XmlError('XML declaration not at the start', line);
      pos = end + 2;
      continue;
    }
    if (src.startsWith('<!', pos)) throw new XmlError('DOCTYPE and other declarations are not allowed in a manifest', line);
    if (src.startsWith('</', pos)) {
      const m = NAME.exec(src.slice(pos + 2));
      const close = m ? src.indexOf('>', pos) : -1;
      if (!m || close < 0 || src.slice(pos + 2 + m[0].length, close).trim()) throw new XmlError('bad closing tag', line);
      const open = stack.pop();
      if (!open || open.name !== m[0]) throw new XmlError(`</${m[0]}> does not close <${open?.name ?? '(nothing)'}>`, line);
      pos = close + 1;
      continue;
    }
    const m = NAME.exec(src.slice(pos + 1));
    if (!m) throw new XmlError('bad start tag', line);
    const el: XmlElement = { name: m[0], attrs: {}, children: [], text: '', line };
    pos += 1 + m[0].length;
    for (;;) {
      const ws = /^\s*/.exec(src.slice(pos))![0];
      pos += ws.length;
      if (src.startsWith('/>', pos) || src[pos] === '>') break;
      if (!ws) throw new XmlError(`missing space before an attribute of <${el.name}>`, lineAt(pos));
      const a = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(src.slice(pos));
      if (!a) throw new XmlError(`bad attribute in <${el.name}>`, lineAt(pos));
      if (a[1] in el.attrs) throw new XmlError(`duplicate attribute ${a[1]} in <${el.name}>`, lineAt(pos));
      el.attrs[a[1]] = decode(a[3] ?? a[4], lineAt(pos));
      pos += a[0].length;
    }
    const selfClosing = src.startsWith('/>', pos);
    pos += selfClosing ? 2 : 1;
    if (stack.length) stack[stack.length - 1].children.push(el);
    else if (root) throw new XmlError('a second root element', line);
    else root = el;
    if (!selfClosing) stack.push(el);
  }
  if (stack.length) throw new XmlError(`<${stack[stack.length - 1].name}> is not closed`, stack[stack.length - 1].line);
  if (!root) throw new XmlError('no root element', 1);
  return root;
}

/** Local name without prefix: `bt:Image` → `Image`. */
export const local = (name: string) => name.replace(/^.*:/, '');

export function children(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => local(c.name) === name);
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el ? children(el, name)[0] : undefined;
}

/** Every element below `el` (depth first), `el` included. */
export function walk(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap(walk)];
}
