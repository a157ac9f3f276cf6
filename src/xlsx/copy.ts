/**
 * The lossless copy (WORKBOOK.md §4 v2): the user's package with the tool's sheets added or replaced, and
 * nothing else changed. Only these parts are edited:
 * - the workbook part: a `<sheet>` per new sheet, the tool's defined names (marks, print titles of its
 *   own sheets); every other byte of it stays as it was;
 * - the workbook's relationships and `[Content_Types].xml`: one entry per new sheet part;
 * - the styles part: the generated sheets' fonts, fills, borders, number formats, cell formats and
 *   differential formats appended (existing indices keep their meaning);
 * - the generated sheets' own parts (new, or the part of the tool's sheet being replaced).
 * Every other part (the users' sheets, shared strings, charts, drawings, comments, images, custom XML…)
 * is carried over as stored, byte for byte. The generated sheets are rendered by exceljs into a scratch
 * package (src/xlsx/render.ts) and their sheet parts transplanted: style indices remapped, shared strings
 * made inline (so the user's shared strings part is never rewritten).
 */
import type { SheetPlan } from '../core';
import { markRef, indexOfSheetName } from '../core';
import { TOOL_MARK_NAMES } from '../core';
import { XlsxWriteError } from './errors';
import { isMarkName, MARK_ROLES, readMarksFrom, sheetOfAnyRef, splitUnion, type MarkRole } from './marks';
import { relativeTarget, relsPartOf, XlsxPackage } from './package';
import { checkPlanNames, renderPlans } from './render';
import { readWorkbookInfo, type DefinedName, type WorkbookInfo } from './workbook';
import { element, elements, escapeXml, rootPrefix } from './xml';

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const WORKSHEET_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const STYLES_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';

/** Renders plans into a scratch package (a seam: tests may pass their own). */
export type Renderer = (plans: SheetPlan[]) => Promise<Uint8Array>;

const key = (s: string) => s.normalize('NFC').toLowerCase();

/** Puts `prefix` on every unprefixed element name of a fragment (for parts written as `<x:workbook>`). */
function withPrefix(fragment: string, prefix: string): string {
  if (!prefix) return fragment;
  return fragment.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (m, slash: string, name: string) => `<${slash}${prefix}${name}`);
}

/** Replaces or adds an attribute on a start tag's text. */
function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
}

// ───────────────────────────── styles ─────────────────────────────

/** CT_Stylesheet's children, in schema order. */
const STYLE_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
const CHILD: Record<string, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', dxfs: 'dxf' };

/**
 * Adds items to a container of the styles part (creating it in schema order). An item identical to one
 * already there is not added again (a re-run does not grow the part). Returns the new text and each
 * item's index.
 */
function appendToContainer(xml: string, container: string, items: string[], prefix: string): { xml: string; indices: number[] } {
  const el = element(xml, container);
  const child = CHILD[container];
  const existing = el && !el.tag.endsWith('/>') ? elements(el.inner, child).map((e) => el.inner.slice(e.start, e.end)) : [];
  const known = new Map<string, number>();
  existing.forEach((t, i) => {
    if (!known.has(t)) known.set(t, i);
  });
  const fresh: string[] = [];
  const indices = items.map((raw) => {
    const item = withPrefix(raw, prefix);
    let at = known.get(item);
    if (at === undefined) {
      at = existing.length + fresh.length;
      fresh.push(item);
      known.set(item, at);
    }
    return at;
  });
  if (fresh.length === 0) return { xml, indices };
  if (el && !el.tag.endsWith('/>')) {
    const close = el.end - `</${prefix}${container}>`.length;
    const tag = setAttr(el.tag, 'count', String(existing.length + fresh.length));
    return { xml: xml.slice(0, el.start) + tag + xml.slice(el.start + el.tag.length, close) + fresh.join('') + xml.slice(close), indices };
  }
  const block = `<${prefix}${container} count="${fresh.length}">${fresh.join('')}</${prefix}${container}>`;
  if (el) return { xml: xml.slice(0, el.start) + block + xml.slice(el.end), indices };
  for (const later of STYLE_ORDER.slice(STYLE_ORDER.indexOf(container) + 1)) {
    const at = element(xml, later);
    if (at) return { xml: xml.slice(0, at.start) + block + xml.slice(at.start), indices };
  }
  const end = xml.lastIndexOf(`</${prefix}styleSheet>`);
  return { xml: xml.slice(0, end) + block + xml.slice(end), indices };
}

