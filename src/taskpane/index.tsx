/**
 * Entry of the task pane bundle. office.js comes from Microsoft's CDN by a script tag in taskpane.html
 * (never bundled); this waits for Office.onReady (with a deadline, see Boot), reads language and theme
 * from Office, builds the Office.js workbook port and renders the App.
 */
import { createRoot } from 'react-dom/client';
import { langFromLocale } from '../i18n';
import { createExcelPort } from '../excel/port';
import { Boot, type Started } from './Boot';
import { officeInfo, officeReady } from './office';

async function start(): Promise<Started> {
  const office = await officeReady();
  const { lang, dark } = officeInfo(office);
  // The port's errors carry both languages; `lang` only picks the one in their plain `message`.
  return { port: createExcelPort({ lang }), lang, dark };
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(<Boot start={start} lang={langFromLocale(navigator.language)} />);
}
