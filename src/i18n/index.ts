/**
 * Every user-facing string, Vietnamese first, English second (DESIGN.md §1). Modules:
 * - issues.ts     messages of pipeline issues, built from code + params
 * - workbook.ts   words written into generated sheets (Vietnamese: the workbook's language)
 * - cli.ts        command-line messages
 * - excel.ts      messages for Excel/Office.js failures
 * - functions.ts  custom-function error messages
 * - ui.ts         the task pane
 */
import type { DecimalMark } from '../core';

export type Lang = 'vi' | 'en';
export const LANGS: Lang[] = ['vi', 'en'];

/** Each language's decimal mark: `66,7%`, `66.7%`. */
export const DECIMAL_MARK: Record<Lang, DecimalMark> = { vi: ',', en: '.' };

export type Dict = Record<string, string>;

/** `{name}` placeholders filled from params; unknown placeholders are left as they are. */
export function fill(template: string, params?: Record<string, string | number | null | undefined>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = params[k];
    return v === undefined || v === null ? m : String(v);
  });
}

/**
 * Picks the UI language from a BCP-47 tag such as Office's display language: Vietnamese for `vi-*` and
 * when unknown (the product's default), English for any other language.
 */
export function langFromLocale(locale: string | null | undefined): Lang {
  if (!locale) return 'vi';
  return /^vi\b/i.test(locale) ? 'vi' : 'en';
}
