/**
 * Writing sheet plans (DESIGN.md §3): in ONE sync up to the payload limit, in as few as the limit allows
 * past it. Decisions are taken from the workbook as last read (WorkbookState), because a second read before
 * the write would cost another round trip; Excel itself still refuses a name that became taken meanwhile
 * (ItemAlreadyExists → "read again" message).
 *
 * Excel does not roll a failed batch back: what ran before the failing action stays. So each generated
 * sheet is added and marked (its workbook-level name, core's `markRef`) in the same batch, before any of
 * its content: a write that fails halfway leaves a sheet the tool knows as its own, which the next run
 * replaces (no `Xếp hạng (2)`, `(3)` … piling up).
 */
import type { SheetPlan } from '../core';
import { WB } from '../core';
import { markRef, sheetNameProblem, TOOL_MARK_NAMES } from '../core';
import { CALL_BYTES, measureQueued, packBatches, PATH_BYTES, queueBatch, REQUEST_BUDGET, SET_BYTES, SHEET_BYTES, sliceBytes, type Step } from './batch';
import { PortError } from './errors';
import type { Lang } from '../i18n';
import { indexOfName, markRoleOf, nextFreeName, sameName } from './names';
import { jsonBytes } from './payload';
import { cellExtent, formulaMatrix, numberFormats, queueCells, queueLayout } from './sheet';
import type { WorkbookState } from './read';

export interface WriteOptions {
  /** Estimated bytes one request may carry (default REQUEST_BUDGET; tests make it small). */
  budget?: number;
}

/** The batches of a write, in order, and the names written. */
export interface WriteProgram {
  batches: Step[][];
  written: string[];
  /** Estimated request bytes of each batch. */
  estimates: number[];
}

/** What each batch starts with: the request's envelope, calculation (and screen updating) suspended. */
const PROLOGUE_BYTES = 64 + 2 * PATH_BYTES + 2 * CALL_BYTES;

/** Refuses, before anything is queued, a name Excel would refuse (core's rule, with `History`). */
export function checkNames(plans: SheetPlan[], lang: Lang): void {
  for (const plan of plans) {
    if (sheetNameProblem(plan.name) !== null) throw new PortError('BAD_SHEET_NAME', lang, { sheet: plan.name }, null, [plan.name]);
  }
}

/**
 * The cells of a plan as steps of at most a quarter of the budget each (rows in order), so that a large
 * sheet spreads over requests while a small one stays a single step.
 */
function cellSteps(plan: SheetPlan, name: string, budget: number): Step[] {
  const { rows, cols, valueRows, valueCols } = cellExtent(plan);
  if (rows === 0 || cols === 0) return [];
  const nf = numberFormats(plan, rows, cols);
  const fm = valueRows > 0 && valueCols > 0 ? formulaMatrix(plan, valueRows, valueCols) : [];
  const rowBytes = (r: number) => jsonBytes(nf[r]) + 1 + (r < fm.length ? jsonBytes(fm[r]) + 1 : 0);
  const band = (from: number, to: number, bytes: number): Step => ({
    bytes: bytes + SHEET_BYTES + jsonBytes(name) + 2 * (CALL_BYTES + 32 + SET_BYTES) + sliceBytes(to - from, cols) + sliceBytes(Math.min(to, valueRows) - Math.min(from, valueRows), valueCols),
    queue: (b) => queueCells(b.sheet(name), plan, from, to),
  });
  const steps: Step[] = [];
  const most = Math.max(1, Math.floor(budget / 4));
  let from = 0;
  let bytes = 0;
  for (let r = 0; r < rows; r++) {
    const size = rowBytes(r);
    if (r > from && bytes + size > most) {
      steps.push(band(from, r, bytes));
      from = r;
      bytes = 0;
    }
    bytes += size;
  }
  steps.push(band(from, rows, bytes));
  return steps;
}

/** The layout of a plan as one step, measured by running it against the recorder. */
function layoutStep(plan: SheetPlan, name: string): Step {
  return { bytes: measureQueued((ws) => queueLayout(ws, plan)), queue: (b) => queueLayout(b.sheet(name), plan) };
}

/**
 * The generated sheets as batches: a sheet is deleted only when the tool's mark names it (its own sheet
 * from a previous run); the new sheet takes its place in the tab order, or is added at the end under a
 * free name, and is marked at once; then its cells (in bands if large), then its layout.
 */
