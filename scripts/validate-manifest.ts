/**
 * `npm run validate [-- path/to/manifest.xml]`: offline checks of the add-in manifest (scripts/manifest/
 * checks.ts). Icons are opened from the folder of the manifest: URLs under the task pane's folder (the
 * DefaultSettings SourceLocation) map to files there, so the same command checks manifest.xml (dev URLs,
 * files in the repository) and dist/manifest.xml (ADDIN_URL, files in dist/). Exit 1 when there is a problem.
 */
import { readFileSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { checkManifest } from './manifest/checks';

/** The folder URL the manifest's files are served from: the task pane page's folder. */
export function baseUrlOf(xml: string): string | null {
  const m = /<DefaultSettings>\s*<SourceLocation\s+DefaultValue="([^"]+)"/.exec(xml);
  return m ? m[1].replace(/[^/]*$/, '') : null;
}

export function validateFile(file: string): string[] {
  const xml = readFileSync(file, 'utf8');
  const base = baseUrlOf(xml);
  const root = dirname(file);
  return checkManifest(xml, { localFile: (url) => (base && url.startsWith(base) ? join(root, decodeURI(url.slice(base.length))) : null) });
}

if (require.main === module) {
  const file = resolve(process.argv[2] ?? 'manifest.xml');
  const problems = validateFile(file);
  if (problems.length) {
    process.stderr.write(`${file}: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`${file}: valid (well-formed, required elements, resids, shared runtime, namespace THIDUA, https, icons at their sizes)\n`);
  }
}
