/** Debian's Chromium through playwright-core, with the flags that keep it quiet and offline. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function ensureChromium(): void {
  if (!fs.existsSync(CHROMIUM)) {
    execFileSync('bash', [path.join(__dirname, '../../scripts/e2e-chromium.sh')], { stdio: 'inherit' });
  }
}

/** A browser whose contexts are private (incognito): nothing kept between contexts, no code cache. */
export async function launchChromium(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/**
 * A browser on a profile kept in `userDataDir`, as Office's webview keeps one: its HTTP cache and V8's
 * code cache last from one page to the next (a private context has neither on disk).
 */
export async function launchChromiumProfile(userDataDir: string, options: { width: number; height: number; locale: string }): Promise<BrowserContext> {
  ensureChromium();
  return chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: ARGS, viewport: { width: options.width, height: options.height }, locale: options.locale });
}
