/**
 * Bundles the fake office.js for the browser. esbuild comes with tsx (a dependency of the project), so no
 * extra install; the fake is DOM-free TypeScript from test/fakes plus the entry here.
 */
import { build } from 'esbuild';
import path from 'node:path';

export async function buildFakeOffice(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'entry.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}
