/**
 * exceljs 4.4.0 writes a sheet's print titles and print area (`_xlnm.Print_Titles`, `_xlnm.Print_Area`) as
 * `'<name>'!$1:$1` without doubling a `'` inside the sheet name. For a sheet such as `Ban's` that is not a
 * valid reference, and Excel has to repair the file. This re-quotes those references right after exceljs's
 * workbook writer collects them, and makes the rows of a print area absolute (`$A1:$E30` → `$A$1:$E$30`). Applied once; does nothing if exceljs's internals change shape.
 */
import { quoteSheetName } from '../core';

interface DefinedNameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}
interface WorkbookModel {
  sheets?: { name: string }[];
  definedNames?: DefinedNameModel[];
}
type Prepare = ((this: unknown, model: WorkbookModel, ...rest: unknown[]) => void) & { thiduaFixed?: boolean };

function requoteSheetRefs(model: WorkbookModel): void {
  for (const dn of model.definedNames ?? []) {
    if (dn.localSheetId === undefined || !/^_xlnm\.Print_(Titles|Area)$/.test(dn.name)) continue;
    // exceljs writes a print area as `$A1:$E30`; Excel writes (and expects) `$A$1:$E$30`
    if (dn.name === '_xlnm.Print_Area') dn.ranges = dn.ranges.map((r) => r.replace(/(\$[A-Z]{1,3})(\d+)(?=:|$)/g, '$1$$$2'));
    const sheet = model.sheets?.[dn.localSheetId];
    if (!sheet || !sheet.name.includes("'")) continue;
    const wrong = `'${sheet.name}'!`;
    dn.ranges = dn.ranges.map((r) => (r.startsWith(wrong) ? `${quoteSheetName(sheet.name)}!${r.slice(wrong.length)}` : r));
  }
}

export function fixPrintNameQuoting(): void {
  let proto: { prepare?: Prepare } | undefined;
  try {
    // Not part of exceljs's typed API: the writer's internals, pinned by package.json (exceljs 4.4.0).
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- an internal module, loaded only if present
    proto = (require('exceljs/lib/xlsx/xform/book/workbook-xform') as { prototype?: { prepare?: Prepare } }).prototype;
  } catch {
    return;
  }
  const original = proto?.prepare;
  if (!proto || typeof original !== 'function' || original.thiduaFixed) return;
  const fixed: Prepare = function (this: unknown, model: WorkbookModel, ...rest: unknown[]) {
    original.call(this, model, ...rest);
    requoteSheetRefs(model);
  };
  fixed.thiduaFixed = true;
  proto.prepare = fixed;
}
