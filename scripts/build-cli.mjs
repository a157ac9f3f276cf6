// Compiles the command line into build/thidua.cjs (one CommonJS file, run by bin/thidua.cjs), so that a
// start costs node plus one file instead of compiling TypeScript through tsx every time. Run by npm's
// `prepare` step, i.e. by `npm ci` / `npm install` themselves: `npm ci && npx thidua …` needs no extra step.
//
// fflate and saxes are bundled (small, and one file resolves faster than many); exceljs stays outside and
// is only loaded by the commands that write a workbook. build/inputs.json lists the sources the bundle was
// made from, so that bin/thidua.cjs can tell a stale build (a source edited since) and fall back to tsx.
//
//   node scripts/build-cli.mjs [OUTDIR]     default build/ (a test builds into test-results/ instead)
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(root, process.argv[2] ?? 'build');
mkdirSync(outdir, { recursive: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outfile: join(outdir, 'thidua.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['exceljs', 'exceljs/*'],
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
});
const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/')).map((f) => relative(root, resolve(root, f)));
writeFileSync(join(outdir, 'inputs.json'), JSON.stringify(inputs));
