/**
 * Figures of the .xlsx door, each measured in a fresh node process (its peak RSS is the figure's memory):
 * - `read.ms.xfd15`, `read.peak_mb.xfd15`: reading 15 sheets that each hold one value in XFD1048576;
 * - `read.ms.bomb300`: how long until a file that unpacks to 300 MB is refused;
 * - `write.ms.1000`: writing the copy of a 1,000-unit workbook with the two generated sheets (the write
 *   alone: the input read, checked and planned before the clock starts);
 * - `write.peak_mb.1000`: that process's peak RSS (read + check + plan + write).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeNewWorkbook } from '../src/xlsx/write';
import { bombWorkbook, xfdWorkbook } from '../test/xlsx/packages';
import { syntheticPlans } from './synthetic';

interface Measured {
  ms: number;
  peakMb: number;
  outcome: string;
}

function inChild(script: string): Measured {
  const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as Measured;
}

const READ = (file: string) => `
  const { readWorkbookFile } = require('./src/xlsx/file.ts');
  (async () => {
    const t = performance.now();
    let outcome = 'read';
    try { await readWorkbookFile(${JSON.stringify(file)}); } catch (e) { outcome = String(e && e.code || e); }
    const ms = performance.now() - t;
    process.stdout.write(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, outcome }) + '\\n');
  })();
`;

const WRITE = (file: string) => `
  const { readWorkbookFile } = require('./src/xlsx/file.ts');
  const { writeWithPlans } = require('./src/xlsx/write.ts');
  const { evaluate, planOutputs } = require('./src/core/index.ts');
  (async () => {
    const r = await readWorkbookFile(${JSON.stringify(file)});
    const ev = evaluate(r.snapshot);
    if (ev.blocked) throw new Error('bench workbook has errors');
    const plans = planOutputs(r.snapshot, ev, { today: 43802 });
    const t = performance.now();
    const bytes = await writeWithPlans(r.pkg ?? r.workbook, plans);
    const ms = performance.now() - t;
    process.stdout.write(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, outcome: String(bytes.length) }) + '\\n');
  })();
`;

const round = (x: number, d = 1) => +x.toFixed(d);

export async function xlsxFigures(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-bench-xlsx-'));
  try {
    const xfd = join(dir, 'xfd15.xlsx');
    const bomb = join(dir, 'bomb300.xlsx');
    const big = join(dir, 'cluster-1000.xlsx');
    await writeFile(xfd, xfdWorkbook(15));
    await writeFile(bomb, bombWorkbook(300));
    await writeFile(big, await writeNewWorkbook(syntheticPlans(1000)));
    const x = inChild(READ(xfd));
    const b = inChild(READ(bomb));
    const w = inChild(WRITE(big));
    if (process.env.BENCH_VERBOSE) console.error({ xfd: x, bomb: b, write: w });
    return {
      'read.ms.xfd15': round(x.ms),
      'read.peak_mb.xfd15': round(x.peakMb),
      'read.ms.bomb300': round(b.ms),
      'write.ms.1000': round(w.ms),
      'write.peak_mb.1000': round(w.peakMb),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  xlsxFigures().then(
    (figs) => {
      for (const [k, v] of Object.entries(figs)) console.log(`${k}: ${v}`);
    },
    (e: unknown) => {
      console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    },
  );
}
