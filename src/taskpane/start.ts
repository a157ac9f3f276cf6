/**
 * Starting the pane in Office: wait for office.js, read language and theme, check that the host can run
 * the add-in (src/taskpane/host.ts), then build the Office.js workbook port.
 */
import { createExcelPort } from '../excel/port';
import type { Started } from './Boot';
import { checkHost, HostUnsupported } from './host';
import { hostFacts, officeInfo, officeReady } from './office';
import { firstCheck } from './usePane';

export async function startInOffice(getOffice?: Parameters<typeof officeReady>[0]): Promise<Started> {
  const ready = await officeReady(getOffice);
  globalThis.performance?.mark?.('thidua:office');
  const { lang, dark } = officeInfo(ready.office);
  // Outside Excel, or an Excel without a set the add-in needs: say so now (Boot shows it with a link to
  // the web page) rather than fail at the first workbook call ("Excel is not defined").
  const check = checkHost(hostFacts(ready));
  if (!check.ok) throw new HostUnsupported(check, ready.info.host === 'Excel' ? lang : undefined);
  // The port's errors carry both languages; `lang` only picks the one in their plain `message`.
  const port = createExcelPort({ lang });
  // The workbook is read and checked now, while React mounts: the pane's first render shows the check.
  return { port, lang, dark, first: firstCheck(port) };
}
