import { UI, t, type UiKey } from '../../src/i18n/ui';
import { WEB_TEXT, wt, type WebKey } from '../../src/i18n/web';

describe('task pane strings (src/i18n/ui.ts)', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(Object.keys(UI.en).sort()).toEqual(Object.keys(UI.vi).sort());
  });

  it.each(['vi', 'en'] as const)('has no empty string in %s', (lang) => {
    const empty = Object.entries(UI[lang]).filter(([, v]) => v.trim() === '');
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    const differ = Object.keys(UI.vi).filter((k) => holes(UI.vi[k as keyof typeof UI.vi]).join() !== holes(UI.en[k as keyof typeof UI.en]).join());
    expect(differ).toEqual([]);
  });
});

describe('counted words', () => {
  it('picks the plural form English needs; Vietnamese has one form', () => {
    expect([0, 1, 2].map((n) => t('en', 'countNotes', { n }))).toEqual(['0 notes', '1 note', '2 notes']);
    expect([1, 2].map((n) => t('en', 'countErrors', { n }))).toEqual(['1 error', '2 errors']);
    expect(t('vi', 'countNotes', { n: 1 })).toBe('1 ghi chú');
    expect(wt('en', 'resultBlocked', { n: 1 })).toMatch(/^1 error left:/);
    expect(wt('en', 'downloadTemplate', { year: 2026, n: 10 })).toBe('Blank template for 2026 (10 units)');
  });
  it('leaves no choice unfilled and no "(s)" in any string, pane or web page', () => {
    const all = (['vi', 'en'] as const).flatMap((lang) => [
      ...Object.keys(UI[lang]).flatMap((k) => [1, 2].map((n) => t(lang, k as UiKey, { n }))),
      ...Object.keys(WEB_TEXT[lang]).flatMap((k) => [1, 2].map((n) => wt(lang, k as WebKey, { n }))),
    ]);
    expect(all.filter((s) => /\{\w+\|/.test(s) || /\w\(s\)/.test(s))).toEqual([]);
  });
});
