/**
 * The production build, run once through webpack's node API into a temporary folder:
 * `ADDIN_URL=https://thidua.example.org/addin/ npm run build` as an administrator would run it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { spawnSync } from 'child_process';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import webpack from 'webpack';
import { validateFile } from '../../scripts/validate-manifest';
import { bundleSize, paneImportGzipKb, paneLazyChunks } from '../e2e/bundle';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
const makeConfig = require('../../webpack.config.js') as (env: Record<string, unknown>, argv: Record<string, unknown>) => webpack.Configuration;

const ADDIN_URL = 'https://thidua.example.org/addin/';
const SUPPORT_CONTACT = 'Phòng CNTT, Văn phòng Cụm · 0207 3822 123 · hotro@example.gov.vn <b>';
let out = '';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'thidua-build-'));
  const config = makeConfig({ ADDIN_URL, outDir: out, SUPPORT_CONTACT }, { mode: 'production' });
  const stats = await new Promise<webpack.Stats>((done, fail) => webpack(config, (err, s) => (err || !s ? fail(err) : done(s))));
  const errors = stats.toJson({ all: false, errors: true }).errors ?? [];
  expect(errors.map((e) => e.message)).toEqual([]);
}, 420_000); // the build includes the web page and its .xlsx chunk (exceljs's browser build): minutes on a busy 2-core machine

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

test('no file of the build mentions localhost; the manifest uses ADDIN_URL everywhere', () => {
  const text = files(out).filter((f) => /\.(xml|json|html|js)$/.test(f));
  expect(text.length).toBeGreaterThanOrEqual(6);
  for (const f of text) expect({ f, localhost: readFileSync(f, 'utf8').includes('localhost') }).toEqual({ f, localhost: false });
  const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
  const urls = [...manifest.matchAll(/https:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !u.startsWith('http://schemas'));
  expect(urls.length).toBeGreaterThan(10);
  for (const u of urls) expect(u === 'https://thidua.example.org' || u.startsWith(ADDIN_URL)).toBe(true);
  expect(manifest).toContain(`<SourceLocation DefaultValue="${ADDIN_URL}taskpane.html"/>`);
  expect(manifest).toContain('<AppDomain>https://thidua.example.org</AppDomain>');
});

test('the built manifest passes the offline checks, icons included', () => {
  expect(validateFile(join(out, 'manifest.xml'))).toEqual([]);
});

test('functions.json is generated from the JSDoc and lists ATTAINMENT, STATUS and SCORE; the Vietnamese one is beside it', () => {
  const meta = JSON.parse(readFileSync(join(out, 'functions.json'), 'utf8')) as { functions: { id: string; helpUrl: string }[] };
  expect(meta.functions.map((f) => f.id)).toEqual(['ATTAINMENT', 'STATUS', 'SCORE']);
  expect(meta.functions[0].helpUrl).toBe(`${ADDIN_URL}help.html#attainment`);
  const vi = JSON.parse(readFileSync(join(out, 'functions.vi-VN.json'), 'utf8')) as { functions: { id: string; name: string }[] };
  expect(vi.functions.map((f) => [f.id, f.name])).toEqual([
    ['ATTAINMENT', 'TYLEDAT'],
    ['STATUS', 'XEPLOAI'],
    ['SCORE', 'DIEM'],
  ]);
  expect(readFileSync(join(out, 'help.html'), 'utf8')).toMatch(/id="?attainment"?[\s\S]*id="?status"?[\s\S]*id="?score"?/);
});

test('one page hosts functions and pane; office.js comes from the CDN, never bundled', () => {
  const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
  const office = html.indexOf('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  const fn = html.search(/src="?functions\.js/);
  const pane = html.search(/src="?taskpane\.js/);
  expect(office).toBeGreaterThan(-1);
  expect(fn).toBeGreaterThan(office);
  expect(pane).toBeGreaterThan(fn);
  const functionsJs = readFileSync(join(out, 'functions.js'), 'utf8');
  for (const id of ['ATTAINMENT', 'STATUS', 'SCORE']) expect(functionsJs).toContain(`CustomFunctions.associate("${id}"`);
  // office.js defines OfficeExtension.ClientRequestContext; a bundle that contains it has bundled office.js
  for (const f of ['functions.js', 'taskpane.js']) expect(readFileSync(join(out, f), 'utf8')).not.toContain('ClientRequestContext');
  // the functions bundle stays small: core rules and messages, no React
  expect(statSync(join(out, 'functions.js')).size).toBeLessThan(30 * 1024);
});

test('the support page (the manifest\'s SupportUrl) gives the contact set at build time, in Vietnamese and English, and links that exist', () => {
  const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
  expect(manifest).toContain(`<SupportUrl DefaultValue="${ADDIN_URL}support.html"/>`);
  expect(manifest).toContain(`<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${ADDIN_URL}huong-dan/index.html"/>`);
  const html = readFileSync(join(out, 'support.html'), 'utf8');
  // the contact twice (vi and en), as text (escaped: no <b> element), its e-mail a mailto link; no placeholder left
  const text = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  expect(text.split(SUPPORT_CONTACT).length - 1).toBe(2);
  expect(html).not.toMatch(/<b>/);
  expect(html.match(/href="?mailto:hotro@example\.gov\.vn/g)).toHaveLength(2);
  expect(html).not.toMatch(/%SUPPORT_CONTACT|Chưa ghi đầu mối|No support contact|class="?contact unset/);
  expect(html).toMatch(/Dữ liệu không rời khỏi máy tính[\s\S]*No data leaves the computer/);
  expect(html).toMatch(/Add-in đọc gì, ghi gì[\s\S]*What the add-in reads and writes/);
  expect(html).toContain('<code>https://thidua.example.org</code>');
  // (the build minifies HTML: attribute values may lose their quotes)
  const links = [...html.matchAll(/href="?([^"#\s>]+)/g)].map((m) => m[1]).filter((h) => !h.startsWith('mailto:'));
  expect(links.length).toBeGreaterThanOrEqual(6);
  for (const h of links) {
    expect(h.startsWith(ADDIN_URL)).toBe(true);
    expect({ h, exists: statSync(join(out, h.slice(ADDIN_URL.length)), { throwIfNoEntry: false })?.isFile() ?? false }).toEqual({ h, exists: true });
  }
});

test('without SUPPORT_CONTACT the support page says plainly that no contact was set', () => {
  const supportPage = (makeConfig as unknown as { supportPage: (t: string, c?: string) => string }).supportPage;
  const template = readFileSync(join(__dirname, '../../src/support/support.html'), 'utf8');
  for (const unset of [undefined, '', '   ']) {
    const html = supportPage(template, unset);
    expect(html).not.toContain('%SUPPORT_CONTACT');
    expect(html).toContain('Chưa ghi đầu mối hỗ trợ');
    expect(html).toContain('No support contact has been set');
    expect(html.match(/class="contact unset"/g)).toHaveLength(2);
  }
});

test('the user guide is built beside the pane: every page, its screenshots and links resolve', () => {
  const dir = join(out, 'huong-dan');
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
  expect(pages).toContain('index.html');
  expect(pages.length).toBe(readdirSync(join(__dirname, '../../docs/huong-dan')).filter((f) => f.endsWith('.md')).length);
  for (const p of pages) {
    const html = readFileSync(join(dir, p), 'utf8');
    const refs = [...html.matchAll(/(?:src|href)="?([^"#\s>]+)/g)].map((m) => m[1]).filter((r) => !/^(https?:|mailto:)/.test(r));
    if (p === 'index.html') expect(refs.filter((r) => r.startsWith('img/')).length).toBeGreaterThan(3);
    expect(refs.length).toBeGreaterThan(3);
    for (const r of refs) expect({ p, r, exists: statSync(join(dir, r), { throwIfNoEntry: false })?.isFile() ?? false }).toEqual({ p, r, exists: true });
  }
});

// DESIGN.md's budget for the pane: what taskpane.html loads for the pane (React, Fluent UI, core, i18n), gzip
// level 9, the same figure as the bench's bundle.taskpane.gzip_kb. A library pulled in by accident fails here.
test('the pane bundle stays within its budget of 150 KB gzip', () => {
  const size = bundleSize(out);
  expect(size.files.some((f) => /^taskpane\b.*\.js$/.test(f.file))).toBe(true);
  expect(size.taskpaneGzipKb).toBeGreaterThan(30); // the measure saw the bundle (React alone is more)
  expect(size.taskpaneGzipKb).toBeLessThanOrEqual(150);
});

// What the pane loads when the user writes (the sheet plans: the documents' layout, the template, the ballots
// sheet): its own chunk, out of the first load; small, so that a library pulled into it fails here too.
test('the sheet plans are a chunk of their own, loaded when the pane writes', () => {
  const size = bundleSize(out);
  const plans = size.files.find((f) => /^pane-plans\b.*\.js$/.test(f.file));
  expect(plans).toBeDefined();
  expect(plans!.gzipKb).toBeGreaterThan(3);
  expect(size.taskpaneLazyGzipKb).toBeLessThanOrEqual(60);
});

// What the pane loads when the user imports returned files (WORKBOOK.md §6: the .xlsx reader, core's import
// rules, the review): its own chunk, none of its files in the first load (taskpane.html's scripts), and not
// so big that a writer or a whole library pulled in by accident goes unnoticed (the reader alone is ~25 KB).
test('the import of returned files is a chunk of its own, out of the first load, within 40 KB gzip', () => {
  const chunk = paneLazyChunks(out)['pane-import'];
  expect(chunk).toBeDefined();
  expect(chunk.some((f) => /^pane-import\b.*\.js$/.test(f))).toBe(true);
  const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
  for (const f of chunk) expect({ f, inFirstLoad: html.includes(f) }).toEqual({ f, inFirstLoad: false });
  const kb = paneImportGzipKb(out);
  expect(kb).toBeGreaterThan(5); // the reader is there
  expect(kb).toBeLessThanOrEqual(40);
  // the first load has none of their code: the import rules' codes, the zip reader's and the inflater's words
  const first = readFileSync(join(out, 'taskpane.js'), 'utf8');
  expect(first).not.toMatch(/IMPORT_DUPLICATE_UNIT|no end of central directory|invalid distance/);
});

test('a production build without ADDIN_URL (or with a non-https one) stops with a message saying what to do', () => {
  const saved = process.env.ADDIN_URL;
  delete process.env.ADDIN_URL;
  try {
    expect(() => makeConfig({}, { mode: 'production' })).toThrow(/ADDIN_URL is not set[\s\S]*ADDIN_URL=https:\/\/host\/path\/ npm run build/);
    expect(() => makeConfig({ ADDIN_URL: 'http://thidua.example.org/' }, { mode: 'production' })).toThrow(/must use https/);
    expect(() => makeConfig({ ADDIN_URL: 'https://localhost:3000/' }, { mode: 'production' })).toThrow(/build:dev/);
    expect(() => makeConfig({}, { mode: 'development' })).not.toThrow();
  } finally {
    if (saved !== undefined) process.env.ADDIN_URL = saved;
  }
});

test('ADDIN_URL without a trailing slash still gives URLs under that folder', () => {
  const config = makeConfig({ ADDIN_URL: 'https://thidua.example.org/addin', outDir: join(out, 'x') }, { mode: 'production' });
  const plugin = (config.plugins ?? []).find((p) => p && p.constructor.name === 'MoveDevUrlsPlugin') as unknown as { addinUrl: string };
  expect(plugin.addinUrl).toBe(ADDIN_URL);
  expect(resolve(config.output!.path!)).toBe(resolve(join(out, 'x')));
});

test('the dev server serves https with the office-addin-dev-certs files when they exist', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-certs-'));
  try {
    const devHttps = (makeConfig as unknown as { devHttps: (dir: string) => unknown }).devHttps;
    expect(devHttps(dir)).toBe('https'); // none yet: webpack-dev-server's own self-signed certificate
    for (const f of ['localhost.key', 'localhost.crt', 'ca.crt']) writeFileSync(join(dir, f), `-- ${f} --`);
    const server = devHttps(dir) as { type: string; options: Record<string, Buffer> };
    expect(server.type).toBe('https');
    expect(Object.fromEntries(Object.entries(server.options).map(([k, v]) => [k, v.toString()]))).toEqual({ key: '-- localhost.key --', cert: '-- localhost.crt --', ca: '-- ca.crt --' });
    const config = makeConfig({ WEBPACK_SERVE: true }, { mode: 'development' }) as webpack.Configuration & { devServer: { port: number; headers: Record<string, string> } };
    expect(config.devServer.port).toBe(3000);
    expect(config.devServer.headers['Access-Control-Allow-Origin']).toBe('*');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('npm run build without ADDIN_URL, from the command line: the message alone, exit 2, no stack trace', () => {
  const r = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: resolve(__dirname, '../..'),
    env: { ...process.env, ADDIN_URL: '' },
    encoding: 'utf8',
  });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^npm run build: ADDIN_URL is not set: /);
  expect(r.stderr).toContain('Usage: ADDIN_URL=https://host/path/ npm run build');
  expect(r.stderr).not.toMatch(/\n\s+at /);
});
