/**
 * Writing sheet plans in ONE sync (DESIGN.md §3). Decisions are taken from the workbook as last read
 * (WorkbookState), because a second read before the write would cost another round trip; Excel itself
 * still refuses a name that became taken meanwhile (ItemAlreadyExists → "read again" message).
 */
import type { SheetPlan } from '../core/types';
import { WB } from '../i18n/workbook';
import { TOOL_MARK_NAMES } from '../core/plan/names';
import { indexOfName, markRoleOf, nextFreeName, sameName } from './names';
import { queueSheet } from './sheet';
import type { WorkbookState } from './read';

export interface WriteOptions {
  /** Suspend screen updating too (ExcelApi 1.9). */
  suspendScreen: boolean;
}

/**
 * Queues the generated sheets: a sheet is deleted only when the tool's mark names it (its own sheet from
 * a previous run); the new sheet takes its place in the tab order, or is added at the end under a free
 * name. Returns the names written and the state after the write (once synced).
 */
export function queueOutputs(context: Excel.RequestContext, state: WorkbookState, plans: SheetPlan[], options: WriteOptions): { written: string[]; after: WorkbookState } {
  const app = context.workbook.application;
  app.suspendApiCalculationUntilNextSync();
  if (options.suspendScreen) app.suspendScreenUpdatingUntilNextSync();
  const sheets = state.sheets.slice();
  const names = state.names.slice();
  const marks = { ...state.marks };
  const written: string[] = [];
  for (const plan of plans) {
    const role = markRoleOf(plan.role);
    const own = role ? marks[role] : undefined;
    let position = -1;
    if (own && (sameName(own, plan.name) || (plan.replaces !== undefined && sameName(own, plan.replaces)))) {
      position = indexOfName(sheets, own);
      if (position >= 0) {
        context.workbook.worksheets.getItem(sheets[position]).delete();
        sheets.splice(position, 1);
      }
    }
    const name = nextFreeName(plan.name, sheets);
    const ws = context.workbook.worksheets.add(name);
    if (position >= 0) {
      ws.position = position;
      sheets.splice(position, 0, name);
    } else sheets.push(name);
    queueSheet(ws, plan);
    if (role) {
      const markName = TOOL_MARK_NAMES[role];
      // A deleted sheet leaves its mark as #REF!: replace the name rather than leave it dangling.
      const old = names.findIndex((n) => sameName(n.name, markName));
      if (old >= 0) {
        context.workbook.names.getItem(names[old].name).delete();
        names.splice(old, 1);
      }
      const mark = context.workbook.names.add(markName, ws.getRange('A1'), WB.markComment);
      mark.visible = false;
      names.push({ name: markName, formula: `='${name.replace(/'/g, "''")}'!$A$1` });
      marks[role] = name;
    }
    written.push(name);
  }
  return { written, after: { sheets, names, marks } };
}

/** Queues new sheets (the template) after the last one and shows the first. Names were checked free. */
export function queueTemplate(context: Excel.RequestContext, plans: SheetPlan[], options: WriteOptions): void {
  const app = context.workbook.application;
  app.suspendApiCalculationUntilNextSync();
  if (options.suspendScreen) app.suspendScreenUpdatingUntilNextSync();
  plans.forEach((plan, i) => {
    const ws = context.workbook.worksheets.add(plan.name);
    queueSheet(ws, plan);
    if (i === 0) ws.activate();
  });
}
