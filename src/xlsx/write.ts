/**
 * Writing .xlsx files: a copy of the user's workbook with the tool's sheets (lossless, src/xlsx/copy.ts),
 * or a new workbook holding only planned sheets (the sample and the template, src/xlsx/render.ts).
 */
import type { SheetPlan } from '../core';
import { copyWithPlans, type Renderer } from './copy';
import type { XlsxPackage } from './package';
import { renderPlans } from './render';

/**
 * A copy of the input package (as read by `readSnapshot`) with the planned sheets added or replaced; every
 * other part as it was. Throws XlsxWriteError; the input package stays as read (it can be written again).
 */
export function writeWithPlans(pkg: XlsxPackage, plans: SheetPlan[], render?: Renderer): Promise<Uint8Array> {
  return copyWithPlans(pkg, plans, render);
}

/** A fresh workbook holding just these sheets, in order, with marks for the outputs among them. */
export function writeNewWorkbook(plans: SheetPlan[]): Promise<Uint8Array> {
  return renderPlans(plans, { marks: true });
}
