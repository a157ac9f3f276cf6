/** Pipeline figures: time against exceljs reading the same workbook from disk, and peak memory. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { evaluate, planOutputs } from '../src/core';
import { writeNewWorkbook } from '../src/xlsx/write';
import { readWorkbookFile } from '../src/xlsx/file';
import { syntheticPlans } from './synthetic';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timeIt(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

export async function pipelineFigures(sizes = [14, 1000, 10000]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const dir = await mkdtemp(join(tmpdir(), 'thidua-bench-'));
  try {
    for (const n of sizes) {
      const plans = syntheticPlans(n);
      const file = join(dir, `cluster-${n}.xlsx`);
      await writeFile(file, await writeNewWorkbook(plans));
      const runs = n <= 14 ? 20 : n <= 1000 ? 5 : 1;
      // exceljs reading the file (what every run of the command line pays anyway)
      const readMs = await timeIt(runs, () => readWorkbookFile(file));
      // the pipeline on the snapshot of that same file: parse + evaluate + plan
      const { snapshot } = await readWorkbookFile(file);
      await timeIt(1, () => planOutputs(snapshot, evaluate(snapshot))); // warm-up
      const ms = await timeIt(runs, () => planOutputs(snapshot, evaluate(snapshot)));
      out[`pipeline.ms.${n}`] = +ms.toFixed(2);
      out[`exceljs.read_ms.${n}`] = +readMs.toFixed(1);
      out[`pipeline.ratio.${n}`] = +(ms / readMs).toFixed(4);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  Object.assign(out, peakMb(10000));
  return out;
}

/**
 * Memory, in a fresh process that builds a synthetic snapshot and runs the pipeline on it. The figure is
 * the process's peak RSS (node itself + the snapshot + the pipeline): an upper bound of the pipeline alone.
 */
function peakMb(n: number): Record<string, number> {
  const script = `
    const { syntheticSnapshot } = require('./bench/synthetic.ts');
    const { evaluate, planOutputs } = require('./src/core/index.ts');
    const s = syntheticSnapshot(${n});
    global.gc();
    const snapshotRss = process.memoryUsage().rss;
    const ev = evaluate(s);
    const plans = planOutputs(s, ev);
    if (ev.units.length !== ${n} || plans.length !== 2) throw new Error('bad run');
    process.stdout.write(JSON.stringify({ snapshotRss, peak: process.resourceUsage().maxRSS * 1024 }));
  `;
  const res = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--require', 'tsx/cjs', '-e', script], { encoding: 'utf8' }));
  const mb = (b: number) => +(b / 1048576).toFixed(1);
  return { [`pipeline.peak_mb.${n}`]: mb(res.peak), [`pipeline.snapshot_rss_mb.${n}`]: mb(res.snapshotRss) };
}
