/**
 * The WorkbookPort over Office.js: the only module that calls `Excel.run` (DESIGN.md §1). Budget per call:
 * readSnapshot ≤ 2 syncs (more only past the payload limit), writePlans 1 sync after a read (one more per
 * 4.5 MB of request past the payload limit), createTemplate and createBallots 2 (names, then write), select 1,
 * writeCells 2 (names, then every cell in one batch).
 */
import type { CellWrite, SheetPlan, Snapshot, WorkbookPort } from '../core';
import type { Lang } from '../i18n';
import { PortError, toPortError } from './errors';
import { indexOfName } from './names';
import { readState, readWorkbook, type SheetWeight, type WorkbookState } from './read';
import { checkNames, planOutputWrites, planTemplateWrites, queueWrite, type WriteProgram } from './write';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelPortOptions {
  /** `Excel.run` (default: the global one from office.js); tests pass the fake's. */
  run?: ExcelRun;
  /** Language of the errors thrown (they are shown to the user as they are). */
  lang?: Lang | (() => Lang);
  /** Bytes a read's response may carry (default 80% of the web's 5 MB; tests make it small). */
  readBudget?: number;
  /** Estimated bytes a write's request may carry (default 90% of the web's 5 MB; tests make it small). */
  writeBudget?: number;
  /** Called with the estimated size of each write batch before it is sent (tests, bench). */
  onBatch?: (estimate: number) => void;
}

function defaultRun(): ExcelRun {
  return (batch) => Excel.run(batch);
}

export function createExcelPort(options: ExcelPortOptions = {}): WorkbookPort {
  const run = options.run ?? defaultRun();
  const lang = (): Lang => (typeof options.lang === 'function' ? options.lang() : (options.lang ?? 'vi'));
  // The workbook as last read or written (null before the first read, and while a write is unconfirmed).
  let state: WorkbookState | null = null;
  // What each sheet weighed at the last read: the next read sizes its requests from it.
  let weights: Map<string, SheetWeight> | undefined;

  async function guarded<T>(body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      throw toPortError(error, lang());
    }
  }

  const writeOptions = () => ({ budget: options.writeBudget });

  /** Sends a write's batches, one sync each (a single one whenever the write fits in a request). */
  async function send(context: Excel.RequestContext, program: WriteProgram): Promise<void> {
    for (const [i, batch] of program.batches.entries()) {
      options.onBatch?.(program.estimates[i]);
      queueWrite(context, batch);
      // One request per batch, on purpose: each must stay under the payload limit on its own.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  }

  /** New sheets only: refused (nothing written) when any planned name is taken. */
  function createSheets(plans: SheetPlan[]): Promise<string[]> {
    return guarded(() =>
      run(async (context) => {
        checkNames(plans, lang());
        const { state: now } = await readState(context);
        const taken = plans.map((p) => now.sheets[indexOfName(now.sheets, p.name)]).filter((n): n is string => n !== undefined);
        if (taken.length > 0) {
          throw new PortError('SHEETS_EXIST', lang(), { sheets: taken.map((n) => `“${n}”`).join(', ') }, null, taken);
        }
        state = null;
        await send(context, planTemplateWrites(plans, writeOptions()));
        state = { ...now, sheets: [...now.sheets, ...plans.map((p) => p.name)] };
        return plans.map((p) => p.name);
      }),
    );
  }

  return {
    readSnapshot(): Promise<Snapshot> {
      return guarded(() =>
        run(async (context) => {
          const result = await readWorkbook(context, { weights, budget: options.readBudget });
          state = result.state;
          weights = result.weights;
          return result.snapshot;
        }),
      );
    },

    writePlans(plans: SheetPlan[]): Promise<string[]> {
      return guarded(() =>
        run(async (context) => {
          checkNames(plans, lang());
          // The pane always reads before it writes; without a read, the sheet list costs one sync more.
          const before = state ?? (await readState(context)).state;
          state = null; // unknown until the write succeeds
          const program = planOutputWrites(before, plans, writeOptions());
          await send(context, program);
          state = program.after;
          return program.written;
        }),
      );
    },

    createTemplate(plans: SheetPlan[]): Promise<string[]> {
      return createSheets(plans);
    },

    async createBallots(plan: SheetPlan): Promise<string> {
      const [name] = await createSheets([plan]);
      return name;
    },

    writeCells(edits: CellWrite[]): Promise<number> {
      return guarded(() =>
        run(async (context) => {
          if (edits.length === 0) return 0;
          // The sheets must all be there before anything is written: a failed batch is not rolled back.
          const { state: now } = await readState(context);
          const missing = [...new Set(edits.map((e) => e.sheet))].filter((n) => indexOfName(now.sheets, n) < 0);
          if (missing.length > 0) throw new PortError('SHEET_MISSING', lang(), { sheet: missing[0] }, 'ItemNotFound', missing);
          const sheets = new Map<string, Excel.Worksheet>();
          for (const e of edits) {
            const name = now.sheets[indexOfName(now.sheets, e.sheet)];
            let ws = sheets.get(name);
            if (!ws) {
              ws = context.workbook.worksheets.getItem(name);
              sheets.set(name, ws);
            }
            // a number, never text: `values` takes it as the count it is
            ws.getRange(e.cell).values = [[e.value]];
          }
          await context.sync();
          state = now;
          return edits.length;
        }),
      );
    },

    select(sheet: string, cell: string | null): Promise<void> {
      return guarded(async () => {
        try {
          await run(async (context) => {
            const ws = context.workbook.worksheets.getItem(sheet);
            ws.activate();
            ws.getRange(cell ?? 'A1').select();
            await context.sync();
          });
        } catch (error) {
          const mapped = toPortError(error, lang());
          if (mapped.officeCode === 'ItemNotFound') throw new PortError('SHEET_MISSING', lang(), { sheet }, 'ItemNotFound', [sheet]);
          throw mapped;
        }
      });
    },
  };
}
