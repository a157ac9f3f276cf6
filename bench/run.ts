/**
 * `npm run bench`: one `name: value` line per figure. Figures, not tests: nothing here fails on a number.
 * Set BENCH_SIZES=14,1000 to skip the 10,000-unit run.
 */
import { pipelineFigures } from './pipeline';
import { syncFigures } from './syncs';

async function main(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '14,1000,10000').split(',').map(Number);
  const print = (figs: Record<string, number>) => {
    for (const [k, v] of Object.entries(figs)) console.log(`${k}: ${v}`);
  };
  print(await pipelineFigures(sizes));
  print(await syncFigures());
}

main().catch((e) => {
  console.error(`bench: ${e?.message ?? e}`);
  process.exitCode = 1;
});
