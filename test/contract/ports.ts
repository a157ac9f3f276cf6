/**
 * The three workbook ports behind one face, for the contract suite: the memory port (src/memory), the
 * Office.js adapter (src/excel) over the fake Excel, and the .xlsx door (src/xlsx) through its public read
 * and write functions, a file's bytes standing for the workbook. Each starts from the same sheets, written
 * as the tool writes them.
 *
 * Only the .xlsx door needs translating: it has no "template into an open workbook", so `createTemplate`
 * writes the template's sheets into a copy of the file (refused when a name is taken), and its errors carry
 * the same meaning under other codes. Keep this file the only place that knows each door's entry points.
 */
import type { SheetPlan, Snapshot, WorkbookPort } from '../../src/core/types';
import { createExcelPort, type ExcelRun } from '../../src/excel';
import { createMemoryPort, MemoryWorkbook } from '../../src/memory';
import { readSnapshot as readXlsx, writeNewWorkbook, writeWithPlans } from '../../src/xlsx';
import { applyCellEdits } from '../../src/xlsx/edit';
import { createFakeExcel, FakeWorkbook, type FakeExcel } from '../fakes/excel';
import { withFunctions } from '../excel/helpers';

/** What every port says when it refuses, whatever its own error class and code. */
type Refusal = 'sheetExists' | 'badSheetName';

export interface ContractPort extends WorkbookPort {
  readonly kind: string;
  /** The refusal an error stands for, or null when it is not one. */
  refusal(error: unknown): Refusal | null;
  /** Round trips to Excel, where there are any. */
  readonly excel?: FakeExcel;
}

const codeOf = (error: unknown) => (error && typeof error === 'object' ? (error as { code?: unknown }).code : undefined);

function refusalOf(error: unknown, codes: Record<string, Refusal>): Refusal | null {
  const code = codeOf(error);
  return typeof code === 'string' ? (codes[code] ?? null) : null;
}

/** The memory port over a MemoryWorkbook holding the sheets. */
async function memoryPort(start: SheetPlan[]): Promise<ContractPort> {
  const port = createMemoryPort(MemoryWorkbook.fromPlans(start));
  return { ...port, kind: 'memory', refusal: (e) => refusalOf(e, { SHEETS_EXIST: 'sheetExists', BAD_SHEET_NAME: 'badSheetName' }) };
}

/** The real Office.js adapter over the fake Excel (5 MB payload limits on, as on the web). */
async function excelPort(start: SheetPlan[]): Promise<ContractPort> {
  const wb = withFunctions(new FakeWorkbook());
  wb.addSheet('Sheet1');
  const excel = createFakeExcel(wb);
  const port = createExcelPort({ run: excel.run as unknown as ExcelRun });
  await port.createTemplate(start);
  // A new workbook's first sheet, gone as a user would delete it: the workbook holds just the sheets.
  wb.sheets.splice(0, 1);
  return {
    readSnapshot: () => port.readSnapshot(),
    writePlans: (plans) => port.writePlans(plans),
    createTemplate: (plans) => port.createTemplate(plans),
    createBallots: (plan) => port.createBallots(plan),
    select: (sheet, cell) => port.select(sheet, cell),
    writeCells: (edits) => port.writeCells(edits),
    kind: 'excel',
    excel,
    refusal: (e) => refusalOf(e, { SHEETS_EXIST: 'sheetExists', BAD_SHEET_NAME: 'badSheetName' }),
  };
}

/** The .xlsx door: the workbook is a file's bytes; each write makes the next file from the last one. */
async function xlsxPort(start: SheetPlan[]): Promise<ContractPort> {
  let file: Uint8Array = await writeNewWorkbook(start);
  const write = async (plans: SheetPlan[]): Promise<string[]> => {
    const { pkg } = await readXlsx(file);
    file = await writeWithPlans(pkg, plans);
    return plans.map((p) => p.name);
  };
  return {
    kind: 'xlsx',
    readSnapshot: async (): Promise<Snapshot> => (await readXlsx(file)).snapshot,
    writePlans: write,
    createTemplate: write,
    createBallots: async (plan) => (await write([plan]))[0],
    select: async () => undefined,
    writeCells: async (edits) => {
      const { pkg } = await readXlsx(file);
      file = applyCellEdits(pkg, edits);
      return edits.length;
    },
    refusal: (e) => refusalOf(e, { SHEET_EXISTS: 'sheetExists', BAD_SHEET_NAME: 'badSheetName' }),
  };
}

export const PORTS: [string, (start: SheetPlan[]) => Promise<ContractPort>][] = [
  ['memory', memoryPort],
  ['excel', excelPort],
  ['xlsx', xlsxPort],
];
