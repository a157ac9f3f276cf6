/**
 * A copy of a workbook with some cells of its existing sheets changed and nothing else (`thidua import`,
 * WORKBOOK.md §6): each sheet part is edited with `setCells`; every other part passes through as stored.
 * Only when a changed cell held a formula does the calculation chain go (Excel rebuilds it), since Excel
 * would otherwise repair a chain that names a cell without a formula.
 */
import { setCells, type CellEdit } from './cells';
import { XlsxWriteError } from './errors';
import { relsPartOf, type XlsxPackage } from './package';
import { readWorkbookInfo, relKind } from './workbook';
import { sameSheetName } from '../core';

interface SheetCellEdit extends CellEdit {
  sheet: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Does the part's cell `ref` hold a formula? */
function holdsFormula(xml: string, ref: string): boolean {
  const m = new RegExp(`<(?:[\\w.-]+:)?c(?=[\\s/>])[^>]*\\sr\\s*=\\s*["']${escapeRe(ref.replace(/\$/g, '').toUpperCase())}["'][^>]*?(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?c>)`).exec(xml);
  return !!m?.[1] && /<(?:[\w.-]+:)?f[\s/>]/.test(m[1]);
}

/** Applies the edits to the package (in place) and returns the copy's bytes. */
export function applyCellEdits(pkg: XlsxPackage, edits: SheetCellEdit[]): Uint8Array {
  const info = readWorkbookInfo(pkg);
  const bySheet = new Map<string, SheetCellEdit[]>();
  for (const e of edits) {
    const entry = info.sheets.find((s) => s.name === e.sheet) ?? info.sheets.find((s) => sameSheetName(s.name, e.sheet));
    if (!entry || !entry.part || entry.kind !== 'worksheet') throw new XlsxWriteError('WRITE_FAILED', null, `no worksheet ${e.sheet}`);
    const list = bySheet.get(entry.part) ?? [];
    list.push(e);
    bySheet.set(entry.part, list);
  }
  let formulaReplaced = false;
  for (const [part, list] of bySheet) {
    const xml = pkg.text(part);
    if (xml === null) throw new XlsxWriteError('WRITE_FAILED', null, `missing part ${part}`);
    if (list.some((e) => holdsFormula(xml, e.cell))) formulaReplaced = true;
    pkg.set(part, setCells(xml, list.map(({ cell, value }) => ({ cell, value }))));
  }
  if (formulaReplaced) dropCalcChain(pkg, info.workbookPart, info.rels);
  return pkg.toBytes();
}

function dropCalcChain(pkg: XlsxPackage, workbookPart: string, rels: ReturnType<typeof readWorkbookInfo>['rels']): void {
  const rel = rels.find((r) => relKind(r.type) === 'calcChain' && r.part !== null);
  if (!rel?.part) return;
  const part = pkg.find(rel.part);
  if (part) pkg.remove(part);
  const relsPart = relsPartOf(workbookPart);
  const relsXml = pkg.text(relsPart);
  if (relsXml !== null) pkg.set(relsPart, relsXml.replace(new RegExp(`<(?:[\\w.-]+:)?Relationship(?=[\\s/>])[^>]*\\sId\\s*=\\s*["']${escapeRe(rel.id)}["'][^>]*/>`), ''));
  const ct = pkg.text('[Content_Types].xml');
  if (ct !== null && part) pkg.set('[Content_Types].xml', ct.replace(new RegExp(`<(?:[\\w.-]+:)?Override(?=[\\s/>])[^>]*PartName\\s*=\\s*["']/${escapeRe(part)}["'][^>]*/>`, 'i'), ''));
}
