/**
 * The pseudo-locale check: what the command line and the pane print in English must contain no Vietnamese
 * word of the i18n tables (a string forgotten in one language, or a Vietnamese format used in English).
 *
 * - The vocabulary: every word with a Vietnamese letter (ă â đ ê ô ơ ư or a tone mark) in the Vietnamese
 *   tables of src/i18n (command line, pane, issues, Excel and function messages, workbook words), less the
 *   words the English tables themselves use (the product name "Thi đua", workbook headers such as "Mã" that
 *   English messages quote on purpose).
 * - The data: whatever comes from the workbook or is written into it is shown as it is, in any language
 *   (sheet and unit names, criteria, settings values, achievement sentences, the generated sheets' names);
 *   those strings are taken out of the printed text first.
 */
import type { Evaluation, Snapshot } from '../src/core';
import { OUTPUT_NAMES } from '../src/core';
import { BALLOT_SHEET_NAMES } from '../src/core/ballots';
import { SETTINGS_SHEET_NAMES } from '../src/core/settings';
import { CLI_MESSAGES, STATUS_LABEL_EN, TOTALS_LINE_EN } from '../src/i18n/cli';
import { EXCEL_TEXT } from '../src/i18n/excel';
import { FUNCTIONS_TEXT } from '../src/i18n/functions';
import { ISSUE_MESSAGES } from '../src/i18n/issues';
import { UI } from '../src/i18n/ui';
import { STATUS_LABEL_VI, WB } from '../src/core';

const words = (s: string): string[] => (s.normalize('NFC').replace(/\{\w+\}/g, ' ').match(/[\p{L}\p{M}]+/gu) ?? []).map((w) => w.toLocaleLowerCase('vi'));
const vietnamese = (w: string) => /[^\p{ASCII}]/u.test(w);

function tableWords(tables: object[]): Set<string> {
  return new Set(tables.flatMap((t) => Object.values(t).flatMap((v) => (typeof v === 'string' ? words(v) : []))));
}

/** The Vietnamese words of the i18n tables that English never uses. */
export function vietnameseVocabulary(): Set<string> {
  const en = tableWords([CLI_MESSAGES.en, UI.en, ISSUE_MESSAGES.en, EXCEL_TEXT.en, FUNCTIONS_TEXT.en, STATUS_LABEL_EN, TOTALS_LINE_EN]);
  const vi = tableWords([CLI_MESSAGES.vi, UI.vi, ISSUE_MESSAGES.vi, EXCEL_TEXT.vi, FUNCTIONS_TEXT.vi, WB, STATUS_LABEL_VI]);
  return new Set([...vi].filter((w) => vietnamese(w) && !en.has(w)));
}

/** The workbook's own strings (input cells, settings, criteria, units, sentences, sheet names). */
export function dataStrings(snapshot: Snapshot | null, ev: Evaluation | null): string[] {
  const out: string[] = [...Object.values(OUTPUT_NAMES), ...BALLOT_SHEET_NAMES, ...SETTINGS_SHEET_NAMES];
  for (const sh of snapshot?.sheets ?? []) {
    out.push(sh.name);
    for (const row of sh.values) for (const v of row) if (typeof v === 'string') out.push(v);
  }
  if (ev) {
    for (const v of Object.values(ev.settings)) if (typeof v === 'string') out.push(v);
    for (const c of ev.criteria) out.push(c.label, c.unitWord);
    for (const u of ev.units) out.push(u.sheet, u.name);
    for (const n of ev.nominations) out.push(n.name, n.achievement, n.award);
    for (const i of ev.issues) {
      if (i.sheet) out.push(i.sheet);
      for (const v of Object.values(i.params ?? {})) if (typeof v === 'string') out.push(v);
    }
  }
  return out;
}

/**
 * The vocabulary's words left in `text` once the data strings are taken out (longest first), and any
 * percentage with a decimal comma (`66,7%` is Vietnamese; English writes `66.7%`).
 */
export function strayVietnamese(text: string, data: string[], vocabulary = vietnameseVocabulary()): string[] {
  let rest = text.normalize('NFC');
  const strings = [...new Set(data.map((d) => d.normalize('NFC').trim()).filter((d) => d.length > 0))].sort((a, b) => b.length - a.length);
  for (const d of strings) rest = rest.split(d).join(' ');
  return [...new Set([...words(rest).filter((w) => vocabulary.has(w)), ...(rest.match(/\d+,\d+\s?%/g) ?? [])])];
}