export function planOutputWrites(state: WorkbookState, plans: SheetPlan[], options: WriteOptions): WriteProgram & { after: WorkbookState } {
  const budget = options.budget ?? REQUEST_BUDGET;
  const sheets = state.sheets.slice();
  const names = state.names.slice();
  const marks = { ...state.marks };
  const written: string[] = [];
  const steps: Step[] = [];
  for (const plan of plans) {
    const role = markRoleOf(plan.role);
    const own = role ? marks[role] : undefined;
    let position = -1;
    let deleted: string | null = null;
    if (own && (sameName(own, plan.name) || (plan.replaces !== undefined && sameName(own, plan.replaces)))) {
      position = indexOfName(sheets, own);
      if (position >= 0) {
        deleted = sheets[position];
        sheets.splice(position, 1);
      }
    }
    const name = nextFreeName(plan.name, sheets);
    if (position >= 0) sheets.splice(position, 0, name);
    else sheets.push(name);
    let staleMark: string | null = null;
    const markName = role ? TOOL_MARK_NAMES[role] : null;
    if (markName) {
      // A deleted sheet leaves its mark as #REF!: replace the name rather than leave it dangling.
      const old = names.findIndex((n) => sameName(n.name, markName));
      if (old >= 0) {
        staleMark = names[old].name;
        names.splice(old, 1);
      }
      names.push({ name: markName, formula: `=${markRef(name)}` });
      if (role) marks[role] = name;
    }
    steps.push(headStep(name, position, deleted, markName, staleMark));
    steps.push(...cellSteps(plan, name, budget), layoutStep(plan, name));
    written.push(name);
  }
  return { ...pack(steps, budget), written, after: { sheets, names, marks } };
}

/** Adds the sheet and marks it, in that order and in one step: never one without the other in a batch. */
function headStep(name: string, position: number, deleted: string | null, markName: string | null, staleMark: string | null): Step {
  return {
    bytes: SHEET_BYTES + 2 * PATH_BYTES + 4 * CALL_BYTES + 2 * SET_BYTES + 4 * jsonBytes(name) + 2 * (markName ? jsonBytes(markName) + jsonBytes(WB.markComment) : 0) + jsonBytes(staleMark ?? ''),
    queue: (b) => {
      const { workbook } = b.context;
      if (deleted !== null) workbook.worksheets.getItem(deleted).delete();
      if (staleMark !== null) workbook.names.getItem(staleMark).delete();
      const ws = workbook.worksheets.add(name);
      if (position >= 0) ws.position = position;
      b.added(name, ws);
      if (markName) {
        const mark = workbook.names.add(markName, `=${markRef(name)}`, WB.markComment);
        mark.visible = false;
      }
    },
  };
}

/** New sheets (the template) after the last one, the first one shown. Names were checked free. */
export function planTemplateWrites(plans: SheetPlan[], options: WriteOptions): WriteProgram {
  const budget = options.budget ?? REQUEST_BUDGET;
  const steps: Step[] = [];
  for (const plan of plans) {
    steps.push({
      bytes: SHEET_BYTES + CALL_BYTES + jsonBytes(plan.name),
      queue: (b) => b.added(plan.name, b.context.workbook.worksheets.add(plan.name)),
    });
    steps.push(...cellSteps(plan, plan.name, budget), layoutStep(plan, plan.name));
  }
  const first = plans[0]?.name;
  if (first !== undefined) steps.push({ bytes: SHEET_BYTES + CALL_BYTES + jsonBytes(first), queue: (b) => b.sheet(first).activate() });
  return { ...pack(steps, budget), written: plans.map((p) => p.name) };
}

function pack(steps: Step[], budget: number): { batches: Step[][]; estimates: number[] } {
  const batches = packBatches(steps, budget, PROLOGUE_BYTES);
  return { batches, estimates: batches.map((b) => b.reduce((n, s) => n + s.bytes, PROLOGUE_BYTES)) };
}

/** Queues one batch, calculation (and screen updating) suspended until its sync. */
export function queueWrite(context: Excel.RequestContext, batch: Step[]): void {
  const app = context.workbook.application;
  app.suspendApiCalculationUntilNextSync();
  app.suspendScreenUpdatingUntilNextSync(); // ExcelApi 1.9, which the pane requires (taskpane/host.ts)
  queueBatch(context, batch);
}
