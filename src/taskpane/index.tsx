/**
 * Entry of the task pane bundle. office.js comes from Microsoft's CDN by a script tag in taskpane.html
 * (never bundled); start.ts waits for it (Boot keeps the deadline), checks the host, builds the Office.js
 * workbook port and reads and checks the workbook; the App renders with that check.
 */
import { createRoot } from 'react-dom/client';
import { langFromLocale } from '../i18n';
import { t } from '../i18n/ui';
import { Boot, settleFirst, type BootState } from './Boot';
import { startInOffice } from './start';

// User-timing marks along the way to the first check (bundle run, Office ready, workbook read, React
// mounted, check shown): the bench's breakdown of pane.first_render_ms, and visible in the browser's profiler.
globalThis.performance?.mark?.('thidua:bundle');

/** How long the pane waits for a quick start before it renders a spinner (React then mounts twice). */
const QUICK_START_MS = 300;

// Office is awaited, and the workbook read and checked, from here: not after React has mounted.
const started = startInOffice();
started.catch(() => undefined); // Boot shows the failure
const start = () => started;
const lang = langFromLocale(navigator.language);

const container = document.getElementById('root');
if (container) {
  // Until React renders: a plain line in the browser's language, in the live region Boot will keep.
  const status = document.createElement('div');
  status.setAttribute('role', 'status');
  status.style.cssText = 'padding:16px;font-size:14px';
  status.textContent = t(lang, 'loadingOffice');
  container.replaceChildren(status);
  let settled: BootState | undefined;
  const outcome = settleFirst(started).then((s) => (settled = s));
  const quick = new Promise((resolve) => setTimeout(resolve, QUICK_START_MS));
  void Promise.race([outcome, quick]).then(() => {
    createRoot(container).render(<Boot start={start} lang={lang} settled={settled} />);
  });
}
