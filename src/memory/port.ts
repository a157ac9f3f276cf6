/**
 * The WorkbookPort over a MemoryWorkbook: the same contract as the Office.js adapter, so the pane can be
 * tested (and demonstrated) without Excel. Writing replaces only the tool's own sheets (known by the
 * marks, not by name), a user's sheet is never touched, and template creation refuses any taken name.
 */
import type { CellWrite, SheetPlan, Snapshot, WorkbookPort } from '../core';
import { nextFreeName, parseA1, PortFailure, sameSheetName, sheetNameProblem, TOOL_MARK_NAMES } from '../core';
import type { Lang } from '../i18n';
import { et } from '../i18n/excel';
import { MemoryWorkbook, sheetFromPlan } from './workbook';

type MemoryOp = 'read' | 'write' | 'create' | 'select';

export interface MemoryPortOptions {
  /** Language of the errors the port throws (they are shown to the user as they are). */
  lang?: Lang | (() => Lang);
  /**
   * Called before each operation; may wait (to observe progress states) or throw (to simulate a host
   * failure). Tests only.
   */
  before?: (op: MemoryOp) => Promise<void> | void;
}

/**
 * An error meant for the user, a PortFailure like the Office.js adapter's: a code, the message in both
 * languages and the sheets concerned. The words are the adapter's own, so the pane says the same thing over
 * both ports.
 */
export class WorkbookError extends PortFailure<'SHEETS_EXIST' | 'SHEET_MISSING' | 'BAD_SHEET_NAME'> {
  constructor(code: 'SHEETS_EXIST' | 'SHEET_MISSING' | 'BAD_SHEET_NAME', lang: Lang, params: Record<string, string>, sheets: string[]) {
    super(code, { vi: et('vi', code, params), en: et('en', code, params) }, lang, sheets);
    this.name = 'WorkbookError';
  }
}

const MARK_ROLES = Object.keys(TOOL_MARK_NAMES) as (keyof typeof TOOL_MARK_NAMES)[];
const isMarkRole = (role: string): role is keyof typeof TOOL_MARK_NAMES => (MARK_ROLES as string[]).includes(role);


export function createMemoryPort(wb: MemoryWorkbook, options: MemoryPortOptions = {}): WorkbookPort {
  const lang = (): Lang => (typeof options.lang === 'function' ? options.lang() : (options.lang ?? 'vi'));
  const before = async (op: MemoryOp) => {
    if (options.before) await options.before(op);
  };
  const quoted = (names: string[]) => names.map((n) => `“${n}”`).join(', ');

  const freeName = (wanted: string): string => nextFreeName(wanted, wb.sheets.map((s) => s.name));

  /** Excel's rule for sheet names (core's, with `History`), checked before anything changes, as the adapter does. */
  const checkNames = (plans: SheetPlan[]): void => {
    const bad = plans.find((p) => sheetNameProblem(p.name) !== null);
    if (bad) throw new WorkbookError('BAD_SHEET_NAME', lang(), { sheet: bad.name }, [bad.name]);
  };

  /** New sheets only: refused (nothing written) when any planned name is taken. */
  const createSheets = (plans: SheetPlan[]): string[] => {
    checkNames(plans);
    const taken = plans.map((p) => wb.find(p.name)?.name).filter((n): n is string => !!n);
    if (taken.length > 0) throw new WorkbookError('SHEETS_EXIST', lang(), { sheets: quoted(taken) }, taken);
    for (const plan of plans) wb.insert(sheetFromPlan(plan, plan.name));
    if (plans[0]) wb.active = plans[0].name;
    return plans.map((p) => p.name);
  };

  return {
    async readSnapshot(): Promise<Snapshot> {
      await before('read');
      return wb.snapshot();
    },

    async writePlans(plans: SheetPlan[]): Promise<string[]> {
      await before('write');
      checkNames(plans);
      const written: string[] = [];
      for (const plan of plans) {
        const markName = isMarkRole(plan.role) ? TOOL_MARK_NAMES[plan.role] : null;
        const own = markName ? wb.names[markName] : undefined;
        let index = -1;
        // Only a sheet that the mark names is the tool's own; a stale `replaces` never deletes a user's sheet.
        if (own && wb.find(own) && (sameSheetName(own, plan.name) || (plan.replaces && sameSheetName(own, plan.replaces)))) {
          index = wb.indexOf(own);
          wb.remove(own);
        }
        const name = freeName(plan.name);
        wb.insert(sheetFromPlan(plan, name), index);
        if (markName) wb.names[markName] = name;
        written.push(name);
      }
      return written;
    },

    async createTemplate(plans: SheetPlan[]): Promise<string[]> {
      await before('create');
      return createSheets(plans);
    },

    async createBallots(plan: SheetPlan): Promise<string> {
      await before('create');
      return createSheets([plan])[0];
    },

    async writeCells(edits: CellWrite[]): Promise<number> {
      await before('write');
      // Every sheet first: nothing is written when one is missing.
      const missing = [...new Set(edits.map((e) => e.sheet))].filter((n) => !wb.find(n));
      if (missing.length > 0) throw new WorkbookError('SHEET_MISSING', lang(), { sheet: missing[0] }, missing);
      for (const e of edits) {
        const sheet = wb.find(e.sheet)!;
        const at = parseA1(e.cell);
        if (!at) throw new Error(`not a cell address: ${e.cell}`);
        (sheet.values[at.row] ??= [])[at.col] = e.value;
        if (sheet.types) (sheet.types[at.row] ??= [])[at.col] = 'number';
      }
      return edits.length;
    },

    async select(sheet: string, cell: string | null): Promise<void> {
      await before('select');
      const found = wb.find(sheet);
      if (!found) throw new WorkbookError('SHEET_MISSING', lang(), { sheet }, [sheet]);
      wb.active = found.name;
      wb.selections.push({ sheet: found.name, cell: cell ?? 'A1' });
    },
  };
}
