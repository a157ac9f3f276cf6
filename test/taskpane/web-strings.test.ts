/** The web page's words (src/i18n/web.ts): both languages have every key and the same placeholders. */
import { WEB_TEXT } from '../../src/i18n/web';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('Vietnamese and English have the same keys and placeholders', () => {
  expect(Object.keys(WEB_TEXT.en).sort()).toEqual(Object.keys(WEB_TEXT.vi).sort());
  for (const k of Object.keys(WEB_TEXT.vi) as (keyof typeof WEB_TEXT.vi)[]) expect({ k, p: placeholders(WEB_TEXT.en[k]) }).toEqual({ k, p: placeholders(WEB_TEXT.vi[k]) });
});
