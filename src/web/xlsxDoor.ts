/**
 * The web page's door over src/xlsx, the command line's own .xlsx door (environment-neutral: Uint8Array
 * in and out, no fs). Loaded lazily (src/web/door.ts).
 */
import { readSnapshot, writeNewWorkbook, writeWithPlans } from '../xlsx';
import type { WebDoor } from './door';

export const door: WebDoor = {
  async open(bytes) {
    const { snapshot, pkg } = await readSnapshot(bytes);
    return { snapshot, writeCopy: (plans) => writeWithPlans(pkg, plans) };
  },
  newWorkbook: (plans) => writeNewWorkbook(plans),
};
