/**
 * Starting the pane in Office: wait for office.js, read language and theme, check that the host can run
 * the add-in (src/taskpane/host.ts), then build the Office.js workbook port.
 */
import type { Snapshot, WorkbookPort } from '../core';
import { createExcelPort } from '../excel/port';
import type { Started } from './Boot';
import { checkHost, HostUnsupported } from './host';
import { hostFacts, officeInfo, officeReady } from './office';

export async function startInOffice(getOffice?: Parameters<typeof officeReady>[0]): Promise<Started> {
  const ready = await officeReady(getOffice);
  globalThis.performance?.mark?.('thidua:office');
  const { lang, dark } = officeInfo(ready.office);
  // Outside Excel, or an Excel without a set the add-in needs: say so now (Boot shows it with a link to
  // the web page) rather than fail at the first workbook call ("Excel is not defined").
  const check = checkHost(hostFacts(ready));
  if (!check.ok) throw new HostUnsupported(check, ready.info.host === 'Excel' ? lang : undefined);
  // The port's errors carry both languages; `lang` only picks the one in their plain `message`.
  return { port: readingAhead(createExcelPort({ lang })), lang, dark };
}

/**
 * The port with its first read started now, while React mounts the pane: the first check takes that read
 * instead of starting another (Excel answers while the pane renders). Later reads go to the port.
 */
export function readingAhead(port: WorkbookPort): WorkbookPort {
  let first: Promise<Snapshot> | null = port.readSnapshot();
  // A failed read is the first check's to show; until the check takes it, it is not an unhandled rejection.
  first.catch(() => undefined);
  return {
    ...port,
    readSnapshot: () => {
      const read = first ?? port.readSnapshot();
      first = null;
      return read;
    },
  };
}
