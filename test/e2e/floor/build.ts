/** Builds the floor page (floor.tsx) into a directory of its own: floor.html and floor.js, production and minified. */
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const HTML = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Thi đua</title>
    <script defer src="floor.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

export async function buildFloor(outDir: string): Promise<string> {
  fs.mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [path.join(__dirname, 'floor.tsx')],
    outfile: path.join(outDir, 'floor.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    charset: 'utf8',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  fs.writeFileSync(path.join(outDir, 'floor.html'), HTML);
  return outDir;
}
