/**
 * `npm run docs:screens`: the screenshots of the user guide (docs/huong-dan/img/), made the way the browser
 * tests see the product, so that after a change to the pane or the web page one command brings the guide
 * up to date.
 *
 * - The pane: the production bundle (test/e2e/bundle.ts) in Debian's Chromium over the fake Office host
 *   (test/e2e/fake-office), in Vietnamese, at the width of Excel's task pane (350 px).
 * - The web page (index.html) at a laptop's width.
 * - The printed sheets: the generated sheets (and a unit's sheet) written to .xlsx by the .xlsx door,
 *   converted to PDF by LibreOffice headless (`soffice --convert-to pdf`) and rendered by `pdftoppm`.
 *
 * Every PNG the guide links to must be one of SHOTS' `file`s (test/docs/guide.test.ts reads this file's
 * text, so each shot's file name stays a string literal right after `file:`). PNGs in img/ that no shot
 * makes are deleted at the end.
 * DOCS_ONLY=text makes only the shots whose file name contains the text. E2E_DIST=dir reuses a build.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { evaluate, planOutputs, planSample, serialFromDate, type SheetPlan, type Snapshot } from '../src/core';
import { writeNewWorkbook } from '../src/xlsx';
import { launchChromium } from '../test/e2e/browser';
import { buildProduction, ROOT } from '../test/e2e/bundle';
import { buildFakeOffice } from '../test/e2e/fake-office/build';
import { openPane, routeRealOfficeJs, waitChecked, waitIdle } from '../test/e2e/pane';
import { serve } from '../test/e2e/server';
import { brokenSnapshot, emptySnapshot, inProgressSnapshot, returnedFiles, sampleSnapshot, sampleWithBallotsSnapshot } from '../test/e2e/workbooks';
import { buildWorkbook } from '../test/fixtures/workbooks';
import { sampleWith, STATE_VARIANT } from '../test/core/variants';

export const IMG_DIR = path.join(ROOT, 'docs', 'huong-dan', 'img');
/** Excel's task pane opens about 350 px wide (the browser tests use 360). */
const PANE_WIDTH = 350;
const WEB_WIDTH = 1000;
/** The printed sheets carry a date: the sample's list is dated 03/12/2019, as the cluster's was. */
const LIST_DATE = serialFromDate(new Date(Date.UTC(2019, 11, 3)));
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Env {
  browser: Browser;
  url: string;
  fakeOffice: string;
  tmp: string;
}

interface Shot {
  file: string;
  /** What the picture shows (printed as the script runs). */
  what: string;
  take(env: Env, out: string): Promise<void>;
}

/** The two returned files of the browser tests (test/e2e/workbooks.ts) as .xlsx, as the file picker hands them over. */
async function returnedXlsx(): Promise<{ name: string; mimeType: string; buffer: Buffer }[]> {
  return Promise.all(returnedFiles().map(async (f) => ({ name: f.name, mimeType: XLSX_TYPE, buffer: await buildWorkbook(f.sheets) })));
}

/** The import review, as the browser test drives it: the two returned files into the file input of `Nhập tệp đơn vị gửi về…`. */
async function pickReturned(page: Page): Promise<void> {
  await waitChecked(page);
  await page.getByTestId('import-input').setInputFiles(await returnedXlsx());
  await page.getByTestId('import-review').waitFor();
  await waitIdle(page);
}

async function paneShot(env: Env, out: string, snapshot: Snapshot, act: (page: Page) => Promise<void>, height = 520): Promise<void> {
  const pane = await openPane(env.browser, env.url, env.fakeOffice, { snapshot, width: PANE_WIDTH, height });
  try {
    await act(pane.page);
    await pane.page.mouse.move(0, 0);
    await pane.page.screenshot({ path: out, fullPage: true });
    if (pane.errors.length) throw new Error(`the pane logged errors: ${pane.errors.join('; ')}`);
  } finally {
    await pane.close();
  }
}

async function tab(page: Page, id: string): Promise<void> {
  await page.getByTestId(`tab-${id}`).click();
  await waitIdle(page);
}

async function webShot(env: Env, out: string, act: (page: Page) => Promise<void>): Promise<void> {
  const context = await env.browser.newContext({ viewport: { width: WEB_WIDTH, height: 700 }, locale: 'vi-VN' });
  try {
    await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/])[a-z-]+:\/\//, (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    await page.goto(new URL('index.html', env.url).toString());
    await page.getByTestId('privacy').waitFor();
    await act(page);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: out, fullPage: true });
  } finally {
    await context.close();
  }
}

async function webOpen(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: XLSX_TYPE, buffer: Buffer.from(bytes) });
  await page.waitForSelector('[data-testid=result], [data-testid=read-failed]');
  await page.waitForFunction(() => document.querySelector('[data-testid=web-status]')?.textContent === '');
}

