/**
 * The web page's service worker (sw.js at the root of the build): after the first visit the page works
 * offline. The build writes the list of the page's files into PRECACHE (webpack.config.js, WebPrecachePlugin)
 * and the cache is named after the build, so a new build replaces the old files at once.
 * - the page's files (index.html, web.js, the xlsx chunk, the icon): from the cache, fetched on install,
 *   so that opening a file offline works even if no file was opened during the first visit;
 * - the page itself (a navigation): from the network when there is one (to pick up a new build), else from
 *   the cache.
 * Only this origin's GET requests are handled; nothing else is fetched by the page.
 */
interface SwEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchLike extends SwEvent {
  request: Request;
  respondWith(r: Promise<Response> | Response): void;
}
interface SwScope {
  location: Location;
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', fn: (e: SwEvent) => void): void;
  addEventListener(type: 'fetch', fn: (e: FetchLike) => void): void;
}

declare const PRECACHE: { version: string; files: string[] };

const sw = self as unknown as SwScope;
const CACHE = `thidua-web-${PRECACHE.version}`;
const base = sw.registration.scope;
const urls = PRECACHE.files.map((f) => new URL(f, base).href);
const INDEX = new URL('index.html', base).href;

sw.addEventListener('install', (e) => {
  e.waitUntil(
    caches
      .open(CACHE)
      .then((c) => c.addAll(urls.map((u) => new Request(u, { cache: 'reload' }))))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (e) => {
  e.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('thidua-web-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== sw.location.origin) return;
  if (req.mode === 'navigate') {
    const u = new URL(req.url);
    // The page: index.html (also as the folder's address). Other pages of the build (the pane) are not ours.
    if (u.href !== INDEX && u.href !== base) return;
    e.respondWith(
      fetch(req).then(
        (res) => {
          if (res.ok) {
            const copy = res.clone();
            void caches.open(CACHE).then((c) => c.put(INDEX, copy));
          }
          return res;
        },
        () => caches.match(INDEX).then((r) => r ?? Response.error()),
      ),
    );
    return;
  }
  const url = req.url.split('#')[0];
  if (!urls.includes(url)) return;
  e.respondWith(caches.match(url).then((hit) => hit ?? fetch(req)));
});
