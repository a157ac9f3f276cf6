/**
 * The browser scenarios of issues 4 and 5 (the ballots section). Each opens the production pane over a fresh fake workbook, clicks and
 * types as a user would, and checks both what the pane shows and what the workbook holds afterwards.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { Browser, FileChooser, Page } from 'playwright-core';
import { evaluate, planOutputs } from '../../src/core';
import { serialFromYMD, snapshotFromPlans } from '../../src/core/snapshot';
import type { CellValue, Snapshot } from '../../src/core/types';
import { fake, openPane, text, waitChecked, waitIdle, type PaneOptions } from './pane';
import { brokenSnapshot, contestedBallotsSnapshot, emptySnapshot, inProgressSnapshot, IN_PROGRESS, returnedFiles, sampleSnapshot, sampleWithUserSheets, tallySnapshot } from './workbooks';
import { buildWorkbook } from '../fixtures/workbooks';

export interface Ctx {
  browser: Browser;
  url: string;
  fakeOffice: string;
  /** Saves a screenshot under test-results/e2e/ and returns its path. */
  shot(page: Page, name: string): Promise<string>;
}

export interface Scenario {
  name: string;
  run(ctx: Ctx): Promise<void>;
}

const NOMINEES = [
  ['Ban Nội chính Tỉnh ủy Bắc Giang', 'Phát hiện 03 vụ án (đạt 150%), 03 vụ việc (đạt 100%)'],
  ['Ban Nội chính Tỉnh ủy Lạng Sơn', 'Phát hiện 02 vụ án (đạt 200%), 02 vụ việc (đạt 200%)'],
  ['Ban Nội chính Tỉnh ủy Thái Nguyên', 'Phát hiện 02 vụ án (đạt 200%), 02 vụ việc (đạt 200%)'],
];

