/**
 * The browser tests' static server (test/e2e/server.ts): `no-store` by default, so each load of a browser
 * test is a first load; with `cacheable`, ETag + `no-cache` and a 304 on revalidation (the bench's
 * pane.warm_first_render_ms relies on it), and bodies served in place of files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, type Served } from '../e2e/server';

let dir = '';
const servers: Served[] = [];
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-serve-'));
  fs.writeFileSync(path.join(dir, 'a.js'), 'console.log(1)');
});
afterAll(async () => {
  for (const s of servers) await s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function start(options?: Parameters<typeof serve>[2]): Promise<Served> {
  const s = await serve(dir, 0, options);
  servers.push(s);
  return s;
}

test('by default: no-store, no ETag', async () => {
  const s = await start();
  const r = await fetch(new URL('a.js', s.url));
  expect(r.status).toBe(200);
  expect(r.headers.get('cache-control')).toBe('no-store');
  expect(r.headers.get('etag')).toBeNull();
  expect(await r.text()).toBe('console.log(1)');
  expect((await fetch(new URL('nope.js', s.url))).status).toBe(404);
});

test('cacheable: ETag + no-cache, 304 when the ETag matches, 200 when the file changed', async () => {
  const s = await start({ cacheable: true, overrides: { '/office.js': 'window.Office = {}' } });
  const r = await fetch(new URL('a.js', s.url));
  const etag = r.headers.get('etag');
  expect(r.headers.get('cache-control')).toBe('no-cache');
  expect(etag).toBeTruthy();
  expect((await fetch(new URL('a.js', s.url), { headers: { 'if-none-match': etag! } })).status).toBe(304);
  fs.writeFileSync(path.join(dir, 'a.js'), 'console.log(22)');
  const changed = await fetch(new URL('a.js', s.url), { headers: { 'if-none-match': etag! } });
  expect(changed.status).toBe(200);
  expect(await changed.text()).toBe('console.log(22)');
  const o = await fetch(new URL('office.js', s.url));
  expect(o.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(await o.text()).toBe('window.Office = {}');
  expect((await fetch(new URL('office.js', s.url), { headers: { 'if-none-match': o.headers.get('etag')! } })).status).toBe(304);
});
