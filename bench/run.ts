/**
 * `npm run bench`: one `name: value` line per figure. Figures, not tests: nothing here fails on a number.
 * Set BENCH_SIZES=14,1000 to skip the 10,000-unit run; BENCH_PANE=0 to skip the browser figures; BENCH_CLI=0
 * to skip the command line's start.
 */
import { pipelineFigures } from './pipeline';
import { syncFigures } from './syncs';
import { cliFigures } from './cli';
import { xlsxFigures } from './xlsx';
import { measurePane } from '../test/e2e/measure';

function print(figs: object): void {
  for (const [k, v] of Object.entries(figs)) console.log(`${k}: ${v}`);
}

async function main(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '14,1000,10000').split(',').map(Number);
  print(await pipelineFigures(sizes));
  print(await syncFigures());
  if (process.env.BENCH_CLI !== '0') print(await cliFigures());
  print(await xlsxFigures());
  if (process.env.BENCH_PANE !== '0') {
    // the production bundle in headless Chromium over the fake Office host (needs /usr/bin/chromium)
    try {
      print(await measurePane());
    } catch (e) {
      console.error(`bench: pane figures not measured: ${(e as Error).message.split('\n')[0]}`);
    }
  }
}

main().catch((e) => {
  console.error(`bench: ${e?.message ?? e}`);
  process.exitCode = 1;
});
