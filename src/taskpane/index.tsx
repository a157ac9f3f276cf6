/**
 * Entry of the task pane bundle. office.js comes from Microsoft's CDN by a script tag in taskpane.html
 * (never bundled); Boot waits for it (with a deadline), start.ts checks the host and builds the Office.js
 * workbook port, and the App renders.
 */
import { createRoot } from 'react-dom/client';
import { langFromLocale } from '../i18n';
import { Boot } from './Boot';
import { startInOffice } from './start';

// User-timing marks along the way to the first check (bundle run, React mounted, office.js ready, workbook
// read, check shown): the bench's breakdown of pane.first_render_ms, and visible in the browser's profiler.
globalThis.performance?.mark?.('thidua:bundle');

// Office is awaited (and the workbook's first read started) from here, while React mounts, not after.
const started = startInOffice();
started.catch(() => undefined); // Boot shows the failure
const start = () => started;

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(<Boot start={start} lang={langFromLocale(navigator.language)} />);
}
