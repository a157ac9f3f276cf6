/**
 * Round trips of the Office.js adapter (src/excel), measured by running it on the fake Excel of test/fakes
 * with Excel on the web's 5 MB payload limits switched on: `syncs.read.N` for reading the whole workbook,
 * `syncs.write.N` for writing the ranking and the nominations, at the 2019 sample (14 units) and at a
 * 500-sheet workbook (settings + 499 units). Budget (DESIGN.md §3): read ≤ 2, write 1.
 */
import { evaluate, planOutputs, planSample, snapshotFromPlans } from '../src/core';
import type { SheetPlan } from '../src/core/types';
import { createExcelPort, type ExcelRun } from '../src/excel';
import { ATTAINMENT } from '../src/functions/functions';
import { createFakeExcel, FakeWorkbook } from '../test/fakes/excel';
import { syntheticPlans } from './synthetic';

const WEB_LIMIT = 5 * 1024 * 1024;

async function measure(plans: SheetPlan[]): Promise<{ read: number; write: number; sheets: number; responseBytes: number }> {
  const wb = FakeWorkbook.fromSnapshot(snapshotFromPlans(plans));
  wb.functions['THIDUA.ATTAINMENT'] = ATTAINMENT as (...args: unknown[][][]) => unknown;
  wb.flags.requestLimitBytes = WEB_LIMIT;
  wb.flags.responseLimitBytes = WEB_LIMIT;
  const excel = createFakeExcel(wb);
  const port = createExcelPort({ run: excel.run as unknown as ExcelRun, isSetSupported: excel.isSetSupported });
  let snapshot = null as Awaited<ReturnType<typeof port.readSnapshot>> | null;
  const read = await excel.syncsDuring(async () => {
    snapshot = await port.readSnapshot();
  });
  const evaluation = evaluate(snapshot!);
  if (evaluation.blocked) throw new Error('bench workbook has errors: nothing to write');
  const outputs = planOutputs(snapshot!, evaluation, { today: 43802 });
  const write = await excel.syncsDuring(() => port.writePlans(outputs));
  return { read, write, sheets: plans.length, responseBytes: Math.max(...excel.stats.responseBytes) };
}

export async function syncFigures(): Promise<Record<string, number>> {
  const small = await measure(planSample());
  const large = await measure(syntheticPlans(499));
  if (large.sheets !== 500) throw new Error(`expected 500 sheets, got ${large.sheets}`);
  return {
    'syncs.read.14': small.read,
    'syncs.write.14': small.write,
    'syncs.read.500': large.read,
    'syncs.write.500': large.write,
  };
}

if (require.main === module) {
  syncFigures().then(
    (figs) => {
      for (const [k, v] of Object.entries(figs)) console.log(`${k}: ${v}`);
    },
    (e: unknown) => {
      console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    },
  );
}
