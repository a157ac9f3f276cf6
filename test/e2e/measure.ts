/**
 * Figures for the lead's bench (`npm run bench`), measured on the production bundle in headless Chromium
 * over the fake Office host:
 * - `bundle.web.gzip_kb` / `bundle.web_xlsx.gzip_kb`: the web page's first load (budget ≤ 250 KB) and the .xlsx door chunk it loads on opening a file.
 * - `bundle.taskpane.gzip_kb`: the pane's first load, gzip (budget ≤ 150 KB); `bundle.taskpane_lazy.gzip_kb` the
 *   chunks it loads later (the sheet plans when it writes, the import when it imports), of which
 *   `bundle.pane_import.gzip_kb` is the import of returned files (the .xlsx reader, the rules, the review);
 *   `bundle.page.gzip_kb` adds the custom functions'
 *   script that shares the page;
 * - `pane.first_render_ms`: from navigation start until the pane shows the check of the 14-unit sample
 *   (office.js served locally, so no network in the figure), the median of several loads;
 * - its breakdown, each from navigation start too (medians; the pane's user-timing marks): `pane.fetched_ms`
 *   (the pane's script received), `pane.bundle_ms` (the bundle parsed and run), `pane.mounted_ms` (React's
 *   first commit), `pane.office_ms` (office.js ready and the host checked), `pane.read_ms` (the workbook read);
 *   the check itself and its paint fill the rest up to `pane.first_render_ms`;
 * - `pane.floor_ms`: the chosen stack's floor on this machine, in the same run: a minimal React + Fluent UI
 *   page (test/e2e/floor) built and loaded the same cold way, until its first commit; `pane.ratio_floor` is
 *   `pane.first_render_ms` over it (like `cli.ratio_node`, a figure that does not drift with the machine);
 * - `pane.warm_first_render_ms`: the pane opened again, each time in a new page of one browser profile kept
 *   on disk (Office's webview keeps one), from a server that lets the browser keep the files (ETag +
 *   no-cache: a 304 each time, so HTTP's cache and V8's code cache are used, as when a user opens the pane
 *   again another day), the median of loads 3 to 7 (V8 keeps compiled code from the second load on).
 *
 *   import { measurePane } from '../test/e2e/measure';
 *   const figures = await measurePane();   // { 'bundle.taskpane.gzip_kb': 139.4, 'pane.first_render_ms': 180, … }
 */
import { launchChromium, launchChromiumProfile } from './browser';
import type { E2EConfig } from './fake-office/entry';
import { buildProduction, bundleSize, paneImportGzipKb, ROOT, webSize } from './bundle';
import { buildFakeOffice } from './fake-office/build';
import { openPane, waitChecked } from './pane';
import { serve } from './server';
import { buildFloor } from './floor/build';
import type { Browser } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sampleSnapshot } from './workbooks';

export interface PaneFigures {
  'bundle.taskpane.gzip_kb': number;
  'bundle.taskpane_lazy.gzip_kb': number;
  'bundle.page.gzip_kb': number;
  'bundle.web.gzip_kb': number;
  'bundle.web_xlsx.gzip_kb': number;
  /** What the pane loads when the user imports returned files (the .xlsx reader, the import's rules and review). */
  'bundle.pane_import.gzip_kb': number;
  'pane.first_render_ms': number;
  'pane.fetched_ms': number;
  'pane.bundle_ms': number;
  'pane.mounted_ms': number;
  'pane.office_ms': number;
  'pane.read_ms': number;
  'pane.floor_ms': number;
  'pane.ratio_floor': number;
  'pane.warm_first_render_ms': number;
}

const STAGES = { 'pane.bundle_ms': 'thidua:bundle', 'pane.mounted_ms': 'thidua:mounted', 'pane.office_ms': 'thidua:office', 'pane.read_ms': 'thidua:read' } as const;
type Stage = keyof typeof STAGES | 'pane.fetched_ms' | 'pane.first_render_ms';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);

/** One cold load of the floor page (a new context, nothing cached): its first commit, from navigation start. */
async function floorLoad(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 360, height: 900 }, locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(`performance.getEntriesByName('floor:rendered').length > 0`);
    return (await page.evaluate(`performance.getEntriesByName('floor:rendered')[0].startTime`)) as number;
  } finally {
    await context.close();
  }
}

/**
 * `pane.warm_first_render_ms`: the pane opened 7 times, each in a new page of one browser profile on disk (as
 * Office's webview keeps one), from a server that lets the browser keep the files. No route interception
 * (Playwright's routes turn Chromium's cache off): the server itself serves the fake office.js, and
 * taskpane.html with the CDN's address pointed at it.
 */
