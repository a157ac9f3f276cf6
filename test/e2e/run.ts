/**
 * `npm run test:e2e`: builds the production bundle for a local URL, serves dist/ on 127.0.0.1, and runs
 * every scenario in Debian's Chromium with the CDN's office.js replaced by the fake Office host.
 * Screenshots go to test-results/e2e/. Exit code 1 when any scenario fails.
 * E2E_ONLY=text runs the scenarios whose name contains the text.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser';
import { buildProduction, bundleSize, ROOT } from './bundle';
import { buildFakeOffice } from './fake-office/build';
import { SCENARIOS, type Ctx } from './scenarios';
import { HOST_SCENARIOS } from './host-scenarios';
import { WEB_SCENARIOS } from './web-scenarios';
import { serve } from './server';

const SHOTS = path.join(ROOT, 'test-results', 'e2e');

async function main(): Promise<number> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const t0 = Date.now();
  const dist = buildProduction();
  const fakeOffice = await buildFakeOffice();
  const size = bundleSize(dist);
  const server = await serve(dist);
  let failed = 0;
  try {
    console.log(`e2e: production bundle (pane ${size.taskpaneGzipKb} KB gzip) and fake office.js ready in ${((Date.now() - t0) / 1000).toFixed(1)} s, served at ${server.url}`);
    const browser = await launchChromium();
    let current = '';
    const ctx: Ctx = {
      browser,
      url: server.url,
      fakeOffice,
      async shot(page: Page, name: string) {
        const file = path.join(SHOTS, name === 'FAILED' ? `FAILED-${current}.png` : `${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        return file;
      },
    };
    const only = process.env.E2E_ONLY;
    try {
      for (const [i, s] of [...SCENARIOS, ...HOST_SCENARIOS, ...WEB_SCENARIOS].entries()) {
        if (only && !s.name.includes(only)) continue;
        current = String(i + 1).padStart(2, '0');
        const t = Date.now();
        try {
          await s.run(ctx);
          console.log(`  ✓ ${s.name} (${Date.now() - t} ms)`);
        } catch (e) {
          failed++;
          console.log(`  ✕ ${s.name}\n    ${String((e as Error)?.stack ?? e).split('\n').slice(0, 12).join('\n    ')}`);
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
  console.log(failed ? `e2e: ${failed} scenario(s) failed` : `e2e: all scenarios passed; screenshots in ${path.relative(ROOT, SHOTS)}/`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`e2e: ${(e as Error)?.message ?? e}`);
    process.exit(2);
  },
);