/** One sheet plan → .xlsx (the .xlsx door) → PDF (LibreOffice) → PNG of its first page, cropped to `height` of the page. */
async function printShot(env: Env, out: string, plan: SheetPlan, crop = 1): Promise<void> {
  const base = path.join(env.tmp, path.basename(out, '.png'));
  fs.writeFileSync(`${base}.xlsx`, await writeNewWorkbook([plan]));
  // A profile of its own: another LibreOffice running on the machine (a test) would otherwise take the job.
  // In Vietnamese, as the secretariat's Excel prints it: `66,7%`, not `66.7%`.
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(env.tmp, 'lo-profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', env.tmp, `${base}.xlsx`], {
    stdio: 'pipe',
    timeout: 180_000,
    env: { ...process.env, LC_ALL: 'vi_VN.UTF-8', LANG: 'vi_VN.UTF-8' },
  });
  // 72 dpi: an A4 page is 595 × 842 px, enough to read and small to store
  const size = execFileSync('pdfinfo', [`${base}.pdf`], { encoding: 'utf8' });
  const m = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(size);
  const [w, h] = m ? [Number(m[1]), Number(m[2])] : [595, 842];
  const args = ['-png', '-r', '72', '-f', '1', '-l', '1', '-singlefile'];
  if (crop < 1) args.push('-x', '0', '-y', '0', '-W', String(Math.round(w)), '-H', String(Math.round(h * crop)));
  execFileSync('pdftoppm', [...args, `${base}.pdf`, base], { stdio: 'pipe' });
  fs.copyFileSync(`${base}.png`, out);
}

function samplePlans(snapshot = sampleSnapshot()): SheetPlan[] {
  return planOutputs(snapshot, evaluate(snapshot), { today: LIST_DATE });
}

export const SHOTS: Shot[] = [
  // ── the pane: a new workbook, the template, the sample ──
  {
    file: 'pane-mo-dau.png',
    what: 'the pane on a new, empty workbook',
    take: (env, out) => paneShot(env, out, emptySnapshot(), async (page) => waitIdle(page)),
  },
  {
    file: 'pane-tao-mau.png',
    what: 'Tạo mẫu: year, roster, the sample option',
    take: (env, out) =>
      paneShot(env, out, emptySnapshot(), async (page) => {
        await waitIdle(page);
        await tab(page, 'template');
      }),
  },
  {
    file: 'pane-tao-mau-xong.png',
    what: 'Tạo mẫu with the 2019 sample data: done',
    take: (env, out) =>
      paneShot(env, out, emptySnapshot(), async (page) => {
        await waitIdle(page);
        await tab(page, 'template');
        await page.getByTestId('sample-option').check();
        await page.getByTestId('create-template').click();
        await page.getByTestId('template-done').waitFor();
        await waitIdle(page);
      }),
  },
  {
    file: 'pane-tien-do.png',
    what: 'Kiểm tra on a round in progress: units still to come',
    take: (env, out) => paneShot(env, out, inProgressSnapshot(), (page) => waitChecked(page)),
  },
  {
    file: 'pane-nhap-tep.png',
    what: 'Nhập tệp đơn vị gửi về: two returned files read, the change list with one conflict, before confirming',
    take: (env, out) =>
      paneShot(env, out, inProgressSnapshot(), async (page) => {
        await pickReturned(page);
        // the review from its heading on: what the user reads before confirming
        await page.getByTestId('import-review').scrollIntoViewIfNeeded();
      }),
  },
  {
    file: 'pane-nhap-tep-xong.png',
    what: 'Nhập tệp đơn vị gửi về: confirmed, the cells written, the progress moved on',
    take: (env, out) =>
      paneShot(env, out, inProgressSnapshot(), async (page) => {
        await pickReturned(page);
        await page.getByTestId('import-confirm').click();
        await page.getByTestId('import-done').waitFor();
        await waitIdle(page);
      }),
  },
  {
    file: 'pane-kiem-tra-loi.png',
    what: 'Kiểm tra: two errors, each with its sheet and cell',
    take: (env, out) => paneShot(env, out, brokenSnapshot(), (page) => waitChecked(page)),
  },
  {
    file: 'pane-kiem-tra-xong.png',
    what: 'Kiểm tra on the sample: no errors, the ballots section',
    take: (env, out) => paneShot(env, out, sampleSnapshot(), (page) => waitChecked(page)),
  },
  {
    file: 'pane-phieu-bau.png',
    what: 'Kiểm tra with the 2019 vote: the tally per candidate',
    take: (env, out) =>
      paneShot(env, out, sampleWithBallotsSnapshot(), async (page) => {
        await waitChecked(page);
        await page.getByTestId('ballots').scrollIntoViewIfNeeded();
      }),
  },
  {
    file: 'pane-xep-hang.png',
    what: 'Xếp hạng: both sheets written, ranking, chart, nominees',
    take: (env, out) =>
      paneShot(env, out, sampleWithBallotsSnapshot(), async (page) => {
        await waitChecked(page);
        await tab(page, 'generate');
        await page.getByTestId('generate').click();
        await page.getByTestId('generate-done').waitFor();
        await waitIdle(page);
      }),
  },
  {
    file: 'pane-chua-xep-hang.png',
    what: 'Xếp hạng refused while errors remain',
    take: (env, out) =>
      paneShot(env, out, brokenSnapshot(), async (page) => {
        await waitChecked(page);
        await tab(page, 'generate');
        await page.getByTestId('generate').click();
        await page.getByTestId('generate-blocked').waitFor();
        await waitIdle(page);
      }),
  },
  {
    file: 'pane-cai-dat.png',
    what: 'Cài đặt: the settings in effect and their source',
    take: (env, out) =>
      paneShot(env, out, sampleSnapshot(), async (page) => {
        await waitChecked(page);
        await tab(page, 'settings');
      }),
  },

  {
    file: 'pane-ngoai-excel.png',
    what: 'the pane opened outside Excel (real office.js, a plain browser): it says so and links to the web page',
    async take(env, out) {
      const context = await env.browser.newContext({ viewport: { width: PANE_WIDTH, height: 420 }, locale: 'vi-VN' });
      try {
        // office.js's own files from the package, as the CDN would serve them; nothing else leaves the machine
        await routeRealOfficeJs(context);
        const page = await context.newPage();
        await page.goto(new URL('taskpane.html', env.url).toString());
        await page.getByTestId('host-unsupported').waitFor({ timeout: 20_000 });
        await page.screenshot({ path: out, fullPage: true });
      } finally {
        await context.close();
      }
    },
  },

  // ── the web page ──
  {
    file: 'web-bat-dau.png',
    what: 'the web page before a file is opened',
    take: (env, out) => webShot(env, out, async () => undefined),
  },
  {
    file: 'web-ket-qua.png',
    what: 'the web page with the 2019 sample opened',
    take: (env, out) => webShot(env, out, async (page) => webOpen(page, 'thi-dua-mau-2019.xlsx', await writeNewWorkbook(planSample()))),
  },

  // ── printed (LibreOffice) ──
  {
    file: 'in-danh-sach.png',
    what: 'the nomination list of the sample, printed (page 1)',
    take: (env, out) => printShot(env, out, samplePlans()[1]),
  },
  {
    file: 'in-danh-sach-nha-nuoc.png',
    what: 'the nomination list of a State body (the sample with the State variant of the documents tests), printed (page 1)',
    take: (env, out) => printShot(env, out, samplePlans(sampleWith(STATE_VARIANT))[1]),
  },
  {
    file: 'in-xep-hang.png',
    what: 'the ranking sheet of the sample, printed (page 1)',
    take: (env, out) => printShot(env, out, samplePlans()[0]),
  },
  {
    file: 'don-vi-trang-tinh.png',
    what: 'a unit sheet of the sample (Bắc Giang), printed (top of page 1)',
    take: (env, out) => {
      const plan = planSample().find((p) => p.name === 'Bắc Giang');
      if (!plan) throw new Error('no sheet Bắc Giang in the sample');
      return printShot(env, out, plan, 0.4);
    },
  },
];

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

