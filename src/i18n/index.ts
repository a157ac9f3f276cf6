/**
 * Every user-facing string, Vietnamese first, English second (DESIGN.md §1); the words written into the
 * workbook are core's (src/core/words.ts, always Vietnamese). Modules:
 * - issues.ts     messages of pipeline issues, built from code + params
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

/** The one template filler (core's, for the workbook words) serves the UI and command-line words too. */
export { fill } from '../core';
import { fill } from '../core';

const PLURAL = /\{(\w+)\|([^|}]*)\|([^}]*)\}/g;

/**
 * `fill` with plural choices: `{n|error|errors}` picks the form the language's plural rules give for the
 * parameter n (`1 error`, `2 errors`; Vietnamese has one form and needs no choice).
 */
export function fillCounted(lang: Lang, template: string, params?: Record<string, string | number | null | undefined>): string {
  const rules = new Intl.PluralRules(lang === 'vi' ? 'vi' : 'en');
  const chosen = template.replace(PLURAL, (_, name: string, one: string, other: string) => (rules.select(Number(params?.[name])) === 'one' ? one : other));
  return fill(chosen, params);
}

/**
 * Picks the UI language from a BCP-47 tag such as Office's display language: Vietnamese for `vi-*` and
 * when unknown (the product's default), English for any other language.
 */
export function langFromLocale(locale: string | null | undefined): Lang {
  if (!locale) return 'vi';
  return /^vi\b/i.test(locale) ? 'vi' : 'en';
}
