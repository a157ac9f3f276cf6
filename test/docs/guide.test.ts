/**
 * The user guide (docs/huong-dan/) stays true (issue 13):
 * - every screenshot a page links to is made by `npm run docs:screens` (read statically from the script's
 *   `file: '….png'` entries: no browser here) and is in img/; no image in img/ is left unused;
 * - every link between pages (and to a heading of a page) resolves;
 * - the message page has one entry per issue code of the check and of the import, with its severity and
 *   the message word for word as src/i18n words it (Vietnamese and English), and no entry for a code that
 *   no longer exists;
 * - the function page names every function in both languages with its arguments, and every message the
 *   functions show;
 * - every page converts to HTML for dist/huong-dan/ with no Markdown left over.
 */
import fs from 'node:fs';
import path from 'node:path';
import { IMPORT_SEVERITY } from '../../src/core/import';
import { ISSUE_SEVERITY } from '../../src/core/issues';
import { ISSUE_MESSAGES } from '../../src/i18n/issues';
import { IMPORT_MESSAGES } from '../../src/i18n/import';
import { FUNCTIONS_TEXT } from '../../src/i18n/functions';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the converter is CommonJS (webpack.config.js uses it)
const { markdownToHtml, slug } = require('../../scripts/guide-html.js') as { markdownToHtml: (md: string) => string; slug: (s: string) => string };

const ROOT = path.resolve(__dirname, '../..');
const DIR = path.join(ROOT, 'docs', 'huong-dan');
const SCRIPT = path.join(ROOT, 'scripts', 'docs-screens.ts');
const pages = fs.readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();
const read = (f: string) => fs.readFileSync(path.join(DIR, f), 'utf8');

/** Markdown outside fenced code blocks and code spans (an example in code is not a link). */
const prose = (md: string) => md.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
const images = (md: string) => [...prose(md).matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
const links = (md: string) => [...prose(md).matchAll(/(?<!!)\[[^\]]+\]\(([^)\s]+)\)/g)].map((m) => m[1]);

/** The shots the script makes, read from its text. */
function scriptShots(): string[] {
  return [...fs.readFileSync(SCRIPT, 'utf8').matchAll(/\bfile: '([^']+\.png)'/g)].map((m) => m[1]);
}

