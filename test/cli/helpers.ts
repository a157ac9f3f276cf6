/** What the command-line suites share: running `main` with captured output, and a temporary folder per suite. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

/** Runs the command line in-process: exit code, the lines printed, and the JSON when asked for. */
export async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err, json: () => JSON.parse(out.join('\n')) };
}

/** A fresh temporary folder for the suite, made before its tests: `tmp.dir`, and `tmp.file` writes a file in it. */
export function suiteFolder(prefix: string): { dir: string; file: (name: string, bytes: Buffer | Uint8Array) => Promise<string> } {
  const tmp = {
    dir: '',
    async file(name: string, bytes: Buffer | Uint8Array): Promise<string> {
      const p = join(tmp.dir, name);
      await writeFile(p, bytes);
      return p;
    },
  };
  beforeAll(async () => {
    tmp.dir = await mkdtemp(join(tmpdir(), prefix));
  });
  return tmp;
}
