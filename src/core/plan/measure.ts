/**
 * How much room text takes in a cell, for row heights: Excel does not grow a row for wrapped text in a
 * merged cell, and a file written by a library keeps whatever height it says, so the plan computes it.
 * Widths are Times New Roman's (the documents' font, WORKBOOK.md §4), a little generous so that a line
 * never turns out longer than the estimate; columns are in Excel's unit (characters of the default
 * Calibri 11: 7 px a digit plus 5 px of padding a column, at 96 px per inch).
 */

/**
 * Times New Roman advance widths in em, by character class, rounded up from the font's own (a .44–.5,
 * capitals .61–.72; bold a little wider). A letter with marks is as wide as its base letter.
 */
function charEm(ch: string, bold: boolean): number {
  const base = ch.normalize('NFD')[0].replace('đ', 'd').replace('Đ', 'D');
  let em: number;
  if (base === ' ') em = 0.25;
  else if (/[0-9]/.test(base)) em = 0.5;
  else if (/[iljIft.,;:!'|()[\]r/-]/.test(base)) em = 0.3;
  else if (/[mw]/.test(base)) em = 0.78;
  else if (/[MW]/.test(base)) em = 0.94;
  else if (base !== base.toLowerCase()) em = 0.7;
  else if (/[aces]/.test(base)) em = 0.45;
  else if (/[a-z]/.test(base)) em = 0.5;
  else em = 0.6;
  return bold ? em * 1.06 : em;
}

/** Pixels (96 per inch) that `text` takes on one line at `size` points. */
function textPx(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize('NFC')) em += charEm(ch, bold);
  return (em * size * 96) / 72;
}

/** Pixels of columns `widths` (Excel characters) side by side, as a merged cell spans them. */
export function columnsPx(widths: number[]): number {
  return widths.reduce((sum, w) => sum + Math.round(w * 7 + 5), 0);
}

/** Lines that `text` wraps onto in a cell `px` wide (word by word; a word longer than the line is broken). */
export function wrappedLines(text: string, px: number, size: number, bold = false): number {
  const room = Math.max(8, px - 5); // the cell's inner padding
  let lines = 0;
  for (const para of text.split('\n')) {
    lines++;
    let used = 0;
    for (const word of para.split(/ +/)) {
      const w = textPx(word, size, bold);
      const gap = textPx(' ', size, bold);
      if (used > 0 && used + gap + w <= room) {
        used += gap + w;
        continue;
      }
      if (used > 0) lines++;
      const extra = Math.max(0, Math.ceil(w / room) - 1);
      lines += extra;
      used = w - extra * room;
    }
  }
  return lines;
}

/** Excel's tallest row, in points. */
const MAX_ROW_POINTS = 409;

/** Points a line of text takes at `size` (Vietnamese capitals carry marks above the cap height). */
function linePoints(size: number): number {
  return Math.ceil(size * 1.3);
}

/** Row height (points) that shows `lines` lines at `size`, within Excel's limit. */
export function rowPoints(lines: number, size: number): number {
  return Math.min(MAX_ROW_POINTS, lines * linePoints(size) + 3);
}
