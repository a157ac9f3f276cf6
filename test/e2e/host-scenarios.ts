/**
 * The pane outside Excel (issue 12), with the REAL office.js that `@microsoft/office-js` ships (dist/),
 * served in place of Microsoft's CDN: in a plain browser it reports no Office host, and the pane must say
 * plainly that it runs inside Excel and link to the web page, never "Excel báo lỗi: Excel is not defined".
 */
import assert from 'node:assert/strict';
import type { Scenario } from './scenarios';
import { routeRealOfficeJs } from './pane';

export const HOST_SCENARIOS: Scenario[] = [
  {
    name: 'outside Excel (real office.js, plain browser): the pane says it runs inside Excel and links to the web page; no raw error',
    async run(ctx) {
      const context = await ctx.browser.newContext({ viewport: { width: 360, height: 700 }, locale: 'vi-VN' });
      const served: string[] = [];
      const errors: string[] = [];
      try {
        // Nothing leaves the machine; office.js's own files come from the package, as the CDN would serve them.
        await routeRealOfficeJs(context, served);
        const page = await context.newPage();
        page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
        page.on('console', (m) => {
          // office.js itself logs a failed load of its telemetry frame (blocked above: another origin)
          if (m.type() === 'error' && !/telemetry|Failed to load resource/i.test(m.text())) errors.push(`console: ${m.text()}`);
        });
        await page.goto(new URL('taskpane.html', ctx.url).toString());
        const bar = page.getByTestId('host-unsupported');
        await bar.waitFor({ timeout: 20_000 });
        assert.ok(served.includes('office.js'), `the real office.js was served (${served.join(', ')})`);
        assert.equal(await bar.getAttribute('data-reason'), 'notExcel');
        const shown = (await page.textContent('body')) ?? '';
        assert.match(shown, /Ngăn này chỉ chạy bên trong Excel/);
        assert.match(shown, /Trang web Thi đua làm cùng công việc ngay trong trình duyệt/);
        assert.doesNotMatch(shown, /Excel báo lỗi|is not defined|Thử lại|Không khởi động được/);
        assert.equal(await page.getByTestId('start-failed').count(), 0);
        const link = page.getByRole('link', { name: 'Mở trang web Thi đua' });
        assert.equal(await link.getAttribute('href'), new URL('index.html', ctx.url).toString());
        await ctx.shot(page, 'host-outside-excel');
        // The link leads to the web page (opened in a new tab, as from Excel it opens the browser).
        const [web] = await Promise.all([context.waitForEvent('page'), link.click()]);
        await web.waitForLoadState('domcontentloaded');
        assert.equal(web.url(), new URL('index.html', ctx.url).toString());
        await web.getByTestId('privacy').waitFor();
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    },
  },
];
