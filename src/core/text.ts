/**
 * Matching Vietnamese text (WORKBOOK.md §2). The same letters arrive in several encodings (NFC/NFD,
 * old/new tone placement, the Eth look-alike of Đ, no-break spaces); every comparison goes through here.
 */

const ETH = /[\u00D0\u00F0]/g; // Ð ð (Latin Eth) look like Đ đ
const SPACES = /[\s\u00A0\u2007\u202F\uFEFF]+/g;

/** NFC, Eth → Đ, spaces trimmed and collapsed (case kept): how a name is displayed and compared. */
export function cleanText(s: string): string {
  return s
    .normalize('NFC')
    .replace(ETH, (c) => (c === '\u00D0' ? 'Đ' : 'đ'))
    .replace(SPACES, ' ')
    .trim();
}

// Tone marks as combining characters (after NFD): grave, acute, hook above, tilde, dot below.
const TONES = '\u0300\u0301\u0309\u0303\u0323';

/**
 * One tone placement for the open syllables oa, oe, uy (WORKBOOK.md §2): `hoà`→`hòa`, `khoẻ`→`khỏe`,
 * `thuỷ`→`thủy`. Only when the pair ends the syllable (`hoàng` is not touched). The result is a
 * comparison key, so a word like `quý` (mark on y in both styles) just needs to map the same way every
 * time, which it does.
 */
function newStyleTones(lowerNfc: string): string {
  const d = lowerNfc.normalize('NFD');
  // o/u (no diacritic of their own) + tone, then a/e/y (with possible non-tone marks), then end of syllable
  return d.replace(
    new RegExp(`([ou])([aey])([${TONES}])(?![\\p{L}\\p{M}])`, 'gu'),
    (_m, g: string, v: string, tone: string) => `${g}${tone}${v}`,
  )
    .normalize('NFC');
}

/**
 * Keys are computed for every header cell of every sheet; the same few labels recur thousands of times,
 * so both key functions are memoized (bounded, so a huge workbook cannot grow the cache without limit).
 */
function memo(fn: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size > 100_000) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}

/** The key a unit name or sheet name is compared by: clean, lower case, new-style tones. */
export const unitKey = memo((s: string): string => newStyleTones(cleanText(s).toLowerCase()));

/** All diacritics removed (đ → d), for the fallback match and for labels. */
export function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** A label (header, settings key, criterion code): a unit key without diacritics and trailing `:`. */
export const labelKey = memo((s: string): string => stripDiacritics(unitKey(s)).replace(/\s*:+$/, '').trim());

/**
 * Does a cell match a label? Equal, or starts with it followed by a space, a digit or punctuation
 * (`Chỉ tiêu đăng ký năm 2019` is a `Chỉ tiêu đăng ký` header).
 */
export function matchesLabel(cellLabelKey: string, label: string): boolean {
  const l = labelKey(label);
  if (cellLabelKey === l) return true;
  if (!cellLabelKey.startsWith(l)) return false;
  const next = cellLabelKey.charAt(l.length);
  return /[\s\d\p{P}\p{S}]/u.test(next);
}

/** The first label of the list that the cell matches, trying the longer labels first. */
const sortedLabels = new WeakMap<readonly string[], string[]>();
export function findLabel(cellText: string, labels: readonly string[]): string | null {
  const k = labelKey(cellText);
  if (!k) return null;
  let sorted = sortedLabels.get(labels);
  if (!sorted) sortedLabels.set(labels, (sorted = [...labels].sort((a, b) => labelKey(b).length - labelKey(a).length)));
  for (const l of sorted) if (matchesLabel(k, l)) return l;
  return null;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese alphabetical comparison of display names (Đ after D). */
export function compareVi(a: string, b: string): number {
  return collator.compare(cleanText(a), cleanText(b)) || (a < b ? -1 : a > b ? 1 : 0);
}

export interface KeyMatch<T> {
  item: T;
  /** true when the match needed the diacritic-free fallback (a warning). */
  loose: boolean;
}

/**
 * Finds the item whose key equals the text's unit key; failing that, the unique item equal without
 * diacritics. Returns null when none or several loose matches.
 */
export function matchUnitKey<T>(text: string, items: readonly T[], keysOf: (t: T) => string[]): KeyMatch<T> | null {
  const k = unitKey(text);
  if (!k) return null;
  for (const it of items) if (keysOf(it).some((x) => unitKey(x) === k)) return { item: it, loose: false };
  const loose = stripDiacritics(k);
  const found = items.filter((it) => keysOf(it).some((x) => stripDiacritics(unitKey(x)) === loose));
  return found.length === 1 ? { item: found[0], loose: true } : null;
}

