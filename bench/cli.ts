/**
 * Command-line start: `thidua check` on the 14-unit sample as a user runs it (a fresh node process through
 * bin/thidua.cjs, i.e. the build made by `npm ci`), against a bare `node -e 0` measured in the same run,
 * interleaved so that both see the same machine load. `cli.check_ms.14` and `cli.ratio_node.14` (goal ≤ 3);
 * `cli.check_tsx_ms.14` is the development fallback (sources through tsx) for comparison.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const BIN = join(ROOT, 'bin', 'thidua.cjs');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeRun(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: 'ignore' });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${r.status}`);
  return ms;
}

export async function cliFigures(runs = 9): Promise<Record<string, number>> {
  // what `npm ci` does (the prepare step), in case the sources changed since
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, stdio: 'inherit' });
  const dir = await mkdtemp(join(tmpdir(), 'thidua-bench-cli-'));
  try {
    const file = join(dir, 'sample-14.xlsx');
    execFileSync(process.execPath, [BIN, 'sample', '-o', file], { cwd: ROOT, stdio: 'ignore' });
    const env = { ...process.env, THIDUA_TSX: '' };
    timeRun([BIN, 'check', file], env); // warm the file cache
    const node: number[] = [];
    const check: number[] = [];
    const tsx: number[] = [];
    for (let i = 0; i < runs; i++) {
      node.push(timeRun(['-e', '0']));
      check.push(timeRun([BIN, 'check', file], env));
      if (i < 3) tsx.push(timeRun([BIN, 'check', file], { ...process.env, THIDUA_TSX: '1' }));
    }
    return {
      'cli.node_ms': Math.round(median(node)),
      'cli.check_ms.14': Math.round(median(check)),
      'cli.ratio_node.14': +(median(check) / median(node)).toFixed(2),
      'cli.check_tsx_ms.14': Math.round(median(tsx)),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