/** Anchors of a page: its headings (GitHub's slugs) and explicit `<a id="…">`. */
function anchors(md: string): Set<string> {
  const ids = new Set<string>();
  for (const m of prose(md).matchAll(/^#{1,6} (.*)$/gm)) ids.add(slug(m[1].replace(/\*\*/g, '')));
  for (const m of md.matchAll(/<a id="([^"]+)"><\/a>/g)) ids.add(m[1]);
  return ids;
}

test('the guide has its pages', () => {
  expect(pages).toEqual(expect.arrayContaining(['README.md', 'thu-ky-cum.md', 'don-vi.md', 'cntt.md', 'ham.md', 'thong-bao.md']));
});

describe('screenshots', () => {
  const shots = scriptShots();

  test('the script lists each shot once', () => {
    expect(shots.length).toBeGreaterThan(10);
    expect(new Set(shots).size).toBe(shots.length);
  });

  test.each(pages)('%s links only to screenshots the script makes, and they are in img/', (page) => {
    for (const src of images(read(page))) {
      expect({ page, src, local: src.startsWith('img/') }).toEqual({ page, src, local: true });
      const file = src.slice('img/'.length);
      expect({ page, src, madeByDocsScreens: shots.includes(file) }).toEqual({ page, src, madeByDocsScreens: true });
      expect({ page, src, exists: fs.existsSync(path.join(DIR, src)) }).toEqual({ page, src, exists: true });
    }
  });

  test('every screenshot the script makes is used by a page', () => {
    const used = new Set(pages.flatMap((p) => images(read(p)).map((s) => s.slice('img/'.length))));
    expect(shots.filter((s) => !used.has(s))).toEqual([]);
  });

  test('images stay small (under 3 MB in all)', () => {
    const img = path.join(DIR, 'img');
    const total = fs.readdirSync(img).reduce((n, f) => n + fs.statSync(path.join(img, f)).size, 0);
    expect(total).toBeLessThan(3 * 1024 * 1024);
  });
});

test.each(pages)('%s: every link to a page of the guide or of the repository, and to a heading, resolves', (page) => {
  for (const href of links(read(page))) {
    if (/^(https?:|mailto:)/.test(href)) continue;
    const [file, anchor] = href.split('#');
    const target = file ? path.resolve(DIR, file) : path.join(DIR, page);
    expect({ page, href, exists: fs.existsSync(target) }).toEqual({ page, href, exists: true });
    if (anchor && target.endsWith('.md') && target.startsWith(DIR)) {
      expect({ page, href, anchor: anchors(fs.readFileSync(target, 'utf8')).has(anchor) }).toEqual({ page, href, anchor: true });
    }
  }
});

describe('the message page (thong-bao.md) follows src/i18n', () => {
  const SEVERITY_VI = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' } as const;
  const codes: Record<string, { severity: keyof typeof SEVERITY_VI; vi: string; en: string }> = {};
  for (const [code, severity] of Object.entries(ISSUE_SEVERITY)) {
    codes[code] = { severity, vi: ISSUE_MESSAGES.vi[code as keyof typeof ISSUE_SEVERITY], en: ISSUE_MESSAGES.en[code as keyof typeof ISSUE_SEVERITY] };
  }
  for (const [code, severity] of Object.entries(IMPORT_SEVERITY)) {
    codes[code] = { severity, vi: IMPORT_MESSAGES.vi[code as keyof typeof IMPORT_SEVERITY], en: IMPORT_MESSAGES.en[code as keyof typeof IMPORT_SEVERITY] };
  }
  /** What a page entry must start with, to paste into thong-bao.md when a code is added. */
  const entry = (code: string) => `### ${code}\n\n**${SEVERITY_VI[codes[code].severity]}**. …\n\n> ${codes[code].vi}\n>\n> *English:* ${codes[code].en}\n`;

  const sections = new Map<string, string>();
  for (const part of read('thong-bao.md').split(/^### /m).slice(1)) {
    const [heading, ...body] = part.split('\n');
    if (/^[A-Z][A-Z0-9_]+$/.test(heading.trim())) sections.set(heading.trim(), body.join('\n'));
  }

  test('every code has an entry (the failure shows the entry to add)', () => {
    const missing = Object.keys(codes).filter((c) => !sections.has(c));
    expect(missing.map(entry).join('\n')).toBe('');
  });

  test('no entry for a code that does not exist', () => {
    expect([...sections.keys()].filter((c) => !(c in codes))).toEqual([]);
  });

  test.each(Object.keys(codes))('%s: severity and message word for word, and what to do', (code) => {
    const body = sections.get(code);
    if (body === undefined) return; // reported above, with the entry to add
    const lines = body.split('\n').filter((l) => l.trim());
    expect(lines[0].startsWith(`**${SEVERITY_VI[codes[code].severity]}**`)).toBe(true);
    const quote = lines.filter((l) => l.startsWith('>')).map((l) => l.replace(/^> ?/, '')).filter(Boolean);
    expect(quote[0]).toBe(codes[code].vi);
    expect(quote.find((l) => l.startsWith('*English:* '))).toBe(`*English:* ${codes[code].en}`);
    // beyond the quote, words of the guide's own: what it means or what to do
    const own = lines.slice(1).filter((l) => !l.startsWith('>')).join(' ');
    expect(own.length).toBeGreaterThan(30);
  });
});

describe('the function page (ham.md) follows the functions and their messages', () => {
  const md = read('ham.md');
  const vi = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/functions/functions.vi-VN.json'), 'utf8')) as { functions: { id: string; name: string; parameters: { name: string }[] }[] };

  test.each(vi.functions.map((f) => [f.id, f] as const))('THIDUA.%s: both names and the Vietnamese arguments', (id, f) => {
    expect(md).toContain(`THIDUA.${id}`);
    expect(md).toContain(`THIDUA.${f.name}`);
    for (const p of f.parameters) expect({ id, arg: p.name, named: md.includes(p.name) }).toEqual({ id, arg: p.name, named: true });
  });

  test('every message the functions show (Vietnamese) is on the page', () => {
    const keys = Object.keys(FUNCTIONS_TEXT.vi).filter((k) => /^[A-Z_]+$/.test(k));
    expect(keys.length).toBeGreaterThan(5);
    const flat = md.replace(/\s+/g, ' ');
    expect(keys.filter((k) => !flat.includes(FUNCTIONS_TEXT.vi[k as keyof typeof FUNCTIONS_TEXT.vi]))).toEqual([]);
  });
});

test.each(pages)('%s converts to HTML with no Markdown left over', (page) => {
  const html = markdownToHtml(read(page));
  const text = html.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]+>/g, '');
  expect({ page, leftovers: text.match(/\*\*|\]\(|^#{1,6} |^\|.*\|$|```/gm) }).toEqual({ page, leftovers: null });
  expect(html).toMatch(/^<h1 /);
});
