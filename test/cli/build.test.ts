/**
 * The compiled command line (scripts/build-cli.mjs, run by `npm ci` through `prepare`) behaves as the
 * sources do: built here into test-results/, then run in a fresh node process on the sample, in both
 * languages, text and JSON, and on a refusal. Its start is a bench figure (cli.ratio_node.14), not a test.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main';

const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, 'test-results', 'cli-build');
let dir = '';

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), OUT], { cwd: ROOT, stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'thidua-cli-build-'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The built main in its own node process: exit code and what it printed. */
function runBuilt(argv: string[]): { code: number; out: string } {
  const script = `require(${JSON.stringify(join(OUT, 'thidua.cjs'))}).main(${JSON.stringify(argv)}, { out: (l) => process.stdout.write(l + '\\n'), err: (l) => process.stdout.write(l + '\\n') }).then((c) => { process.exitCode = c; })`;
  try {
    return { code: 0, out: execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' }) };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { code: err.status, out: err.stdout };
  }
}

async function runSources(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await main(argv, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  return { code, out: lines.map((l) => `${l}\n`).join('') };
}

test('the build lists the sources it was made from (bin/thidua.cjs falls back to tsx when one is newer)', () => {
  const inputs = JSON.parse(readFileSync(join(OUT, 'inputs.json'), 'utf8')) as string[];
  expect(inputs).toContain('src/cli/main.ts');
  expect(inputs).toContain('src/core/evaluate.ts');
  expect(inputs.every((f) => f.startsWith('src/'))).toBe(true);
});

test('the compiled command line writes the sample and checks and runs it exactly as the sources do', async () => {
  const sample = join(dir, 'sample.xlsx');
  expect(runBuilt(['sample', '-o', sample]).code).toBe(0);
  for (const argv of [
    ['check', sample],
    ['check', sample, '--json', '--lang', 'en'],
    ['run', sample, '-o', join(dir, 'missing-dir', 'out.txt')],
    ['frobnicate', '--lang', 'en'],
  ]) {
    const built = runBuilt(argv);
    const sources = await runSources(argv);
    expect({ argv, ...built }).toEqual({ argv, ...sources });
  }
  const out = join(dir, 'out.xlsx');
  const built = runBuilt(['run', sample, '-o', out, '--lang', 'en']);
  expect(built.code).toBe(0);
  expect(built.out).toContain('NOMINATION LIST (3 units)');
  expect(runBuilt(['check', out, '--json']).out).toContain('"ok":true');
}, 120_000);