async function measureWarm(dist: string, fakeOffice: string): Promise<number> {
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  if (!html.includes(OFFICE_JS)) throw new Error(`taskpane.html does not load ${OFFICE_JS}`);
  const server = await serve(dist, 0, { cacheable: true, overrides: { '/office.js': fakeOffice, '/taskpane.html': html.replace(OFFICE_JS, '/office.js') } });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-profile-'));
  const times: number[] = [];
  try {
    const context = await launchChromiumProfile(profile, { width: 360, height: 900, locale: 'vi-VN' });
    try {
      const config: E2EConfig = { displayLanguage: 'vi-VN', bodyBackgroundColor: '#FFFFFF', snapshot: sampleSnapshot() };
      await context.addInitScript((c) => {
        (window as unknown as { __THIDUA_E2E__: unknown }).__THIDUA_E2E__ = c;
      }, config);
      for (let i = 0; i < 7; i++) {
        const page = await context.newPage();
        await page.goto(new URL('taskpane.html', server.url).toString());
        await waitChecked(page);
        const ms = (await page.evaluate(`performance.getEntriesByName('thidua:checked')[0]?.startTime ?? NaN`)) as number;
        if (i >= 2) times.push(ms);
        await page.close();
      }
    } finally {
      await context.close();
    }
  } finally {
    await server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return median(times);
}

export async function measurePane(options: { loads?: number; dist?: string } = {}): Promise<PaneFigures> {
  const loads = options.loads ?? 5;
  const dist = options.dist ?? buildProduction();
  const size = bundleSize(dist);
  const web = webSize(dist);
  const fakeOffice = await buildFakeOffice();
  const server = await serve(dist);
  const floorServer = await serve(await buildFloor(path.join(ROOT, 'test-results', 'floor')));
  const browser = await launchChromium();
  const floors: number[] = [];
  const times: Record<Stage, number[]> = { 'pane.fetched_ms': [], 'pane.bundle_ms': [], 'pane.mounted_ms': [], 'pane.office_ms': [], 'pane.read_ms': [], 'pane.first_render_ms': [] };
  try {
    for (let i = 0; i < loads; i++) {
      const pane = await openPane(browser, server.url, fakeOffice, { snapshot: sampleSnapshot() });
      try {
        await waitChecked(pane.page);
        // performance.now() counts from the navigation's start in the page's own clock. A string, not a
        // function: tsx (which runs the bench) adds helpers to named functions that the page does not have.
        const ms = (await pane.page.evaluate(`(() => {
          const at = (name) => { const e = performance.getEntriesByName(name)[0]; return e ? e.startTime : NaN; };
          const stages = ${JSON.stringify(STAGES)};
          const out = {};
          for (const k of Object.keys(stages)) out[k] = at(stages[k]);
          const script = performance.getEntriesByType('resource').find((e) => /\\/taskpane\\.js$/.test(e.name));
          out['pane.fetched_ms'] = script ? script.responseEnd : NaN;
          const checked = at('thidua:checked');
          out['pane.first_render_ms'] = Number.isNaN(checked) ? performance.now() : checked;
          return out;
        })()`)) as Record<Stage, number>;
        for (const k of Object.keys(times) as Stage[]) times[k].push(ms[k]);
      } finally {
        await pane.close();
      }
      // the floor page right after, so that both see the machine in the same state
      floors.push(await floorLoad(browser, new URL('floor.html', floorServer.url).toString()));
    }
  } finally {
    await browser.close();
    await server.close();
    await floorServer.close();
  }
  // after the private browser is closed: its own browser on a profile
  const warm = await measureWarm(dist, fakeOffice);
  const floor = median(floors);
  return {
    'bundle.taskpane.gzip_kb': size.taskpaneGzipKb,
    'bundle.taskpane_lazy.gzip_kb': size.taskpaneLazyGzipKb,
    'bundle.page.gzip_kb': size.pageGzipKb,
    'bundle.web.gzip_kb': web.webGzipKb,
    'bundle.web_xlsx.gzip_kb': web.webXlsxGzipKb,
    'bundle.pane_import.gzip_kb': paneImportGzipKb(dist),
    'pane.fetched_ms': median(times['pane.fetched_ms']),
    'pane.bundle_ms': median(times['pane.bundle_ms']),
    'pane.mounted_ms': median(times['pane.mounted_ms']),
    'pane.office_ms': median(times['pane.office_ms']),
    'pane.read_ms': median(times['pane.read_ms']),
    'pane.first_render_ms': median(times['pane.first_render_ms']),
    'pane.floor_ms': floor,
    'pane.ratio_floor': Math.round((median(times['pane.first_render_ms']) / floor) * 100) / 100,
    'pane.warm_first_render_ms': warm,
  };
}

// `npx tsx test/e2e/measure.ts` prints the figures as the bench does.
if (require.main === module) {
  measurePane().then(
    (f) => {
      for (const [k, v] of Object.entries(f)) console.log(`${k}: ${v}`);
    },
    (e) => {
      console.error(`measure: ${(e as Error)?.message ?? e}`);
      process.exitCode = 1;
    },
  );
}
