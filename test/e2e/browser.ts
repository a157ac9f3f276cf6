/** Debian's Chromium through playwright-core, with the flags that keep it quiet and offline. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Quiet and offline. */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Chromium's own omnibox popup (a WebUI page, and its AI-mode variant): headless Chromium 156 still loads
 * it for every new window, some 300 module requests compiled on the renderer's main thread while the pane
 * loads (seen in a trace), which on a 2-core machine added ~400 ms to the pane's first check. An Office
 * task pane (WebView2, WKWebView, an iframe in Excel on the web) has no omnibox.
 */
const OFF = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

let featureArgs: Promise<{ ignore: string[]; args: string[] }> | null = null;

/**
 * Chromium keeps only the last `--disable-features` (a second one replaces the first), and Playwright passes
 * its own list (HttpsUpgrades, PaintHolding, …). So the browser is launched once to read Playwright's
 * switch off chrome://version; that switch is then left out and one list with both is passed.
 */
function disableFeatures(): Promise<{ ignore: string[]; args: string[] }> {
  featureArgs ??= (async () => {
    const probe = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    try {
      const page = await probe.newPage();
      await page.goto('chrome://version');
      const line = (await page.locator('#command_line').textContent()) ?? '';
      const theirs = line.split(/\s+/).find((a) => a.startsWith('--disable-features='));
      const names = theirs ? theirs.slice('--disable-features='.length).split(',').filter(Boolean) : [];
      return { ignore: theirs ? [theirs] : [], args: [`--disable-features=${[...names, ...OFF].join(',')}`] };
    } finally {
      await probe.close();
    }
  })();
  return featureArgs;
}

function ensureChromium(): void {
  if (!fs.existsSync(CHROMIUM)) {
    execFileSync('bash', [path.join(__dirname, '../../scripts/e2e-chromium.sh')], { stdio: 'inherit' });
  }
}

/** A browser whose contexts are private (incognito): nothing kept between contexts, no code cache. */
export async function launchChromium(): Promise<Browser> {
  ensureChromium();
  const f = await disableFeatures();
  return chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, ...f.args], ignoreDefaultArgs: f.ignore });
}

/**
 * A browser on a profile kept in `userDataDir`, as Office's webview keeps one: its HTTP cache and V8's
 * code cache last from one page to the next (a private context has neither on disk).
 */
export async function launchChromiumProfile(userDataDir: string, options: { width: number; height: number; locale: string }): Promise<BrowserContext> {
  ensureChromium();
  const f = await disableFeatures();
  return chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: [...ARGS, ...f.args], ignoreDefaultArgs: f.ignore, viewport: { width: options.width, height: options.height }, locale: options.locale });
}
