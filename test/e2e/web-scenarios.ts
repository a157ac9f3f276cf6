/**
 * The web page (index.html, issue 12) in Debian's Chromium: a user opens a cluster file through the file
 * input, reads the check, downloads the result and the sample files; the result is checked against what
 * the command line writes for the same file. Every request of the whole run must stay on the page's origin,
 * the page must reload offline (service worker), and axe-core must find nothing serious.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { evaluate, planOutputs, planSample, rosterForYear, snapshotFromPlans } from '../../src/core';
import type { CellValue, Snapshot } from '../../src/core/types';
import { main as cli } from '../../src/cli/main';
import { readSnapshot, writeNewWorkbook } from '../../src/xlsx';
import { brokenWorkbook, BROKEN_DEFECTS } from '../cli/clusters';
import type { Ctx, Scenario } from './scenarios';
import { buildWorkbook } from '../fixtures/workbooks';
import { inProgressSnapshot, IN_PROGRESS } from './workbooks';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const NOMINEES = [
  ['Ban Nội chính Tỉnh ủy Bắc Giang', 'Phát hiện 03 vụ án (đạt 150%), 03 vụ việc (đạt 100%)'],
  ['Ban Nội chính Tỉnh ủy Lạng Sơn', 'Phát hiện 02 vụ án (đạt 200%), 02 vụ việc (đạt 200%)'],
  ['Ban Nội chính Tỉnh ủy Thái Nguyên', 'Phát hiện 02 vụ án (đạt 200%), 02 vụ việc (đạt 200%)'],
];

interface WebPage {
  page: Page;
  context: BrowserContext;
  /** Requests to any origin other than the page's (must stay empty). */
  foreign: string[];
  errors: string[];
}

/** A fresh context on the web page; every request is watched, any other origin is refused and recorded. */
async function openWeb(ctx: Ctx, locale = 'vi-VN', opts: { bypassCSP?: boolean; colorScheme?: 'light' | 'dark' } = {}): Promise<WebPage> {
  // bypassCSP only to inject axe-core (an inline script the page's CSP rightly refuses)
  const context = await ctx.browser.newContext({ viewport: { width: 1000, height: 900 }, locale, acceptDownloads: true, bypassCSP: opts.bypassCSP ?? false, colorScheme: opts.colorScheme ?? 'light' });
  const origin = new URL(ctx.url).origin;
  const foreign: string[] = [];
  const errors: string[] = [];
  const watch = (url: string) => {
    if (/^(data|blob|about):/.test(url) && (!url.startsWith('blob:') || new URL(url.slice(5)).origin === origin)) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  };
  context.on('request', (r) => watch(r.url()));
  await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/])[a-z-]+:\/\//, (route) => {
    foreign.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(new URL('index.html', ctx.url).toString());
  await page.getByTestId('privacy').waitFor();
  return { page, context, foreign, errors };
}

async function openFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: XLSX_TYPE, buffer: Buffer.from(bytes) });
}

async function waitResult(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid=result], [data-testid=read-failed]');
  await page.waitForFunction(() => document.querySelector('[data-testid=web-status]')?.textContent === '');
}

/** Clicks a download button and returns the file's name and bytes. */
async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-web-')), 'download.xlsx');
  await d.saveAs(file);
  return { name: d.suggestedFilename(), bytes: fs.readFileSync(file) };
}

