/**
 * Opening the production task pane in Chromium with the CDN's office.js replaced by the fake host, and
 * reading the fake workbook back. Each call gets its own browser context (nothing shared between tests).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Snapshot } from '../../src/core/types';
import type { E2EConfig } from './fake-office/entry';

const OFFICE_CDN = 'https://appsforoffice.microsoft.com/**';
const HOSTED = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_DIST = path.resolve(__dirname, '../../node_modules/@microsoft/office-js/dist');

/**
 * The REAL office.js that `@microsoft/office-js` ships (dist/), served in place of Microsoft's CDN (each of
 * its files, as the CDN would serve them); nothing else leaves the machine. `served` gets each file served.
 */
export async function routeRealOfficeJs(context: BrowserContext, served: string[] = []): Promise<void> {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('blockedbyclient'));
  await context.route(`${HOSTED}**`, (route) => {
    const rel = decodeURIComponent(new URL(route.request().url()).pathname).slice('/lib/1/hosted/'.length);
    const file = path.resolve(OFFICE_DIST, rel);
    if (!file.startsWith(OFFICE_DIST + path.sep) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: '' });
    served.push(rel);
    return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: fs.readFileSync(file) });
  });
}

export interface PaneOptions {
  snapshot: Snapshot;
  displayLanguage?: string;
  bodyBackgroundColor?: string;
  /** A large sheet the fake makes in the page (see E2EConfig.filler). */
  filler?: E2EConfig['filler'];
  /** Sheets the fake protects (writes to them fail). */
  protect?: string[];
  /** Make the CDN unreachable instead of serving the fake (the office.js timeout). */
  officeUnreachable?: boolean;
  width?: number;
  height?: number;
}

export interface OpenPane {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen in the page. */
  errors: string[];
  close(): Promise<void>;
}

export async function openPane(browser: Browser, baseUrl: string, fakeOffice: string, opts: PaneOptions): Promise<OpenPane> {
  // A task pane is narrow: 350 px is Excel's default width.
  const context = await browser.newContext({ viewport: { width: opts.width ?? 360, height: opts.height ?? 900 }, locale: 'vi-VN' });
  const errors: string[] = [];
  const config: E2EConfig = {
    displayLanguage: opts.displayLanguage ?? 'vi-VN',
    bodyBackgroundColor: opts.bodyBackgroundColor ?? '#FFFFFF',
    snapshot: opts.snapshot,
    ...(opts.filler ? { filler: opts.filler } : {}),
    ...(opts.protect ? { protect: opts.protect } : {}),
  };
  await context.addInitScript((c) => {
    (window as unknown as { __THIDUA_E2E__: unknown }).__THIDUA_E2E__ = c;
  }, config);
  // Nothing else may leave the machine. (Playwright tries the routes registered last first.)
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('blockedbyclient'));
  await context.route(OFFICE_CDN, (route) =>
    opts.officeUnreachable ? route.abort('internetdisconnected') : route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: fakeOffice }),
  );
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !(opts.officeUnreachable && /office\.js|ERR_INTERNET_DISCONNECTED|Failed to load resource/i.test(m.text()))) errors.push(`console: ${m.text()}`);
  });
  await page.goto(new URL('taskpane.html', baseUrl).toString());
  return { page, context, errors, close: () => context.close() };
}

/** Waits until the pane has read and checked the workbook and has nothing in progress. */
export async function waitIdle(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid=progress]');
  await page.waitForFunction(() => document.querySelector('[data-testid=progress]')?.textContent === '');
}

export async function waitChecked(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid=units-found]');
  await waitIdle(page);
}

type FakeApi = {
  sheetNames(): string[];
  grid(name: string): (string | number | boolean | null)[][];
  selection(): { sheet: string | null; cell: string; active: string | null } | null;
  marks(): Record<string, string>;
  snapshot(): Snapshot;
  stats(): { syncs: number; runs: number; refused: number; requestBytes: number[]; responseBytes: number[] };
  validations(name: string): { range: string; rule: unknown }[];
  layout(name: string): SheetLayout | null;
};

export interface SheetLayout {
  pageLayout: {
    paperSize: string;
    orientation: string;
    leftMargin: number;
    rightMargin: number;
    topMargin: number;
    bottomMargin: number;
    printArea: string | null;
    printTitleRows: string | null;
    headersFooters: { state: string; defaultForAllPages: { centerHeader: string }; firstPage: { centerHeader: string } };
  };
  fonts: string[];
  sizes: number[];
  rowHeights: Record<number, number>;
}

/** Reads the fake workbook in the page. */
export const fake = {
  sheetNames: (page: Page) => page.evaluate(() => (window as unknown as { __fake: FakeApi }).__fake.sheetNames()),
  grid: (page: Page, name: string) => page.evaluate((n) => (window as unknown as { __fake: FakeApi }).__fake.grid(n), name),
  selection: (page: Page) => page.evaluate(() => (window as unknown as { __fake: FakeApi }).__fake.selection()),
  marks: (page: Page) => page.evaluate(() => (window as unknown as { __fake: FakeApi }).__fake.marks()),
  snapshot: (page: Page) => page.evaluate(() => (window as unknown as { __fake: FakeApi }).__fake.snapshot()),
  stats: (page: Page) => page.evaluate(() => (window as unknown as { __fake: FakeApi }).__fake.stats()),
  validations: (page: Page, name: string) => page.evaluate((n) => (window as unknown as { __fake: FakeApi }).__fake.validations(n), name),
  layout: (page: Page, name: string) => page.evaluate((n) => (window as unknown as { __fake: FakeApi }).__fake.layout(n), name),
};

export async function text(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().textContent()) ?? '';
}
