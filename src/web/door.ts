/**
 * The web page's view of the .xlsx door: bytes → snapshot, bytes + plans → bytes. The page depends only on
 * this interface; the implementation (src/web/xlsxDoor.ts over src/xlsx, the same door as the command line)
 * is loaded when a file is first opened or a download is asked for, as its own chunk, so that the first
 * load stays small.
 */
import type { SheetPlan, Snapshot } from '../core';

/** An opened workbook: its snapshot, and what the door needs to write a copy of it. */
export interface OpenedWorkbook {
  snapshot: Snapshot;
  /** A copy of the input with the planned sheets added or replaced; the input's other parts untouched. */
  writeCopy(plans: SheetPlan[]): Promise<Uint8Array>;
}

export interface WebDoor {
  /** Throws the door's XlsxReadError (with a `code`) for a file that is not a readable .xlsx. */
  open(bytes: Uint8Array): Promise<OpenedWorkbook>;
  /** A new workbook holding just these sheets (the sample, the template). */
  newWorkbook(plans: SheetPlan[]): Promise<Uint8Array>;
}

let loading: Promise<WebDoor> | null = null;

/** The door, loaded once (a separate chunk, `xlsx.js`). */
export function loadDoor(): Promise<WebDoor> {
  loading ??= import(/* webpackChunkName: "xlsx" */ './xlsxDoor').then((m) => m.door);
  return loading;
}