export interface StyleMerge {
  /** the input's styles part, with the scratch styles appended */
  xml: string;
  /** scratch cell format index → index in the merged part */
  xf: number[];
  dxf: number[];
}

/** Appends the scratch package's styles to the input's styles part (or takes them whole when there is none). */
export function mergeStyles(base: string | null, scratch: string): StyleMerge {
  const sFmts = elements(element(scratch, 'numFmts')?.inner ?? '', 'numFmt');
  const list = (c: string) => (element(scratch, c)?.inner ?? '');
  const sXfs = elements(list('cellXfs'), 'xf');
  const sDxfs = elements(list('dxfs'), 'dxf');
  if (base === null) return { xml: scratch, xf: sXfs.map((_, i) => i), dxf: sDxfs.map((_, i) => i) };
  const prefix = rootPrefix(base);
  let xml = base;
  // number formats: reuse an identical code, else a fresh id above every id in use
  const have = elements(element(base, 'numFmts')?.inner ?? '', 'numFmt');
  const byCode = new Map(have.map((f) => [f.attrs.formatCode ?? '', Number(f.attrs.numFmtId)]));
  let nextId = Math.max(163, ...have.map((f) => Number(f.attrs.numFmtId) || 0)) + 1;
  const fmtMap = new Map<number, number>();
  const newFmts: string[] = [];
  for (const f of sFmts) {
    const code = f.attrs.formatCode ?? '';
    let id = byCode.get(code);
    if (id === undefined) {
      id = nextId++;
      byCode.set(code, id);
      newFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    fmtMap.set(Number(f.attrs.numFmtId), id);
  }
  xml = appendToContainer(xml, 'numFmts', newFmts, prefix).xml;
  const take = (c: string) => {
    const inner = list(c);
    return elements(inner, CHILD[c]).map((e) => inner.slice(e.start, e.end));
  };
  const fonts = appendToContainer(xml, 'fonts', take('fonts'), prefix);
  xml = fonts.xml;
  const fills = appendToContainer(xml, 'fills', take('fills'), prefix);
  xml = fills.xml;
  const borders = appendToContainer(xml, 'borders', take('borders'), prefix);
  xml = borders.xml;
  const xfsInner = list('cellXfs');
  const xfs = sXfs.map((e) => {
    let text = xfsInner.slice(e.start, e.end);
    let tag = e.tag;
    const num = Number(e.attrs.numFmtId ?? 0);
    tag = setAttr(tag, 'numFmtId', String(fmtMap.get(num) ?? num));
    tag = setAttr(tag, 'fontId', String(fonts.indices[Number(e.attrs.fontId ?? 0)] ?? 0));
    tag = setAttr(tag, 'fillId', String(fills.indices[Number(e.attrs.fillId ?? 0)] ?? 0));
    tag = setAttr(tag, 'borderId', String(borders.indices[Number(e.attrs.borderId ?? 0)] ?? 0));
    tag = setAttr(tag, 'xfId', '0');
    text = tag + text.slice(e.tag.length);
    return text;
  });
  const cellXfs = appendToContainer(xml, 'cellXfs', xfs, prefix);
  xml = cellXfs.xml;
  const dxfs = appendToContainer(xml, 'dxfs', take('dxfs'), prefix);
  xml = dxfs.xml;
  return { xml, xf: cellXfs.indices, dxf: dxfs.indices };
}

// ───────────────────────────── the generated sheet parts ─────────────────────────────

/**
 * A scratch sheet part made fit for the copy: cell formats remapped, shared strings inlined, and no
 * `tabSelected` (two selected tabs would group the sheets in Excel).
 */
export function transplantSheet(xml: string, sst: string[], styles: StyleMerge): string {
  const xf = (n: string) => String(styles.xf[Number(n)] ?? 0);
  let out = xml.replace(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (whole, attrText: string, rest: string, inner: string | undefined) => {
    let a = attrText.replace(/(\ss=")(\d+)"/, (_m, pre: string, n: string) => `${pre}${xf(n)}"`);
    if (/\st="s"/.test(a) && inner !== undefined) {
      const idx = /<v>(\d+)<\/v>/.exec(inner);
      const si = idx ? sst[Number(idx[1])] : undefined;
      if (si !== undefined) {
        a = a.replace(/\st="s"/, ' t="inlineStr"');
        return `<c${a}><is>${si}</is></c>`;
      }
    }
    return `<c${a}${rest}`;
  });
  out = out.replace(/<row\b[^>]*>/g, (tag) => tag.replace(/(\ss=")(\d+)"/, (_m, pre: string, n: string) => `${pre}${xf(n)}"`));
  out = out.replace(/<col\b[^>]*>/g, (tag) => tag.replace(/(\sstyle=")(\d+)"/, (_m, pre: string, n: string) => `${pre}${xf(n)}"`));
  out = out.replace(/(\sdxfId=")(\d+)"/g, (_m, pre: string, n: string) => `${pre}${styles.dxf[Number(n)] ?? n}"`);
  out = out.replace(/\stabSelected="(1|true)"/g, '');
  return out;
}

/** The scratch's shared strings as `<si>` contents (kept as written: plain or rich). */
function scratchStrings(xml: string | null): string[] {
  if (!xml) return [];
  return elements(xml, 'si').map((e) => e.inner);
}

// ───────────────────────────── the copy ─────────────────────────────

/** A free name like `rId7` among the relationships. */
function freeRid(used: Set<string>): string {
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  used.add(`rId${n}`);
  return `rId${n}`;
}

/** Refuses plans that would clash with the workbook's sheets, before anything changes. */
function checkAgainstWorkbook(info: WorkbookInfo, plans: SheetPlan[]): void {
  checkPlanNames(plans);
  const names = info.sheets.map((s) => s.name);
  const replaced = new Set(plans.map((p) => (p.replaces !== undefined ? indexOfSheetName(names, p.replaces) : -1)).filter((i) => i >= 0));
  for (const p of plans) {
    const taken = info.sheets.some((s, i) => key(s.name) === key(p.name) && !replaced.has(i));
    if (taken) throw new XlsxWriteError('SHEET_EXISTS', p.name);
  }
}

/**
 * A copy of the package with the planned sheets: a plan whose `replaces` names an existing sheet (the
 * tool's own, per its mark) takes that sheet's place and part; other plans are added at the end. Marks are
 * (re)defined for the ranking and nominations. Throws XlsxWriteError (BAD_SHEET_NAME, SHEET_EXISTS,
 * BAD_PLAN, WRITE_FAILED); the input package is not changed.
 */
export async function copyWithPlans(input: XlsxPackage, plans: SheetPlan[], render: Renderer = (p) => renderPlans(p)): Promise<Uint8Array> {
  const pkg = input.clone();
  const info = readWorkbookInfo(pkg);
  checkAgainstWorkbook(info, plans);
  if (plans.length === 0) return pkg.toBytes();
  let scratch: XlsxPackage;
  let sInfo: WorkbookInfo;
  try {
    scratch = XlsxPackage.open(await render(plans));
    sInfo = readWorkbookInfo(scratch);
  } catch (err) {
    if (err instanceof XlsxWriteError) throw err;
    throw new XlsxWriteError('WRITE_FAILED', null, (err as Error).message);
  }
  const sStyles = sInfo.stylesPart ? scratch.text(sInfo.stylesPart) : null;
  if (sStyles === null) throw new XlsxWriteError('WRITE_FAILED', null, 'scratch package without styles');
  const sst = scratchStrings(sInfo.sharedStringsPart ? scratch.text(sInfo.sharedStringsPart) : null);

  const wbPart = info.workbookPart;
  const wbDir = wbPart.includes('/') ? wbPart.slice(0, wbPart.lastIndexOf('/') + 1) : '';
  const prefix = rootPrefix(info.workbookXml);
  let ct = pkg.text('[Content_Types].xml') ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';
  const relsName = relsPartOf(wbPart);
  let relsXml = pkg.text(relsName) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const usedRids = new Set(info.rels.map((r) => r.id));
  let relsChanged = false;
  let ctChanged = false;
  const addRel = (type: string, part: string): string => {
    relsChanged = true;
    const id = freeRid(usedRids);
    const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(wbPart, part))}"/>`;
    const close = relsXml.lastIndexOf('</');
    relsXml = relsXml.slice(0, close) + withPrefix(rel, rootPrefix(relsXml)) + relsXml.slice(close);
    return id;
  };
  const addOverride = (part: string, type: string) => {
    if (elements(ct, 'Override').some((o) => (o.attrs.PartName ?? '').toLowerCase() === `/${part}`.toLowerCase())) return;
    ctChanged = true;
    const close = ct.lastIndexOf('</');
    ct = ct.slice(0, close) + withPrefix(`<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`, rootPrefix(ct)) + ct.slice(close);
  };

  // styles: appended to the input's, or the scratch's own when the input has none
  const merged = mergeStyles(info.stylesPart ? pkg.text(info.stylesPart) : null, sStyles);
  if (info.stylesPart) {
    if (merged.xml !== pkg.text(info.stylesPart)) pkg.set(info.stylesPart, merged.xml);
  }
  else {
    const part = `${wbDir}styles.xml`;
    pkg.set(part, merged.xml);
    addRel(STYLES_REL, part);
    addOverride(part, STYLES_TYPE);
  }

  // sheets: each plan → its part; a replaced sheet keeps its part, relationship and position
  const names = info.sheets.map((s) => s.name);
  let maxSheetId = Math.max(0, ...info.sheets.map((s) => Number(s.sheetId) || 0));
  const newSheetTags: string[] = [];
  const renamed = new Map<number, string>();
  /** output sheet index of each plan */
  const positions: number[] = [];
  let sheetNo = 1;
  const freePart = () => {
    while (pkg.has(`${wbDir}worksheets/sheet${sheetNo}.xml`)) sheetNo++;
    return `${wbDir}worksheets/sheet${sheetNo}.xml`;
  };
  const relNs = (() => {
    const first = info.sheets[0]?.tag ?? '';
    const m = /\s([\w.-]+):id\s*=/.exec(first);
    return m ? m[1] : 'r';
  })();
  // openpyxl declares the relationships namespace on each <sheet>, not on the root: then so do we
  const rootTag = element(info.workbookXml, 'workbook')?.tag ?? '';
  const needsRNs = !new RegExp(`xmlns:${relNs}\\s*=`).test(rootTag);
  plans.forEach((plan, i) => {
    const sEntry = sInfo.sheets[i];
    const sXml = sEntry?.part ? scratch.text(sEntry.part) : null;
    if (!sXml) throw new XlsxWriteError('WRITE_FAILED', plan.name, 'sheet missing from the scratch package');
    if (scratch.has(relsPartOf(sEntry.part!))) throw new XlsxWriteError('WRITE_FAILED', plan.name, 'generated sheet has relationships');
    const xml = transplantSheet(sXml, sst, merged);
    const at = plan.replaces !== undefined ? indexOfSheetName(names, plan.replaces) : -1;
    const old = at >= 0 ? info.sheets[at] : null;
    if (old && old.part && old.kind === 'worksheet') {
      pkg.set(old.part, xml);
      pkg.remove(relsPartOf(old.part));
      positions.push(at);
      if (old.name !== plan.name) renamed.set(at, plan.name);
      return;
    }
    const part = freePart();
    pkg.set(part, xml);
    addOverride(part, WORKSHEET_TYPE);
    const rid = addRel(WORKSHEET_REL, part);
    positions.push(info.sheets.length + newSheetTags.length);
    newSheetTags.push(withPrefix(`<sheet name="${escapeXml(plan.name)}" sheetId="${++maxSheetId}" ${relNs}:id="${rid}"${needsRNs ? ` xmlns:${relNs}="http://schemas.openxmlformats.org/officeDocument/2006/relationships"` : ''}/>`, prefix));
  });

  // workbook part: new <sheet> elements, renamed replaced sheets, and the tool's defined names
  let wb = info.workbookXml;
  const replacedAt = new Set(plans.map((p, i) => (positions[i] < info.sheets.length ? positions[i] : -1)).filter((x) => x >= 0));
  const keepMarks = readMarksFrom(info);
  const marks: Partial<Record<MarkRole, string>> = {};
  for (const role of MARK_ROLES) {
    const planned = plans.findIndex((p) => p.role === role);
    if (planned >= 0) marks[role] = plans[planned].name;
    else if (keepMarks[role] && !replacedAt.has(indexOfSheetName(names, keepMarks[role]!))) marks[role] = keepMarks[role];
  }
  // names of a replaced sheet that is written under a new name: their references to the old name go
  const gone = new Set([...renamed.keys()].map((at) => key(info.sheets[at].name)));
  const keptText = new Map<DefinedName, string>();
  const kept = info.definedNames.filter((dn) => {
    if (dn.localSheetId === null && isMarkName(dn.name)) return false;
    // a replaced sheet's own print titles and area give way to the new sheet's
    if (dn.localSheetId !== null && replacedAt.has(dn.localSheetId) && /^_xlnm\.Print_(Titles|Area)$/i.test(dn.name)) return false;
    const whole = info.workbookXml.slice(dn.start, dn.end);
    if (gone.size > 0) {
      const refs = splitUnion(dn.text);
      const sheetsOf = refs.map((r) => sheetOfAnyRef(r));
      if (sheetsOf.some((s) => s !== null && gone.has(key(s)))) {
        const left = refs.filter((_, i) => !(sheetsOf[i] !== null && gone.has(key(sheetsOf[i]!))));
        if (left.length === 0) return false;
        const open = whole.slice(0, whole.indexOf('>') + 1);
        keptText.set(dn, `${open}${escapeXml(left.join(','))}${whole.slice(whole.lastIndexOf('</'))}`);
        return true;
      }
    }
    keptText.set(dn, whole);
    return true;
  });
  const added: string[] = [];
  for (const dn of elements(sInfo.workbookXml, 'definedName')) {
    const local = dn.attrs.localSheetId;
    if (local === undefined || !/^\d+$/.test(local) || positions[Number(local)] === undefined) continue;
    const text = sInfo.workbookXml.slice(dn.start, dn.end);
    added.push(setAttr(text.slice(0, dn.tag.length), 'localSheetId', String(positions[Number(local)])) + text.slice(dn.tag.length));
  }
  for (const role of MARK_ROLES) if (marks[role]) added.push(`<definedName name="${TOOL_MARK_NAMES[role]}">${escapeXml(markRef(marks[role]!))}</definedName>`);
  const block = kept.map((dn) => keptText.get(dn)!).join('') + withPrefix(added.join(''), prefix);
  const dnEl = element(wb, 'definedNames');
  const namesBlock = block ? `<${prefix}definedNames>${block}</${prefix}definedNames>` : '';
  const untouchedNames = kept.length === info.definedNames.length && added.length === 0 && kept.every((dn) => keptText.get(dn) === info.workbookXml.slice(dn.start, dn.end));
  if (dnEl && !untouchedNames) wb = wb.slice(0, dnEl.start) + namesBlock + wb.slice(dnEl.end);
  else if (!dnEl && namesBlock) {
    const after = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];
    const at = after.map((n) => element(wb, n)).find((e) => e !== null);
    const pos = at ? at.start : wb.lastIndexOf(`</${prefix}workbook>`);
    wb = wb.slice(0, pos) + namesBlock + wb.slice(pos);
  }
  // sheets last: the offsets above were taken before it, and <sheets> comes before <definedNames>
  const sheetsEl = element(wb, 'sheets')!;
  let sheetsText = wb.slice(sheetsEl.start, sheetsEl.end);
  for (const [at, name] of renamed) sheetsText = sheetsText.replace(info.sheets[at].tag, setAttr(info.sheets[at].tag, 'name', name));
  const close = sheetsText.lastIndexOf('</');
  sheetsText = sheetsText.slice(0, close) + newSheetTags.join('') + sheetsText.slice(close);
  wb = wb.slice(0, sheetsEl.start) + sheetsText + wb.slice(sheetsEl.end);

  if (wb !== info.workbookXml) pkg.set(wbPart, wb);
  if (relsChanged) pkg.set(relsName, relsXml);
  if (ctChanged) pkg.set('[Content_Types].xml', ct);
  try {
    return pkg.toBytes();
  } catch (err) {
    throw new XlsxWriteError('WRITE_FAILED', null, (err as Error).message);
  }
}
