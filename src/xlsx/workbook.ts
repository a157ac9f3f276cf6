/**
 * The workbook's structure as the package holds it: where the workbook part is, its sheets (name, state,
 * part), the date system, defined names, and the styles and shared-strings parts. Relationship targets
 * may be relative or absolute; namespaces may be transitional or strict, prefixed or not.
 */
import { XlsxReadError } from './errors';
import type { Relationship, XlsxPackage } from './package';
import { attrLocal, element, elements, unescapeXml } from './xml';

type SheetKind = 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet' | 'unknown';

interface SheetEntry {
  name: string;
  sheetId: string;
  /** the relationship id in the workbook part */
  rid: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** the sheet's part, or null when its relationship is missing */
  part: string | null;
  kind: SheetKind;
  /** the `<sheet …/>` element as written */
  tag: string;
}

export interface DefinedName {
  name: string;
  localSheetId: number | null;
  /** the formula text, unescaped */
  text: string;
  /** the element as written, with its offsets in the workbook part */
  start: number;
  end: number;
}

export interface WorkbookInfo {
  workbookPart: string;
  workbookXml: string;
  rels: Relationship[];
  sheets: SheetEntry[];
  date1904: boolean;
  definedNames: DefinedName[];
  stylesPart: string | null;
  sharedStringsPart: string | null;
}

/** A relationship's type by its last segment (`…/officeDocument`), transitional or strict alike. */
export const relKind = (type: string) => type.slice(type.lastIndexOf('/') + 1);

function kindOf(rel: Relationship | undefined): SheetKind {
  switch (rel ? relKind(rel.type) : '') {
    case 'worksheet':
      return 'worksheet';
    case 'chartsheet':
      return 'chartsheet';
    case 'dialogsheet':
      return 'dialogsheet';
    case 'xlMacrosheet':
    case 'xlIntlMacrosheet':
      return 'macrosheet';
    default:
      return 'unknown';
  }
}

/** Throws XlsxReadError NOT_XLSX when the package holds no workbook (a .docx, a plain zip). */
export function readWorkbookInfo(pkg: XlsxPackage): WorkbookInfo {
  const main = pkg.rels('').find((r) => relKind(r.type) === 'officeDocument' && r.part !== null && pkg.has(r.part));
  const workbookPart = main?.part ? pkg.find(main.part)! : pkg.find('xl/workbook.xml');
  if (!workbookPart) throw new XlsxReadError('NOT_XLSX', 'no workbook part');
  const workbookXml = pkg.text(workbookPart)!;
  const sheetsEl = element(workbookXml, 'sheets');
  if (!element(workbookXml, 'workbook') || !sheetsEl) throw new XlsxReadError('CORRUPT_XLSX', 'the workbook part has no sheets');
  const rels = pkg.rels(workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = elements(sheetsEl.inner, 'sheet').map((el) => {
    const rid = attrLocal(el.attrs, 'id') ?? '';
    const rel = byId.get(rid);
    const state = el.attrs.state === 'hidden' || el.attrs.state === 'veryHidden' ? el.attrs.state : 'visible';
    return { name: el.attrs.name ?? '', sheetId: el.attrs.sheetId ?? '', rid, state, part: rel?.part ? pkg.find(rel.part) : null, kind: kindOf(rel), tag: el.tag };
  });
  const pr = element(workbookXml, 'workbookPr');
  const date1904 = pr !== null && /^(1|true)$/i.test(pr.attrs.date1904 ?? '');
  const definedNames: DefinedName[] = elements(workbookXml, 'definedName').map((el) => ({
    name: el.attrs.name ?? '',
    localSheetId: el.attrs.localSheetId !== undefined && /^\d+$/.test(el.attrs.localSheetId) ? Number(el.attrs.localSheetId) : null,
    text: unescapeXml(el.inner),
    start: el.start,
    end: el.end,
  }));
  const find = (kind: string) => {
    const r = rels.find((x) => relKind(x.type) === kind && x.part !== null && pkg.has(x.part));
    return r?.part ? pkg.find(r.part) : null;
  };
  return { workbookPart, workbookXml, rels, sheets, date1904, definedNames, stylesPart: find('styles'), sharedStringsPart: find('sharedStrings') };
}
