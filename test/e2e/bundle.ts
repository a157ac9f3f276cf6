/**
 * The production bundle for the browser tests and the bench, and its size.
 *
 * webpack.config.js refuses a production ADDIN_URL that is not https or points at this computer (a
 * manifest must never be published with one), so the build is told a placeholder https address: ADDIN_URL
 * only moves the URLs in manifest.xml, the functions' metadata and the help page. The pane's page loads its
 * scripts by relative URLs, so the very same bundle is served from 127.0.0.1. It is built into
 * test-results/e2e-dist (git-ignored) so that a test run never clobbers someone's dist/.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const ROOT = path.resolve(__dirname, '../..');
const E2E_DIST = path.join(ROOT, 'test-results', 'e2e-dist');
const PANE_HTML = 'taskpane.html';
const PLACEHOLDER_URL = 'https://thidua-e2e.invalid/';

/** `npm run build` (production) into test-results/e2e-dist. E2E_DIST=dir uses an existing build instead. */
export function buildProduction(): string {
  if (process.env.E2E_DIST) return path.resolve(ROOT, process.env.E2E_DIST);
  execFileSync('npm', ['run', '--silent', 'build', '--', '--env', `outDir=${E2E_DIST}`], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ADDIN_URL: PLACEHOLDER_URL },
  });
  if (!fs.existsSync(path.join(E2E_DIST, PANE_HTML))) throw new Error(`npm run build did not write ${PANE_HTML}`);
  return E2E_DIST;
}

/** The local scripts taskpane.html loads, in order (office.js comes from the CDN and is not ours). */
function pageScripts(dist: string): string[] {
  const html = fs.readFileSync(path.join(dist, PANE_HTML), 'utf8');
  const srcs = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3]);
  return srcs.filter((s) => !/^(https?:)?\/\//i.test(s)).map((s) => path.join(dist, s.replace(/^\.?\//, '').split('?')[0]));
}

const gzipBytes = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export interface BundleSize {
  /** `bundle.taskpane.gzip_kb`: the pane's first load (the pane's scripts taskpane.html loads). */
  taskpaneGzipKb: number;
  /** `bundle.taskpane_lazy.gzip_kb`: the chunks split off the pane, loaded when the user writes or imports. */
  taskpaneLazyGzipKb: number;
  /** Everything taskpane.html loads from us (the pane + the custom functions, which share the page). */
  pageGzipKb: number;
  files: { file: string; gzipKb: number }[];
}

/** The files the web page's service worker keeps (index.html, web.js, its chunks): written at the top of sw.js. */
function webFiles(dist: string): string[] {
  const sw = path.join(dist, 'sw.js');
  if (!fs.existsSync(sw)) return [];
  const m = /^var PRECACHE = (\{.*?\});/m.exec(fs.readFileSync(sw, 'utf8'));
  return m ? (JSON.parse(m[1]) as { files: string[] }).files : [];
}

export interface WebSize {
  /** `bundle.web.gzip_kb`: the first load: index.html, the scripts it loads, the service worker (budget ≤ 250 KB). */
  webGzipKb: number;
  /** `bundle.web_xlsx.gzip_kb`: what the page loads when a file is opened (the .xlsx door's chunks). */
  webXlsxGzipKb: number;
}

export function webSize(dist: string): WebSize {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const first = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)].map((m) => (m[1] ?? m[2] ?? m[3]).replace(/^\.?\//, ''));
  const firstLoad = ['index.html', ...first, 'sw.js'];
  const lazy = webFiles(dist).filter((f) => f.endsWith('.js') && !firstLoad.includes(f));
  const sum = (files: string[]) => kb(files.reduce((n, f) => n + gzipBytes(path.join(dist, f)), 0));
  return { webGzipKb: sum(firstLoad), webXlsxGzipKb: sum(lazy) };
}

/** The pane's lazy chunks by name, each with the files it needs (pane-chunks.json, written by the build). */
export function paneLazyChunks(dist: string): Record<string, string[]> {
  const file = path.join(dist, 'pane-chunks.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string[]>) : {};
}

/** `bundle.pane_import.gzip_kb`: what the pane loads when the user imports returned files (the .xlsx reader, the import's rules and review). */
export function paneImportGzipKb(dist: string): number {
  const files = paneLazyChunks(dist)['pane-import'] ?? [];
  return kb(files.reduce((n, f) => n + gzipBytes(path.join(dist, f)), 0));
}

export function bundleSize(dist: string): BundleSize {
  const page = pageScripts(dist);
  // Chunks split off the pane (loaded on demand: the sheet plans when the user writes, the reader when they
  // import) are not in its first load: they are counted apart. The web page's own files are not the pane's.
  // The build names each of them with every file it needs (pane-chunks.json), files shared with the web
  // page's .xlsx chunk included (the import's reader is the web page's own); without that list, the files
  // that are neither the page's nor the web page's.
  const web = webFiles(dist);
  const named = [...new Set(Object.values(paneLazyChunks(dist)).flat())];
  const lazy = named.length
    ? named
    : fs.readdirSync(dist).filter((f) => /\.js$/.test(f) && !page.includes(path.join(dist, f)) && !web.includes(f) && !['sw.js', 'web.js', 'functions.js', 'taskpane.js'].includes(f));
  const files = page.map((f) => ({ file: path.relative(dist, f), bytes: gzipBytes(f) }));
  const isPane = (f: string) => !/^functions\b/.test(f);
  const lazyFiles = lazy.map((f) => ({ file: f, bytes: gzipBytes(path.join(dist, f)) }));
  return {
    taskpaneGzipKb: kb(files.filter((f) => isPane(f.file)).reduce((n, f) => n + f.bytes, 0)),
    taskpaneLazyGzipKb: kb(lazyFiles.reduce((n, f) => n + f.bytes, 0)),
    pageGzipKb: kb(files.reduce((n, f) => n + f.bytes, 0)),
    files: [...files, ...lazyFiles].map((f) => ({ file: f.file, gzipKb: kb(f.bytes) })),
  };
}