/** A grid without trailing empty cells and rows, '' as empty: how two readers of one sheet agree. */
function trimGrid(g: CellValue[][]): CellValue[][] {
  const rows = g.map((row) => {
    const r = row.map((v) => (v === '' || v === undefined ? null : v));
    while (r.length && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

/** Numbers as the sheet shows them to 9 places (formula results computed in another engine). */
function round(g: CellValue[][]): CellValue[][] {
  return g.map((row) => row.map((v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v)));
}

/** What the outputs of a snapshot should hold, computed in node by the same core the pane runs, on the page's today. */
async function expectedOutputs(page: Page, snapshot: Snapshot): Promise<Record<string, CellValue[][]>> {
  const [y, m, d] = await page.evaluate(() => {
    const now = new Date();
    return [now.getFullYear(), now.getMonth() + 1, now.getDate()];
  });
  const plans = planOutputs(snapshot, evaluate(snapshot), { today: serialFromYMD(y, m, d) });
  const read = snapshotFromPlans(plans);
  return Object.fromEntries(read.sheets.map((s) => [s.name, round(trimGrid(s.values))]));
}

/** The generated sheets carry the plans' documents: Times New Roman, A4, margins, print area, page numbers from page 2. */
async function assertDocuments(page: Page, snapshot: Snapshot): Promise<void> {
  const plans = planOutputs(snapshot, evaluate(snapshot), { today: serialFromYMD(2026, 1, 1) });
  for (const plan of plans) {
    const got = await fake.layout(page, plan.name);
    assert.ok(got, `${plan.name} exists`);
    assert.deepEqual(got.fonts, ['Times New Roman'], `fonts of ${plan.name}`);
    assert.ok(got.sizes.every((x) => x >= 9 && x <= 14) && got.sizes.includes(12) && got.sizes.includes(13) && got.sizes.includes(14), `sizes of ${plan.name}: ${got.sizes}`);
    const p = plan.print!;
    const l = got.pageLayout;
    assert.equal(l.paperSize, 'A4');
    assert.equal(l.orientation, p.orientation === 'landscape' ? 'Landscape' : 'Portrait');
    assert.deepEqual([l.topMargin, l.bottomMargin, l.leftMargin, l.rightMargin].map((pt) => Math.round((pt / 72) * 25.4)), [20, 20, 30, 15], `margins of ${plan.name} (mm)`);
    assert.equal(l.printArea, p.area);
    assert.equal(l.headersFooters.state, 'FirstAndDefault');
    assert.match(l.headersFooters.defaultForAllPages.centerHeader, /Times New Roman.*&P$/);
    assert.equal(l.headersFooters.firstPage.centerHeader, '');
    // the rows of wrapped and merged text are as tall as the plan computed (the date does not change them)
    assert.deepEqual(got.rowHeights, plan.rowHeights, `row heights of ${plan.name}`);
  }
}

async function withPane(ctx: Ctx, opts: PaneOptions, body: (page: Page, errors: string[]) => Promise<void>): Promise<void> {
  const pane = await openPane(ctx.browser, ctx.url, ctx.fakeOffice, opts);
  try {
    await body(pane.page, pane.errors);
    assert.deepEqual(pane.errors, [], 'the page logged errors');
  } catch (e) {
    await ctx.shot(pane.page, 'FAILED').catch(() => undefined);
    throw e;
  } finally {
    await pane.close();
  }
}

async function generate(page: Page): Promise<void> {
  await page.getByTestId('tab-generate').click();
  await page.getByTestId('generate').click();
  await page.waitForSelector('[data-testid=generate-done], [data-testid=generate-blocked], [data-testid=failure]');
  await waitIdle(page);
}

/** The two returned files of test/e2e/workbooks.ts, written as .xlsx, as the file picker hands them over. */
async function returnedXlsx(): Promise<{ name: string; mimeType: string; buffer: Buffer }[]> {
  const mimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return Promise.all(returnedFiles().map(async (f) => ({ name: f.name, mimeType, buffer: await buildWorkbook(f.sheets) })));
}

/** `Sheet!A1` of every cell whose value differs between two snapshots of the same workbook. */
function changedCells(before: Snapshot, after: Snapshot): string[] {
  const out: string[] = [];
  assert.deepEqual(after.sheets.map((x) => x.name), before.sheets.map((x) => x.name), 'the same sheets');
  for (const [i, sh] of after.sheets.entries()) {
    const old = before.sheets[i];
    const rows = Math.max(sh.values.length, old.values.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(sh.values[r]?.length ?? 0, old.values[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const a = old.values[r]?.[c] ?? null;
        const b = sh.values[r]?.[c] ?? null;
        if ((a === '' ? null : a) !== (b === '' ? null : b)) out.push(`${sh.name}!${String.fromCharCode(65 + c)}${r + 1}`);
      }
    }
  }
  return out.sort();
}

/** Picks the returned files: with the keyboard (Enter on the button opens the picker), or straight into the input. */
async function pickReturned(page: Page, how: 'keyboard' | 'input'): Promise<void> {
  const files = await returnedXlsx();
  if (how === 'keyboard') {
    // The listener goes on first and a round trip lets the browser take it in: the interception of the
    // picker is set up asynchronously, and a key pressed before it is ready opens a picker no one sees.
    const chosen = new Promise<FileChooser>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('Enter on the import button opened no file picker within 30 s')), 30_000);
      page.once('filechooser', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    await page.getByRole('button', { name: 'Nhập tệp đơn vị gửi về…' }).focus();
    await page.keyboard.press('Enter');
    const chooser = await chosen;
    assert.ok(chooser.isMultiple(), 'several files at once');
    await chooser.setFiles(files);
  } else {
    await page.getByTestId('import-input').setInputFiles(files);
  }
  await page.getByTestId('import-review').waitFor();
  await waitIdle(page);
}

async function runAxe(page: Page): Promise<{ id: string; impact: string | null; help: string; nodes: string[] }[]> {
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'sample: check shows no errors, one click writes both sheets, the pane shows the three nominees',
    run: (ctx) =>
      withPane(ctx, { snapshot: sampleSnapshot() }, async (page) => {
        await waitChecked(page);
        assert.equal(await text(page, '[data-testid=count-errors]'), '0 lỗi');
        assert.equal(await text(page, '[data-testid=units-found]'), 'Tìm thấy 14/14 trang tính đơn vị');
        assert.match(await text(page, 'h1'), /^Cụm thi đua số 1/);
        assert.match(await text(page, 'main'), /Số liệu tính đến 30\/11\/2019/);
        // the header links to the user guide, built beside the pane
        const guide = await page.getByTestId('guide-link').getAttribute('href');
        assert.equal(guide, new URL('huong-dan/index.html', ctx.url).toString());
        assert.equal((await page.request.get(guide)).status(), 200, 'the guide is served beside the pane');
        await ctx.shot(page, '01-check-clean');

        const before = await fake.sheetNames(page);
        await generate(page);
        assert.match(await text(page, '[data-testid=generate-done]'), /“Xếp hạng”, “Đề nghị khen thưởng”/);
        const nominees = await page.getByTestId('nominee').allTextContents();
        assert.equal(nominees.length, 3);
        NOMINEES.forEach(([name, sentence], i) => {
          assert.ok(nominees[i].includes(name), `nominee ${i + 1} is ${name}`);
          assert.ok(nominees[i].includes(sentence), `nominee ${i + 1} has "${sentence}"`);
        });
        const rows = await page.locator('[data-testid=ranking] tbody tr').allTextContents();
        assert.equal(rows.length, 14);
        assert.match(rows[0], /^1Lạng Sơn200%Vượt chỉ tiêu$/);
        assert.match(rows[13], /^14Hòa Bình25%Chưa hoàn thành$/);
        assert.equal(await page.locator('[data-testid=score-chart] li').count(), 14);
        await ctx.shot(page, '02-generate-done');

        // the workbook: both sheets added after the user's, marked as the tool's own, holding what core plans
        const after = await fake.sheetNames(page);
        assert.deepEqual(after, [...before, 'Xếp hạng', 'Đề nghị khen thưởng']);
        assert.deepEqual(await fake.marks(page), { ranking: 'Xếp hạng', nominations: 'Đề nghị khen thưởng' });
        const expected = await expectedOutputs(page, sampleSnapshot());
        for (const name of ['Xếp hạng', 'Đề nghị khen thưởng']) {
          assert.deepEqual(round(trimGrid(await fake.grid(page, name))), expected[name], `contents of ${name}`);
        }
        await assertDocuments(page, sampleSnapshot());
        const list = (await fake.grid(page, 'Đề nghị khen thưởng')).flat().join('|');
        for (const [name, sentence] of NOMINEES) assert.ok(list.includes(name) && list.includes(sentence));
        const summary = (await fake.grid(page, 'Xếp hạng')).flat().find((v) => typeof v === 'string' && v.startsWith('Tổng số:'));
        assert.match(String(summary), /^Tổng số: 22 vụ án, 14 vụ việc; 03\/14 đơn vị vượt chỉ tiêu/);

        // the buttons open each generated sheet
        await page.getByTestId('open-nominations').click();
        await waitIdle(page);
        assert.deepEqual(await fake.selection(page), { sheet: 'Đề nghị khen thưởng', cell: 'A1', active: 'Đề nghị khen thưởng' });
      }),
  },
  {
    name: 'Excel on the web’s 5 MB limits: a 7 MB workbook is read in measured requests and written; checked again, nothing is refused',
    run: (ctx) =>
      withPane(ctx, { snapshot: sampleSnapshot(), filler: { sheet: 'Phụ lục', rows: 8000, columns: 8, text: 'Ghi chú của Ban Nội chính Tỉnh ủy về việc phối hợp với các cơ quan tư pháp' } }, async (page) => {
        const LIMIT = 5 * 1024 * 1024;
        await waitChecked(page);
        assert.equal(await text(page, '[data-testid=count-errors]'), '0 lỗi');
        const first = await fake.stats(page);
        // the one response that would have held the whole workbook, refused
        assert.ok(Math.max(...first.responseBytes) > 7_000_000, `the workbook weighs ${Math.max(...first.responseBytes)} bytes on the wire`);
        // Only the first, optimistic request can meet the limit (nothing measured yet); the split read is not refused.
        assert.equal(first.refused, 1);
        await generate(page);
        assert.match(await text(page, '[data-testid=generate-done]'), /“Xếp hạng”, “Đề nghị khen thưởng”/);
        await page.getByTestId('tab-check').click();
        await page.getByTestId('recheck').click();
        await waitChecked(page);
        const after = await fake.stats(page);
        assert.equal(after.refused, 1, 'a workbook already measured is read without a refused request');
        for (const b of [...after.requestBytes, ...after.responseBytes.filter((_b, i) => i >= first.responseBytes.length)]) assert.ok(b <= LIMIT, `${b} bytes over the limit`);
        assert.deepEqual(await fake.marks(page), { ranking: 'Xếp hạng', nominations: 'Đề nghị khen thưởng' });
        assert.equal((await fake.grid(page, 'Phụ lục')).length, 8000);
      }),
  },
  {
    name: 'broken workbook: errors with their cells, a click (and Enter) selects the cell, generation refused',
    run: (ctx) =>
      withPane(ctx, { snapshot: brokenSnapshot() }, async (page) => {
        await waitChecked(page);
        assert.equal(await text(page, '[data-testid=count-errors]'), '2 lỗi');
        const groups = await page.locator('[data-testid=issue-group] h3').allTextContents();
        assert.deepEqual(groups.slice(0, 2), ['Cao Bằng (1)', 'Lai Châu (1)']);
        const laiChau = page.getByTitle('Đi tới ô E7 trên trang Lai Châu');
        assert.match((await laiChau.textContent()) ?? '', /Thiếu chỉ tiêu đăng ký của chỉ tiêu VA\.E7$/);
        await ctx.shot(page, '03-check-errors');

        await laiChau.click();
        await waitIdle(page);
        assert.deepEqual(await fake.selection(page), { sheet: 'Lai Châu', cell: 'E7', active: 'Lai Châu' });
        // keyboard: focus the other issue and press Enter
        await page.getByTitle('Đi tới ô F8 trên trang Cao Bằng').focus();
        await page.keyboard.press('Enter');
        await waitIdle(page);
        assert.deepEqual(await fake.selection(page), { sheet: 'Cao Bằng', cell: 'F8', active: 'Cao Bằng' });

        const before = await fake.snapshot(page);
        await generate(page);
        const blocked = await text(page, '[data-testid=generate-blocked]');
        assert.match(blocked, /Chưa thể xếp hạng/);
        assert.match(blocked, /Bảng tính còn 2 lỗi/);
        await ctx.shot(page, '04-generate-blocked');
        assert.deepEqual(await fake.snapshot(page), before, 'nothing written');
        assert.deepEqual(await fake.marks(page), {});
        await page.getByTestId('first-error').click();
        await waitIdle(page);
        assert.deepEqual(await fake.selection(page), { sheet: 'Cao Bằng', cell: 'F8', active: 'Cao Bằng' });
      }),
  },
  {
    name: "second run replaces only the tool's own sheets; the user's 'Xếp hạng' is never touched",
    run: (ctx) =>
      withPane(ctx, { snapshot: sampleWithUserSheets() }, async (page) => {
        await waitChecked(page);
        const userSheets = async () => ({ ranking: await fake.grid(page, 'Xếp hạng'), notes: await fake.grid(page, 'Ghi chú'), unit: await fake.grid(page, 'Bắc Giang') });
        const mine = await userSheets();
        await generate(page);
        const first = await fake.sheetNames(page);
        assert.deepEqual(first.slice(-2), ['Xếp hạng (2)', 'Đề nghị khen thưởng']);
        assert.deepEqual(await fake.marks(page), { ranking: 'Xếp hạng (2)', nominations: 'Đề nghị khen thưởng' });
        const firstOutputs = [await fake.grid(page, 'Xếp hạng (2)'), await fake.grid(page, 'Đề nghị khen thưởng')];

        await page.getByTestId('generate').click();
        await page.waitForSelector('[data-testid=generate-done]');
        await waitIdle(page);
        await ctx.shot(page, '05-second-run');
        assert.deepEqual(await fake.sheetNames(page), first, 'same sheets, same order');
        assert.deepEqual(await fake.marks(page), { ranking: 'Xếp hạng (2)', nominations: 'Đề nghị khen thưởng' });
        assert.deepEqual(await userSheets(), mine, "the user's sheets are unchanged");
        assert.deepEqual([await fake.grid(page, 'Xếp hạng (2)'), await fake.grid(page, 'Đề nghị khen thưởng')], firstOutputs);
        assert.equal(await page.getByTestId('nominee').count(), 3);
        // text that looks like a formula stayed text in the user's sheet and was read as text
        assert.equal((await fake.grid(page, 'Ghi chú'))[0][0], '=không phải công thức');
      }),
  },
  {
    name: 'template: creates settings + unit sheets for an edited roster, then refuses to overwrite',
    run: (ctx) =>
      withPane(ctx, { snapshot: emptySnapshot() }, async (page) => {
        await waitChecked(page);
        await page.getByTestId('tab-template').click();
        await page.getByLabel('Danh sách đơn vị (mỗi dòng một đơn vị)').fill('Bắc Giang\nLạng Sơn\nThái Nguyên');
        await page.getByLabel('Năm thi đua').fill('2024');
        await page.getByTestId('create-template').click();
        await page.waitForSelector('[data-testid=template-done]');
        await waitIdle(page);
        assert.deepEqual(await fake.sheetNames(page), ['Sheet1', 'Cấu hình', 'Bắc Giang', 'Lạng Sơn', 'Thái Nguyên']);
        assert.equal(await text(page, '[data-testid=units-found]'), 'Tìm thấy 3/3 trang tính đơn vị');
        assert.match(await text(page, 'main'), /Năm 2024/);
        const unit = await fake.grid(page, 'Lạng Sơn');
        assert.ok(unit.flat().includes('Chỉ tiêu đăng ký'), 'the unit sheet has its criteria table');
        await ctx.shot(page, '06-template-created');

        const before = await fake.snapshot(page);
        await page.getByTestId('create-template').click();
        await page.waitForSelector('[data-testid=failure]');
        await waitIdle(page);
        const bar = await text(page, '[data-testid=failure]');
        assert.match(bar, /Không tạo mẫu/);
        assert.match(bar, /Bảng tính đã có trang “Cấu hình”, “Bắc Giang”, “Lạng Sơn”, “Thái Nguyên”/);
        assert.deepEqual(await fake.snapshot(page), before, 'nothing written');
        await ctx.shot(page, '07-template-refused');
      }),
  },
  {
    name: 'template with the 2019 sample data, through the real adapter: checks clean and nominates three',
    run: (ctx) =>
      withPane(ctx, { snapshot: emptySnapshot() }, async (page) => {
        await waitChecked(page);
        await page.getByTestId('tab-template').click();
        await page.getByLabel(/Điền số liệu mẫu năm 2019/).check();
        await page.getByTestId('create-template').click();
        await page.waitForSelector('[data-testid=template-done]');
        await waitIdle(page);
        assert.equal((await fake.sheetNames(page)).length, 16);
        await page.getByTestId('tab-check').click();
        assert.equal(await text(page, '[data-testid=count-errors]'), '0 lỗi');
        await generate(page);
        assert.equal(await page.getByTestId('nominee').count(), 3);
      }),
  },
  {
    name: 'English UI from Office’s display language, and the language switch',
    run: (ctx) =>
      withPane(ctx, { snapshot: brokenSnapshot(), displayLanguage: 'en-US' }, async (page) => {
        await waitChecked(page);
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
        assert.deepEqual(await page.getByRole('tab').allTextContents(), ['Check', 'Rank', 'Template', 'Settings']);
        assert.equal(await text(page, '[data-testid=count-errors]'), '2 errors');
        assert.equal(await text(page, '[data-testid=units-found]'), 'Found 14 of 14 unit sheets');
        assert.ok(await page.getByTitle('Go to cell E7 on sheet Lai Châu').isVisible());
        assert.doesNotMatch(await text(page, '[data-testid=issue-list]'), /Thiếu chỉ tiêu/);
        await ctx.shot(page, '08-english');
        await page.getByRole('button', { name: 'VI Tiếng Việt' }).click();
        assert.equal(await text(page, '[data-testid=count-errors]'), '2 lỗi');
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi');
      }),
  },
  {
    name: 'dark theme from Office’s theme',
    run: (ctx) =>
      withPane(ctx, { snapshot: sampleSnapshot(), bodyBackgroundColor: '#262626' }, async (page) => {
        await waitChecked(page);
        assert.equal(await page.locator('[data-theme]').first().getAttribute('data-theme'), 'dark');
        const bg = await page.evaluate(() => getComputedStyle(document.querySelector('[data-theme]')!).backgroundColor);
        const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
        assert.ok(r < 80 && g < 80 && b < 80, `dark background, got ${bg}`);
        const fg = await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).color);
        assert.ok(Number((fg.match(/\d+/g) ?? ['0'])[0]) > 180, `light text, got ${fg}`);
        await generate(page);
        await ctx.shot(page, '09-dark-generate');
        await page.getByTestId('tab-check').click();
        await ctx.shot(page, '10-dark-check');
      }),
  },
  {
    name: 'keyboard only: tabs with arrows, settings view, open the settings sheet',
    run: (ctx) =>
      withPane(ctx, { snapshot: sampleSnapshot() }, async (page) => {
        await waitChecked(page);
        await page.getByTestId('tab-check').focus();
        await page.keyboard.press('End');
        assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Cài đặt');
        assert.equal(await page.getByRole('heading', { name: 'Cài đặt', level: 2 }).count(), 1);
        assert.match(await text(page, '[data-setting=cutoffDate]'), /30\/11\/2019.*Trang cấu hình/);
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Mở trang cấu hình');
        await page.keyboard.press('Enter');
        await waitIdle(page);
        assert.deepEqual(await fake.selection(page), { sheet: 'Cấu hình', cell: 'A1', active: 'Cấu hình' });
        await ctx.shot(page, '11-settings');
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowLeft');
        assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Xếp hạng');
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Xếp hạng và lập danh sách');
        await page.keyboard.press('Enter');
        await page.waitForSelector('[data-testid=generate-done]');
        await waitIdle(page);
        assert.equal(await page.getByTestId('nominee').count(), 3);
      }),
  },
  {
    name: 'ballots: the tally, the unit that fails the vote, the ballot not counted (click and Enter select); nominations only for the units that passed',
    run: (ctx) =>
      withPane(ctx, { snapshot: contestedBallotsSnapshot() }, async (page) => {
        await waitChecked(page);
        assert.equal(await text(page, '[data-testid=count-errors]'), '0 lỗi');
        assert.equal(await text(page, '[data-testid=ballots-summary]'), 'Trang “Phiếu bầu”: 13/14 phiếu hợp lệ. Đơn vị cần được trên 50% số phiếu hợp lệ.');
        assert.deepEqual(await page.getByTestId('candidate').allTextContents(), [
          'Bắc GiangĐạt12/13 phiếu (92,3%) · đủ điều kiện về kết quả',
          'Lạng SơnĐạt13/13 phiếu (100%) · đủ điều kiện về kết quả',
          'Thái NguyênKhông đạt6/13 phiếu (46,2%) · đủ điều kiện về kết quả',
          'Tuyên QuangKhông đạt0/13 phiếu (0%) · không đủ điều kiện về kết quả: phiếu không có tác dụng',
        ]);
        assert.match(await text(page, '[data-testid=failed-vote]'), /không được đề nghị.*: Thái Nguyên\.$/);
        const rejected = page.getByTestId('rejected-ballot');
        assert.equal(await rejected.count(), 1);
        assert.equal(await rejected.textContent(), 'Hà Giang: bầu quá số đơn vị tối đa (3)hàng 5');
        // the same ballot is in the issue list as a warning with its voter cell
        assert.ok(await page.locator('[data-issue-code=BALLOT_OVER_QUOTA]').isVisible());
        await page.getByTestId('ballots').scrollIntoViewIfNeeded();
        await ctx.shot(page, '13-ballots-tally');

        await rejected.click();
        await waitIdle(page);
        assert.deepEqual(await fake.selection(page), { sheet: 'Phiếu bầu', cell: 'A5:F5', active: 'Phiếu bầu' });
        // keyboard: the candidates are buttons in the tab order
        await page.getByTitle('Đi tới cột Lạng Sơn (ô D4) trên trang Phiếu bầu').focus();
        await page.keyboard.press('Enter');
        await waitIdle(page);
        assert.deepEqual(await fake.selection(page), { sheet: 'Phiếu bầu', cell: 'D4', active: 'Phiếu bầu' });
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('title')), 'Đi tới cột Thái Nguyên (ô E4) trên trang Phiếu bầu');

        await generate(page);
        const nominees = await page.getByTestId('nominee').allTextContents();
        assert.equal(nominees.length, 2);
        assert.match(nominees[0], /Ban Nội chính Tỉnh ủy Bắc Giang.*Số phiếu: 12\/13 \(92,3%\)$/);
        assert.match(nominees[1], /Ban Nội chính Tỉnh ủy Lạng Sơn.*Số phiếu: 13\/13 \(100%\)$/);
        await ctx.shot(page, '14-ballots-generate');

        // the workbook: the list names only the two that passed, each with its votes; the ranking names Thái Nguyên
        const list = (await fake.grid(page, 'Đề nghị khen thưởng')).flat().join('|');
        assert.ok(list.includes('Ban Nội chính Tỉnh ủy Bắc Giang') && list.includes('Số phiếu: 12/13 (92,3%)'));
        assert.ok(list.includes('Ban Nội chính Tỉnh ủy Lạng Sơn') && list.includes('Số phiếu: 13/13 (100%)'));
        assert.ok(!list.includes('Thái Nguyên'), 'Thái Nguyên failed the vote and is not on the list');
        const ranking = (await fake.grid(page, 'Xếp hạng')).flat().map(String);
        assert.ok(ranking.includes('6/13 (46,2%)'));
        assert.ok(ranking.some((v) => /Thái Nguyên/.test(v) && /50%/.test(v)), 'the ranking notes the unit that failed the vote');
        const expected = await expectedOutputs(page, contestedBallotsSnapshot());
        for (const name of ['Xếp hạng', 'Đề nghị khen thưởng']) {
          assert.deepEqual(round(trimGrid(await fake.grid(page, name))), expected[name], `contents of ${name}`);
        }
      }),
  },
  {
    name: 'ballots: the sample without a vote → create the ballots sheet: three candidate columns, 14 secret ballots; a second click refuses',
    run: (ctx) =>
      withPane(ctx, { snapshot: sampleSnapshot() }, async (page) => {
        await waitChecked(page);
        assert.match(await text(page, '[data-testid=ballots]'), /Bảng tính chưa có trang phiếu bầu/);
        assert.match(await text(page, '[data-testid=create-ballots-hint]'), /\(phiếu kín\).*\(Bắc Giang, Lạng Sơn, Thái Nguyên\), 14 hàng phiếu/);
        await page.getByTestId('ballots').scrollIntoViewIfNeeded();
        await ctx.shot(page, '15-ballots-none');
        const before = await fake.sheetNames(page);

        await page.getByRole('button', { name: 'Tạo phiếu bầu' }).click();
        await page.waitForSelector('[data-testid=ballots-created]');
        await waitIdle(page);
        assert.deepEqual(await fake.sheetNames(page), [...before, 'Phiếu bầu']);
        const grid = await fake.grid(page, 'Phiếu bầu');
        // anonymous ballots (the default): a ballot-number column, no voter names
        const h = grid.findIndex((row) => row.includes('Phiếu số'));
        assert.deepEqual(trimGrid([grid[h]])[0], ['Phiếu số', 'Bắc Giang', 'Lạng Sơn', 'Thái Nguyên']);
        const ballots = trimGrid(grid.slice(h + 1)).map((row) => row[0]);
        assert.deepEqual(ballots, Array.from({ length: 14 }, (_, i) => `Phiếu số ${i + 1}`));
        assert.ok(grid.slice(h + 1, h + 15).every((row) => row.slice(1, 4).every((v) => v === null || v === '')), 'marks are left blank');
        const validations = await fake.validations(page, 'Phiếu bầu');
        assert.equal(validations.length, 1);
        assert.equal(validations[0].range, `B${h + 2}:D${h + 15}`);
        assert.match(JSON.stringify(validations[0].rule), /"list"/);
        assert.match(await text(page, '[data-testid=ballots-created]'), /3 cột đơn vị được bầu \(Bắc Giang, Lạng Sơn, Thái Nguyên\), 14 hàng phiếu/);
        // checked again: the empty vote is shown, with what to do
        assert.equal(await page.getByTestId('candidate').count(), 3);
        assert.match(await text(page, '[data-testid=ballots-unmarked]'), /Chưa nhập phiếu bầu/);
        assert.equal(await text(page, '[data-testid=ballots-form]'), 'Hình thức: phiếu kín (không ghi tên)');
        await ctx.shot(page, '16-ballots-created');

        await page.getByTestId('open-ballots').click();
        await waitIdle(page);
        assert.deepEqual(await fake.selection(page), { sheet: 'Phiếu bầu', cell: 'A1', active: 'Phiếu bầu' });
        const after = await fake.snapshot(page);
        await page.getByTestId('create-ballots').click();
        await page.waitForSelector('[data-testid=ballots-exists]');
        await waitIdle(page);
        assert.match(await text(page, '[data-testid=ballots-exists]'), /Bảng tính đã có trang “Phiếu bầu”; công cụ không ghi đè trang này\./);
        assert.deepEqual(await fake.snapshot(page), after, 'nothing written');
      }),
  },
  {
    name: 'axe-core: no serious or critical violations on every view, light and dark',
    run: async (ctx) => {
      for (const dark of [false, true]) {
        for (const snapshot of [sampleSnapshot(), brokenSnapshot(), contestedBallotsSnapshot()]) {
          await withPane(ctx, { snapshot, bodyBackgroundColor: dark ? '#262626' : '#FFFFFF' }, async (page) => {
            await waitChecked(page);
            const found: string[] = [];
            const scan = async (where: string) => {
              for (const v of await runAxe(page)) found.push(`${where}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(', ')}`);
            };
            await scan('check');
            if (dark && snapshot.sheets.some((x) => x.name === 'Phiếu bầu')) {
              await page.getByTestId('ballots').scrollIntoViewIfNeeded();
              await ctx.shot(page, '17-ballots-dark');
            }
            await generate(page);
            await scan('generate');
            await page.getByTestId('tab-template').click();
            await page.getByTestId('create-template').click(); // refused: the sheets exist → the failure bar
            await page.waitForSelector('[data-testid=failure]');
            await waitIdle(page);
            await scan('template');
            await page.getByTestId('tab-settings').click();
            await scan('settings');
            assert.deepEqual(found, [], `axe (${dark ? 'dark' : 'light'})`);
          });
        }
      }
    },
  },
  {
    name: 'empty workbook: a welcome (no red error) that leads to the template view; light and dark',
    run: async (ctx) => {
      for (const dark of [false, true]) {
        await withPane(ctx, { snapshot: emptySnapshot(), bodyBackgroundColor: dark ? '#262626' : '#FFFFFF' }, async (page) => {
          await waitChecked(page);
          assert.match(await text(page, '[data-testid=welcome]'), /Bảng tính chưa có trang cấu hình hay trang đơn vị nào/);
          assert.equal(await page.getByTestId('count-errors').count(), 0, 'no error count');
          assert.equal(await page.getByTestId('issue-list').count(), 0, 'no list of errors');
          const found = (await runAxe(page)).map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(', ')}`);
          assert.deepEqual(found, [], 'axe on the welcome');
          await ctx.shot(page, `20-welcome-${dark ? 'dark' : 'light'}`);
          // keyboard: the button takes the user to the template view, focus on its tab
          await page.getByTestId('welcome-template').focus();
          await page.keyboard.press('Enter');
          await page.getByRole('heading', { name: 'Tạo mẫu', level: 2 }).waitFor();
          assert.equal(await page.evaluate(() => document.activeElement?.id), 'tab-template');
          assert.equal(await page.getByTestId('tab-template').getAttribute('aria-selected'), 'true');
          // the template view: this year, and this year's roster (10 successor provinces from 2025)
          const year = await page.evaluate(() => new Date().getFullYear());
          assert.equal(await page.getByTestId('year').inputValue(), String(year));
          assert.equal((await page.getByTestId('roster').inputValue()).split('\n').length, year >= 2025 ? 10 : 14);
          assert.match(await text(page, '[data-testid=roster-hint]'), new RegExp(`^Danh sách năm ${year}: ${year >= 2025 ? 10 : 14} đơn vị\\.`));
          const axeTemplate = (await runAxe(page)).map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(', ')}`);
          assert.deepEqual(axeTemplate, [], 'axe on the template view');
          await ctx.shot(page, `22-template-${dark ? 'dark' : 'light'}`);
        });
      }
    },
  },
  {
    name: 'round in progress: the pane opens on who is still to come; each unit (click and Enter) selects its first blank cell; ranking blocked',
    run: async (ctx) => {
      for (const dark of [false, true]) {
        await withPane(ctx, { snapshot: inProgressSnapshot(), bodyBackgroundColor: dark ? '#262626' : '#FFFFFF' }, async (page) => {
          await waitChecked(page);
          assert.equal(await text(page, '[data-testid=progress-summary]'), 'Đã đăng ký 13/14 · Đã báo cáo 8/14');
          const units = page.locator('[data-testid=round-progress] [data-testid=progress-unit]');
          const sheets = await units.evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet')));
          assert.deepEqual(sheets, [...IN_PROGRESS.toRegister, ...IN_PROGRESS.toReport, ...IN_PROGRESS.partial]);
          // no wall of red: the progress issues are in the view, not in the list
          assert.equal(await text(page, '[data-testid=count-errors]'), '1 lỗi');
          assert.equal(await page.locator('[data-issue-code=UNIT_NOT_REPORTED], [data-issue-code=UNIT_NOT_REGISTERED]').count(), 0);
          const found = (await runAxe(page)).map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(', ')}`);
          assert.deepEqual(found, [], 'axe on the progress view');
          await ctx.shot(page, `21-progress-${dark ? 'dark' : 'light'}`);
          if (dark) return;
          const expected: Record<string, string> = { 'Hòa Bình': 'E7', 'Bắc Kạn': 'F7', 'Yên Bái': 'F7', 'Điện Biên': 'F7', 'Lai Châu': 'F7', 'Phú Thọ': 'F8' };
          for (const [i, sheet] of sheets.entries()) {
            const unit = units.nth(i);
            if (i % 2 === 0) await unit.click();
            else {
              await unit.focus();
              await page.keyboard.press('Enter');
            }
            await waitIdle(page);
            assert.deepEqual(await fake.selection(page), { sheet, cell: expected[sheet!], active: sheet }, `unit ${sheet}`);
          }
          await generate(page);
          assert.match(await text(page, '[data-testid=generate-blocked]'), /Còn 6 đơn vị chưa báo cáo đủ/);
          assert.ok(!(await fake.sheetNames(page)).includes('Xếp hạng'), 'nothing ranked');
        });
      }
    },
  },
  {
    name: 'ballots: the tally form (biên bản kiểm phiếu) in the ballots section: the form named, the counts, a unit (click) selects its votes cell; the unit under the share is not nominated; light and dark',
    run: async (ctx) => {
      for (const dark of [false, true]) {
        await withPane(ctx, { snapshot: tallySnapshot(), bodyBackgroundColor: dark ? '#262626' : '#FFFFFF' }, async (page) => {
          await waitChecked(page);
          assert.equal(await text(page, '[data-testid=ballots-form]'), 'Hình thức: biên bản kiểm phiếu');
          assert.equal(await page.getByTestId('ballots-form').getAttribute('data-form'), 'tally');
          assert.equal(await text(page, '[data-testid=ballots-summary]'), 'Trang “Phiếu bầu”: 13 phiếu hợp lệ (phát ra 14, thu về 14). Đơn vị cần được trên 50% số phiếu hợp lệ.');
          const candidates = await page.getByTestId('candidate').allTextContents();
          assert.deepEqual(candidates, [
            'Bắc GiangĐạt12/13 phiếu (92,3%) · đủ điều kiện về kết quả',
            'Lạng SơnĐạt13/13 phiếu (100%) · đủ điều kiện về kết quả',
            'Thái NguyênKhông đạt6/13 phiếu (46,2%) · đủ điều kiện về kết quả',
          ]);
          const found = (await runAxe(page)).map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(', ')}`);
          assert.deepEqual(found, [], 'axe on the tally form');
          await page.getByTestId('ballots').scrollIntoViewIfNeeded();
          await ctx.shot(page, `23-ballots-tally-form-${dark ? 'dark' : 'light'}`);
          if (dark) return;
          await page.getByTestId('candidate').nth(2).click();
          await waitIdle(page);
          assert.deepEqual(await fake.selection(page), { sheet: 'Phiếu bầu', cell: 'C9', active: 'Phiếu bầu' });
          await generate(page);
          const nominees = await page.getByTestId('nominee').allTextContents();
          assert.equal(nominees.length, 2);
          assert.ok(!nominees.join('|').includes('Thái Nguyên'), 'Thái Nguyên, 6/13, is not nominated');
        });
      }
    },
  },
  {
    name: 'import of two returned files through the file picker: the change list with the conflict, confirm, the cells written in the workbook and nothing else; light and dark',
    run: async (ctx) => {
      for (const dark of [false, true]) {
        await withPane(ctx, { snapshot: inProgressSnapshot(), bodyBackgroundColor: dark ? '#262626' : '#FFFFFF' }, async (page) => {
          await waitChecked(page);
          assert.equal(await text(page, '[data-testid=progress-summary]'), 'Đã đăng ký 13/14 · Đã báo cáo 8/14');
          const before = await fake.snapshot(page);
          await pickReturned(page, dark ? 'input' : 'keyboard');
          // the review took the focus: a screen reader reads its heading
          assert.equal(await page.evaluate(() => document.activeElement?.id), 'import-heading');
          const files = await page.getByTestId('import-files').locator('li').allTextContents();
          assert.equal(files[0], 'Báo cáo thi đua 2019 - Bắc Kạn.xlsx: Bắc Kạn');
          assert.match(files[1], /^Yên Bái - sổ Cụm đã điền\.xlsx: .*Yên Bái/);
          const changes = await page.getByTestId('import-change').allTextContents();
          assert.deepEqual(changes, [
            // Bắc Kạn's file has VV above VA: each figure goes to its criterion's row in the cluster workbook
            'Bắc Kạn!F8: (trống) → 0từ Báo cáo thi đua 2019 - Bắc Kạn.xlsx › Bắc Kạn!F7',
            'Bắc Kạn!F7: (trống) → 1từ Báo cáo thi đua 2019 - Bắc Kạn.xlsx › Bắc Kạn!F8',
            'Yên Bái!E7: 2 → 3khác số đã cótừ Yên Bái - sổ Cụm đã điền.xlsx › Yên Bái!E7',
            'Yên Bái!F7: (trống) → 1từ Yên Bái - sổ Cụm đã điền.xlsx › Yên Bái!F7',
            'Yên Bái!F8: (trống) → 1từ Yên Bái - sổ Cụm đã điền.xlsx › Yên Bái!F8',
          ]);
          assert.equal(await page.locator('[data-testid=import-change][data-conflict]').count(), 1);
          assert.equal(await text(page, '[data-issue-code=IMPORT_CONFLICT]'), 'Yên Bái - sổ Cụm đã điền.xlsx › Yên Bái!E7: Ô đã có 2, tệp ghi 3 (Yên Bái!E7): chỉ ghi đè khi bạn xác nhận.');
          assert.match(await text(page, '[data-testid=import-summary]'), /^4 ô sẽ được ghi, 1 ô khác với số đã có, \d+ ô đã đúng\.$/);
          const found = (await runAxe(page)).map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(', ')}`);
          assert.deepEqual(found, [], 'axe on the import review');
          await page.getByTestId('import-review').scrollIntoViewIfNeeded();
          await ctx.shot(page, `24-import-review-${dark ? 'dark' : 'light'}`);
          assert.deepEqual(changedCells(before, await fake.snapshot(page)), [], 'nothing written before the confirmation');
          const written = ['Bắc Kạn!F7', 'Bắc Kạn!F8', 'Yên Bái!F7', 'Yên Bái!F8'];
          if (dark) {
            // keyboard only: tick "overwrite" with Space, confirm with Enter
            await page.getByTestId('import-overwrite').focus();
            await page.keyboard.press('Space');
            assert.equal(await text(page, '[data-testid=import-confirm]'), 'Ghi 5 ô vào bảng tính');
            await page.getByTestId('import-confirm').focus();
            await page.keyboard.press('Enter');
            written.push('Yên Bái!E7');
          } else {
            assert.equal(await text(page, '[data-testid=import-confirm]'), 'Ghi 4 ô vào bảng tính');
            await page.getByTestId('import-confirm').click();
          }
          await page.getByTestId('import-done').waitFor();
          await waitIdle(page);
          assert.equal(await text(page, '[data-testid=import-done]'), `Đã ghi ${written.length} ô vào các trang đơn vị.`);
          assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'import-done');
          const after = await fake.snapshot(page);
          // only the confirmed cells changed (and the attainment formulas beside them, which Excel computes anew)
          const changed = changedCells(before, after);
          assert.deepEqual(changed.filter((c) => !/![G]\d+$/.test(c)), written.sort());
          assert.ok(changed.filter((c) => /![G]\d+$/.test(c)).every((c) => /^(Bắc Kạn|Yên Bái)!G[78]$/.test(c)), `formula cells: ${changed}`);
          const grid = (sheet: string) => fake.grid(page, sheet);
          const bk = await grid('Bắc Kạn');
          const yb = await grid('Yên Bái');
          assert.deepEqual([bk[6][5], bk[7][5], yb[6][4], yb[6][5], yb[7][5]], [1, 0, dark ? 3 : 2, 1, 1]);
          // the progress view moved on: Bắc Kạn and Yên Bái have reported
          assert.equal(await text(page, '[data-testid=progress-summary]'), 'Đã đăng ký 13/14 · Đã báo cáo 10/14');
          await ctx.shot(page, `25-import-done-${dark ? 'dark' : 'light'}`);
        });
      }
    },
  },
  {
    name: 'import refused part-way by Excel (a protected unit sheet): the failure, the cells written and not written (no rollback), named by sheet and cell',
    run: (ctx) =>
      withPane(ctx, { snapshot: inProgressSnapshot(), protect: ['Yên Bái'] }, async (page) => {
        await waitChecked(page);
        const before = await fake.snapshot(page);
        await pickReturned(page, 'input');
        await page.getByTestId('import-confirm').click();
        await page.getByTestId('import-failed').waitFor();
        await waitIdle(page);
        assert.match(await text(page, '[data-testid=failure]'), /Excel không cho phép thay đổi bảng tính/);
        assert.match(await text(page, '[data-testid=import-failed]'), /Excel dừng giữa chừng: đã ghi 2\/4 ô, Excel không hoàn tác phần đã ghi\./);
        assert.equal(await text(page, '[data-testid=import-failed-written]'), 'Đã ghi: Bắc Kạn!F8, Bắc Kạn!F7');
        assert.equal(await text(page, '[data-testid=import-failed-missing]'), 'Chưa ghi: Yên Bái!F7, Yên Bái!F8');
        const changed = changedCells(before, await fake.snapshot(page)).filter((c) => !/!G\d+$/.test(c));
        assert.deepEqual(changed, ['Bắc Kạn!F7', 'Bắc Kạn!F8']);
        const found = (await runAxe(page)).map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(', ')}`);
        assert.deepEqual(found, [], 'axe on the failed import');
        await ctx.shot(page, '26-import-failed');
      }),
  },
  {
    name: 'office.js unreachable: after 10 s a message says so and what to do, not a blank pane',
    run: (ctx) =>
      withPane(ctx, { snapshot: emptySnapshot(), officeUnreachable: true }, async (page) => {
        await page.waitForSelector('[role=status]');
        assert.match(await text(page, 'body'), /Đang kết nối với Excel…/);
        await page.waitForSelector('[data-testid=office-timeout]', { timeout: 20_000 });
        const bar = await text(page, '[data-testid=office-timeout]');
        assert.match(bar, /Không tải được Office\.js/);
        assert.match(bar, /kiểm tra kết nối mạng/);
        await ctx.shot(page, '12-office-timeout');
      }),
  },
];
