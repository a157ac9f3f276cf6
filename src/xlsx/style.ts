/**
 * A PlanStyle onto exceljs cells. Styles of a plan overlap (a bold header inside a bordered table), so each
 * one adds to what the cell has. Every cell gets a fresh style object: exceljs may share one object between
 * cells, and changing it in place would restyle cells the plan never named.
 */
import type ExcelJS from 'exceljs';
import type { PlanStyle } from '../core';
import { parseRange } from '../core';

/** `#1F4E79` → `FF1F4E79` (exceljs colours are ARGB). */
export function argb(color: string): string {
  const hex = color.replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  if (/^[0-9A-F]{3}$/.test(hex)) return `FF${hex.replace(/./g, (d) => d + d)}`;
  throw new Error(`bad colour ${color}`);
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/**
 * The font of a plain cell in what exceljs writes (its first font): a styled font starts from it, so a
 * font part never lacks a name and size. Without them LibreOffice draws a bold header in its own default
 * serif face; with `scheme: minor`, Excel and LibreOffice take the workbook theme's body font, as for
 * every plain cell.
 */
const PLAIN_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, family: 2, scheme: 'minor' };

/** The style a cell has after `s` is laid over `base`. */
export function mergedStyle(base: Partial<ExcelJS.Style>, s: PlanStyle): Partial<ExcelJS.Style> {
  const next: Partial<ExcelJS.Style> = { ...base };
  if (s.numberFormat !== undefined) next.numFmt = s.numberFormat;
  if (s.bold !== undefined || s.italic !== undefined || s.underline !== undefined || s.fontSize !== undefined || s.fontColor !== undefined || s.fontName !== undefined) {
    const font: Partial<ExcelJS.Font> = base.font?.name ? { ...base.font } : { ...PLAIN_FONT, ...(base.font ?? {}) };
    if (s.fontName !== undefined) {
      // a named face is that face, not the theme's (Excel draws a scheme font in the theme's face)
      font.name = s.fontName;
      delete font.scheme;
      delete font.family;
    }
    if (s.bold !== undefined) font.bold = s.bold;
    if (s.italic !== undefined) font.italic = s.italic;
    if (s.underline !== undefined) font.underline = s.underline;
    if (s.fontSize !== undefined) font.size = s.fontSize;
    if (s.fontColor !== undefined) font.color = { argb: argb(s.fontColor) };
    next.font = font;
  }
  if (s.fill !== undefined) next.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.horizontal !== undefined || s.vertical !== undefined || s.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...(base.alignment ?? {}) };
    if (s.horizontal !== undefined) alignment.horizontal = s.horizontal;
    if (s.vertical !== undefined) alignment.vertical = s.vertical;
    if (s.wrap !== undefined) alignment.wrapText = s.wrap;
    next.alignment = alignment;
  }
  if (s.border === 'thin') next.border = { ...THIN };
  return next;
}

export function applyStyle(ws: ExcelJS.Worksheet, s: PlanStyle): void {
  const g = parseRange(s.range);
  for (let r = g.r0; r <= g.r1; r++) {
    for (let c = g.c0; c <= g.c1; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      cell.style = mergedStyle(cell.style ?? {}, s);
    }
  }
}
