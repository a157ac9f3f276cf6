/** A tiny static file server for dist/ on 127.0.0.1 (no dependency; the browser tests only need GET). */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function hash(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(16);
}

function send(req: http.IncomingMessage, res: http.ServerResponse, type: string, cacheable: boolean, etag: string, body: () => void): void {
  if (!cacheable) {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    body();
    return;
  }
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { etag, 'cache-control': 'no-cache' });
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', etag });
  body();
}

export interface Served {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Let the browser keep the files: `cache-control: no-cache` with an ETag, so a repeat load revalidates
   * (304) and Chromium reuses its cached response and V8's code cache, as a web server set up as the IT
   * page of the guide advises. Without it every response is `no-store` (each load is a first load).
   */
  cacheable?: boolean;
  /** Bodies served in place of files, by URL path (`/office.js`, a rewritten `/taskpane.html`). */
  overrides?: Record<string, string>;
}

/**
 * Listens first (port 0 = any free port, or the given one) so the build can be told its URL; files are
 * read from `dir` on each request, so the directory may be (re)built after this returns.
 */
export function serve(dir: string, port = 0, options: ServeOptions = {}): Promise<Served> {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const override = options.overrides?.[urlPath];
    if (override !== undefined) {
      send(req, res, TYPES[path.extname(urlPath)] ?? 'application/octet-stream', options.cacheable === true, `"o${override.length}-${hash(override)}"`, () => res.end(override));
      return;
    }
    const file = path.resolve(root, '.' + (urlPath.endsWith('/') ? urlPath + 'index.html' : urlPath));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const stat = fs.statSync(file);
    send(req, res, TYPES[path.extname(file)] ?? 'application/octet-stream', options.cacheable === true, `"${stat.size}-${stat.mtimeMs}"`, () => fs.createReadStream(file).pipe(res));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const p = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${p}/`,
        port: p,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
