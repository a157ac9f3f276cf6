import { UI } from '../../src/i18n/ui';

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