async function main(): Promise<number> {
  const only = process.env.DOCS_ONLY;
  const shots = SHOTS.filter((s) => !only || s.file.includes(only));
  fs.mkdirSync(IMG_DIR, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-docs-'));
  const needsBrowser = shots.some((s) => !s.file.startsWith('in-') && !s.file.startsWith('don-vi-'));
  const dist = needsBrowser ? buildProduction() : '';
  const fakeOffice = needsBrowser ? await buildFakeOffice() : '';
  const server = needsBrowser ? await serve(dist) : null;
  const browser = needsBrowser ? await launchChromium() : (null as unknown as Browser);
  let failed = 0;
  try {
    const env: Env = { browser, url: server?.url ?? '', fakeOffice, tmp };
    for (const s of shots) {
      const out = path.join(IMG_DIR, s.file);
      try {
        await s.take(env, out);
        console.log(`  ✓ ${s.file} (${kb(fs.statSync(out).size)}): ${s.what}`);
      } catch (e) {
        failed++;
        console.log(`  ✕ ${s.file}: ${s.what}\n    ${String((e as Error)?.stack ?? e).split('\n').slice(0, 8).join('\n    ')}`);
      }
    }
  } finally {
    await browser?.close();
    await server?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (!only) {
    const known = new Set(SHOTS.map((s) => s.file));
    for (const f of fs.readdirSync(IMG_DIR)) {
      if (f.endsWith('.png') && !known.has(f)) {
        fs.rmSync(path.join(IMG_DIR, f));
        console.log(`  − ${f}: no shot makes it any more, deleted`);
      }
    }
  }
  const total = fs.readdirSync(IMG_DIR).reduce((n, f) => n + fs.statSync(path.join(IMG_DIR, f)).size, 0);
  console.log(`docs:screens: ${shots.length - failed}/${shots.length} screenshots in ${path.relative(ROOT, IMG_DIR)}/ (${kb(total)} in all)`);
  return failed ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(`docs:screens: ${(e as Error)?.message ?? e}`);
      process.exit(2);
    },
  );
}