async function runAxe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(', ')}`);
}

/** The grid of a sheet without trailing empties, '' as empty (two writers of one sheet agree on this). */
function grid(s: Snapshot, name: string): CellValue[][] {
  const sheet = s.sheets.find((x) => x.name === name);
  assert.ok(sheet, `sheet ${name}`);
  const rows = sheet.values.map((row) => {
    const r = row.map((v) => (v === '' || v === undefined ? null : v));
    while (r.length && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

/** What the command line writes for the same input (`thidua run IN -o OUT`), read back. */
async function commandLineOutput(input: Uint8Array): Promise<Snapshot> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-web-cli-'));
  const inPath = path.join(dir, 'in.xlsx');
  const outPath = path.join(dir, 'out.xlsx');
  fs.writeFileSync(inPath, input);
  const lines: string[] = [];
  const code = await cli(['run', inPath, '-o', outPath], { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  assert.equal(code, 0, lines.join('\n'));
  return (await readSnapshot(fs.readFileSync(outPath))).snapshot;
}

export const WEB_SCENARIOS: Scenario[] = [
  {
    name: 'web page: the sample through the file input → no errors, ranking and nominees; the downloaded result equals the command line’s; sample and template download; no other origin',
    async run(ctx) {
      const w = await openWeb(ctx);
      try {
        const { page } = w;
        assert.match((await page.textContent('body')) ?? '', /Tệp không rời khỏi máy tính/);
        await ctx.shot(page, 'web-01-start');
        const input = await writeNewWorkbook(planSample());
        await openFile(page, 'mau-2019.xlsx', input);
        await waitResult(page);
        assert.equal(await page.getByTestId('count-errors').textContent(), '0 lỗi');
        assert.equal(await page.getByTestId('units-found').textContent(), 'Tìm thấy 14/14 trang tính đơn vị');
        assert.equal(await page.getByTestId('file-name').textContent(), 'Tệp: mau-2019.xlsx');
        const rows = await page.locator('[data-testid=ranking] tbody tr').allTextContents();
        assert.equal(rows.length, 14);
        assert.match(rows[0], /^1Lạng Sơn200%Vượt chỉ tiêu$/);
        assert.match(rows[13], /^14Hòa Bình25%Chưa hoàn thành$/);
        const nominees = await page.getByTestId('nominee').allTextContents();
        assert.equal(nominees.length, 3);
        NOMINEES.forEach(([name, sentence], i) => assert.ok(nominees[i].includes(name) && nominees[i].includes(sentence), `nominee ${i + 1}: ${nominees[i]}`));
        await ctx.shot(page, 'web-02-sample-checked');

        const result = await download(page, 'download-result');
        assert.equal(result.name, 'mau-2019 - kết quả thi đua.xlsx');
        const got = (await readSnapshot(result.bytes)).snapshot;
        const inSnap = (await readSnapshot(input)).snapshot;
        // the input's sheets as they were, then the tool's two, marked
        assert.deepEqual(got.sheets.map((s) => s.name), [...inSnap.sheets.map((s) => s.name), 'Xếp hạng', 'Đề nghị khen thưởng']);
        assert.deepEqual(got.sheets.slice(0, inSnap.sheets.length), inSnap.sheets);
        assert.deepEqual(got.marks, { ranking: 'Xếp hạng', nominations: 'Đề nghị khen thưởng' });
        // the command line's assertions on its output: both sheets hold what core plans, nominees and totals
        const planned = snapshotFromPlans(planOutputs(inSnap, evaluate(inSnap)));
        const cliOut = await commandLineOutput(input);
        for (const name of ['Xếp hạng', 'Đề nghị khen thưởng']) {
          assert.deepEqual(grid(got, name), grid(planned, name), `${name}: as planned`);
          assert.deepEqual(grid(got, name), grid(cliOut, name), `${name}: as the command line writes it`);
        }
        const list = grid(got, 'Đề nghị khen thưởng').flat().join('|');
        for (const [name, sentence] of NOMINEES) assert.ok(list.includes(name) && list.includes(sentence), name);
        const summary = grid(got, 'Xếp hạng').flat().find((v) => typeof v === 'string' && v.startsWith('Tổng số:'));
        assert.match(String(summary), /^Tổng số: 22 vụ án, 14 vụ việc; 03\/14 đơn vị vượt chỉ tiêu/);
        // the result read back checks clean and ranks the same
        const again = evaluate(got);
        assert.equal(again.issues.filter((i) => i.severity === 'error').length, 0);
        assert.deepEqual(again.nominations.map((n) => n.sheet), ['Bắc Giang', 'Lạng Sơn', 'Thái Nguyên']);

        const sample = await download(page, 'download-sample');
        assert.equal(sample.name, 'thi-dua-mau-2019.xlsx');
        const sampleEv = evaluate((await readSnapshot(sample.bytes)).snapshot);
        assert.equal(sampleEv.issues.filter((i) => i.severity !== 'info').length, 0);
        assert.equal(sampleEv.nominations.length, 3);
        const year = new Date().getFullYear();
        assert.equal(await page.getByTestId('download-template').textContent(), `Mẫu trống năm ${year} (${rosterForYear(year).length} đơn vị)`);
        const template = await download(page, 'download-template');
        assert.equal(template.name, 'thi-dua-mau-trong.xlsx');
        const tSnap = (await readSnapshot(template.bytes)).snapshot;
        // settings + the units of this year's roster (10 successor provinces since 2025)
        assert.equal(tSnap.sheets.length, 1 + rosterForYear(new Date().getFullYear()).length);
        assert.ok(evaluate(tSnap).blocked, 'a blank template has counts to fill');

        // the guide and the support page are served beside the page
        for (const href of [await page.getByTestId('web-guide-link').getAttribute('href'), 'support.html']) {
          const res = await page.request.get(new URL(href ?? '', page.url()).toString());
          assert.equal(res.status(), 200, `${href} is served`);
        }

        assert.deepEqual(w.foreign, [], 'no request to another origin');
        assert.deepEqual(w.errors, []);
      } finally {
        await w.context.close();
      }
    },
  },
  {
    name: 'web page: a broken workbook shows its errors by sheet and cell and offers no download; a file that is not .xlsx says so',
    async run(ctx) {
      const w = await openWeb(ctx);
      try {
        const { page } = w;
        await openFile(page, 'hong.xlsx', await brokenWorkbook());
        await waitResult(page);
        assert.match((await page.getByTestId('count-errors').textContent()) ?? '', /^[1-9]\d* lỗi$/);
        assert.equal(await page.getByTestId('download-result').count(), 0, 'no result to download');
        assert.match((await page.getByTestId('result-blocked').textContent()) ?? '', /Chưa có tệp kết quả để tải về/);
        assert.equal(await page.getByTestId('ranking').count(), 0);
        // each defect under its sheet's heading, with its cell
        const groups = await page.getByTestId('issue-group').evaluateAll((els) =>
          els.map((g) => ({ heading: g.querySelector('h3')?.textContent ?? '', items: [...g.querySelectorAll('[data-issue-code]')].map((i) => ({ code: i.getAttribute('data-issue-code'), text: i.textContent ?? '' })) })),
        );
        for (const d of BROKEN_DEFECTS) {
          const g = groups.find((x) => x.heading.startsWith(d.sheet));
          assert.ok(g, `a group for ${d.sheet} (${groups.map((x) => x.heading).join(' / ')})`);
          assert.ok(g.items.some((i) => i.code === d.code && i.text.endsWith(d.cell)), `${d.sheet} ${d.cell} ${d.code}: ${JSON.stringify(g.items)}`);
        }
        await ctx.shot(page, 'web-03-broken');

        await openFile(page, 'ghi-chu.xlsx', new TextEncoder().encode('STT,Mã\n1,VA\n'));
        await waitResult(page);
        assert.match((await page.getByTestId('read-failed').textContent()) ?? '', /Tệp “ghi-chu\.xlsx” không phải là sổ tính Excel \.xlsx\./);
        assert.equal(await page.getByTestId('result').count(), 0);
        await ctx.shot(page, 'web-04-not-xlsx');
        assert.deepEqual(w.foreign, []);
        assert.deepEqual(w.errors, []);
      } finally {
        await w.context.close();
      }
    },
  },
  {
    name: 'web page: a round in progress shows the pane’s progress view (who is still to come), not one error per unit, and no download',
    async run(ctx) {
      const w = await openWeb(ctx, 'vi-VN', { bypassCSP: true });
      try {
        const { page } = w;
        await openFile(page, 'dang-bao-cao.xlsx', await buildWorkbook(inProgressSnapshot().sheets.map((x) => ({ name: x.name, rows: x.values }))));
        await waitResult(page);
        assert.equal(await page.getByTestId('progress-summary').textContent(), 'Đã đăng ký 13/14 · Đã báo cáo 8/14');
        const sheets = await page.getByTestId('progress-unit').evaluateAll((els) => els.map((e) => [e.tagName, e.getAttribute('data-sheet')]));
        assert.deepEqual(sheets, [...IN_PROGRESS.toRegister, ...IN_PROGRESS.toReport, ...IN_PROGRESS.partial].map((x) => ['DIV', x]), 'plain text: no workbook to select in');
        assert.equal(await page.getByTestId('count-errors').textContent(), '1 lỗi');
        assert.equal(await page.locator('[data-issue-code=UNIT_NOT_REPORTED], [data-issue-code=UNIT_NOT_REGISTERED]').count(), 0);
        assert.equal(await page.getByTestId('download-result').count(), 0, 'no result to download');
        assert.deepEqual(await runAxe(page), []);
        await ctx.shot(page, 'web-07-progress');
        assert.deepEqual(w.foreign, []);
        assert.deepEqual(w.errors, []);
      } finally {
        await w.context.close();
      }
    },
  },
  {
    name: 'web page: after the first visit it reloads offline and still opens a file (service worker)',
    async run(ctx) {
      const w = await openWeb(ctx);
      try {
        const { page, context } = w;
        // first visit: the worker installs and takes over
        await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
        await page.reload();
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
        await context.setOffline(true);
        await page.reload();
        await page.getByTestId('privacy').waitFor();
        // the door chunk comes from the cache too: a file opens with no network at all
        await openFile(page, 'mau-2019.xlsx', await writeNewWorkbook(planSample()));
        await waitResult(page);
        assert.equal(await page.getByTestId('count-errors').textContent(), '0 lỗi');
        const result = await download(page, 'download-result');
        assert.equal((await readSnapshot(result.bytes)).snapshot.marks?.ranking, 'Xếp hạng');
        await ctx.shot(page, 'web-05-offline');
        assert.deepEqual(w.foreign, []);
        assert.deepEqual(w.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
      } finally {
        await w.context.close();
      }
    },
  },
  {
    name: 'web page: axe-core finds no serious or critical violation (start, sample, broken; English; the system\'s dark scheme)',
    async run(ctx) {
      const found: string[] = [];
      const runs: { locale: string; colorScheme: 'light' | 'dark' }[] = [
        { locale: 'vi-VN', colorScheme: 'light' },
        { locale: 'en-US', colorScheme: 'light' },
        { locale: 'vi-VN', colorScheme: 'dark' },
      ];
      for (const { locale, colorScheme } of runs) {
        const w = await openWeb(ctx, `${locale}`, { bypassCSP: true, colorScheme });
        try {
          const { page } = w;
          // the page follows the system's scheme: a dark background (luminance under a quarter) in dark
          const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor);
          const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
          const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
          assert.ok(colorScheme === 'dark' ? luminance < 0.25 : luminance > 0.75, `${colorScheme} background ${bg}`);
          for (const v of await runAxe(page)) found.push(`${locale} ${colorScheme} start: ${v}`);
          await openFile(page, 'mau.xlsx', await writeNewWorkbook(planSample()));
          await waitResult(page);
          for (const v of await runAxe(page)) found.push(`${locale} ${colorScheme} sample: ${v}`);
          await openFile(page, 'hong.xlsx', await brokenWorkbook());
          await waitResult(page);
          await page.getByTestId('result-blocked').waitFor();
          for (const v of await runAxe(page)) found.push(`${locale} ${colorScheme} broken: ${v}`);
          if (locale === 'en-US') {
            assert.match((await page.textContent('body')) ?? '', /Your file never leaves your computer/);
            await ctx.shot(page, 'web-06-broken-en');
          }
          if (colorScheme === 'dark') await ctx.shot(page, 'web-07-broken-dark');
        } finally {
          await w.context.close();
        }
      }
      assert.deepEqual(found, []);
    },
  },
];
