/**
 * Figures for the lead's bench (`npm run bench`), measured on the production bundle in headless Chromium
 * over the fake Office host:
 * - `bundle.web.gzip_kb` / `bundle.web_xlsx.gzip_kb`: the web page's first load (budget ≤ 250 KB) and the .xlsx door chunk it loads on opening a file.
 * - `bundle.taskpane.gzip_kb`: the pane's JavaScript, gzip (budget ≤ 150 KB); `bundle.page.gzip_kb` adds
 *   the custom functions' script that shares the page;
 * - `pane.first_render_ms`: from navigation start until the pane shows the check of the 14-unit sample
 *   (office.js served locally, so no network in the figure), the median of several loads.
 *
 *   import { measurePane } from '../test/e2e/measure';
 *   const figures = await measurePane();   // { 'bundle.taskpane.gzip_kb': 139.4, 'pane.first_render_ms': 180, … }
 */
import { launchChromium } from './browser';
import { buildProduction, bundleSize, webSize } from './bundle';
import { buildFakeOffice } from './fake-office/build';
import { openPane, waitChecked } from './pane';
import { serve } from './server';
import { sampleSnapshot } from './workbooks';

export interface PaneFigures {
  'bundle.taskpane.gzip_kb': number;
  'bundle.page.gzip_kb': number;
  'bundle.web.gzip_kb': number;
  'bundle.web_xlsx.gzip_kb': number;
  'pane.first_render_ms': number;
}

export async function measurePane(options: { loads?: number; dist?: string } = {}): Promise<PaneFigures> {
  const loads = options.loads ?? 5;
  const dist = options.dist ?? buildProduction();
  const size = bundleSize(dist);
  const web = webSize(dist);
  const fakeOffice = await buildFakeOffice();
  const server = await serve(dist);
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      const pane = await openPane(browser, server.url, fakeOffice, { snapshot: sampleSnapshot() });
      try {
        await waitChecked(pane.page);
        // performance.now() counts from the navigation's start in the page's own clock.
        const ms = await pane.page.evaluate(() => {
          const mark = performance.getEntriesByName('thidua:checked')[0];
          return mark ? mark.startTime : performance.now();
        });
        times.push(ms);
      } finally {
        await pane.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  times.sort((a, b) => a - b);
  return {
    'bundle.taskpane.gzip_kb': size.taskpaneGzipKb,
    'bundle.page.gzip_kb': size.pageGzipKb,
    'bundle.web.gzip_kb': web.webGzipKb,
    'bundle.web_xlsx.gzip_kb': web.webXlsxGzipKb,
    'pane.first_render_ms': Math.round(times[Math.floor(times.length / 2)]),
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
