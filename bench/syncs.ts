/**
 * Round trips of the Office.js adapter (src/excel), measured by running it on the fake Excel of test/fakes
 * with Excel on the web's 5 MB payload limits switched on: `syncs.read.N` for reading the whole workbook,
 * `syncs.write.N` for writing the ranking and the nominations, at the 2019 sample (14 units) and at a
 * 500-sheet workbook (settings + 499 units). Budget (DESIGN.md §3): read ≤ 2, write 1. Requests are
 * measured as office.js serializes them (test/fakes/excel/request.ts): `write.request_kb.N` is the write's
 * request; at 500 units with long notes (a 14,400-character note on every nominee, half that on every
 * ranking row, ≈ 10 MB in all) `syncs.write.500_notes` and `write.max_request_kb.500_notes` show the split,
 * each request under the web's 5 MB. `read.refused.500`: requests Excel refused for their size while the
 * 500-sheet workbook was read and written.
 */
import { evaluate, planOutputs, planSample, snapshotFromPlans } from '../src/core';
import type { SheetPlan } from '../src/core/types';
import { createExcelPort, type ExcelRun } from '../src/excel';
import { ATTAINMENT } from '../src/functions/functions';
import { createFakeExcel, FakeWorkbook } from '../test/fakes/excel';
import { syntheticPlans } from './synthetic';

const WEB_LIMIT = 5 * 1024 * 1024;

const NOTE = 'Đơn vị đã hoàn thành xuất sắc nhiệm vụ phát hiện, xử lý các vụ án tham nhũng, kinh tế, chức vụ; ';

/** A note of `n` × NOTE on every nominee and half as long on every ranking row. */
function withNotes(plans: SheetPlan[], n: number): void {
  for (const row of plans[1].values) if (typeof row[0] === 'number') row[4] = NOTE.repeat(n);
  const width = Math.max(...plans[0].values.map((r) => r.length));
  for (const row of plans[0].values) if (typeof row[0] === 'number') row[width] = NOTE.repeat(n / 2);
}

interface Measured {
  read: number;
  write: number;
  sheets: number;
  responseBytes: number;
  /** Bytes of each write request. */
  requests: number[];
  refused: number;
}

async function measure(plans: SheetPlan[], notes = 0): Promise<Measured> {
  const wb = FakeWorkbook.fromSnapshot(snapshotFromPlans(plans));
  wb.functions['THIDUA.ATTAINMENT'] = ATTAINMENT as (...args: unknown[][][]) => unknown;
  wb.flags.requestLimitBytes = WEB_LIMIT;
  wb.flags.responseLimitBytes = WEB_LIMIT;
  const excel = createFakeExcel(wb);
  const port = createExcelPort({ run: excel.run as unknown as ExcelRun });
  let snapshot = null as Awaited<ReturnType<typeof port.readSnapshot>> | null;
  const read = await excel.syncsDuring(async () => {
    snapshot = await port.readSnapshot();
  });
  const evaluation = evaluate(snapshot!);
  if (evaluation.blocked) throw new Error('bench workbook has errors: nothing to write');
  const outputs = planOutputs(snapshot!, evaluation, { today: 43802 });
  if (notes > 0) withNotes(outputs, notes);
  const before = excel.stats.requestBytes.length;
  const write = await excel.syncsDuring(() => port.writePlans(outputs));
  return { read, write, sheets: plans.length, responseBytes: Math.max(...excel.stats.responseBytes), requests: excel.stats.requestBytes.slice(before), refused: excel.stats.refused };
}

const kb = (bytes: number) => Math.round(bytes / 1024);

export async function syncFigures(): Promise<Record<string, number>> {
  const small = await measure(planSample());
  const large = await measure(syntheticPlans(499));
  if (large.sheets !== 500) throw new Error(`expected 500 sheets, got ${large.sheets}`);
  const noted = await measure(syntheticPlans(499), 150);
  return {
    'syncs.read.14': small.read,
    'syncs.write.14': small.write,
    'write.request_kb.14': kb(small.requests[0]),
    'syncs.read.500': large.read,
    'syncs.write.500': large.write,
    'write.request_kb.500': kb(large.requests[0]),
    'syncs.write.500_notes': noted.write,
    'write.total_request_kb.500_notes': kb(noted.requests.reduce((n, b) => n + b, 0)),
    'write.max_request_kb.500_notes': kb(Math.max(...noted.requests)),
    'read.refused.500': large.refused,
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
