// The dashboard's service worker: keeps the built page on the device so it opens without a
// connection, and the field-report outbox (web/src/outbox.ts) can be read and sent from it.
// The build (web/vite.config.ts) fills in the two placeholders; the API is never cached here:
// its answers must be fresh, and reports go through the outbox, not through this worker.
const CACHE = 'sahelwatch-__BUILD__';
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(['/', ...FILES])).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  // Earlier builds' files go: the hashed names of this build replace them.
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('sahelwatch-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (event.request.mode === 'navigate') {
    // The network first, so a new build shows at once; the kept page when there is none.
    // Every page path is index.html (the state is in the query), so one kept copy serves them all.
    const fresh = fetch(event.request).then((res) => {
      if (res.ok) {
        const copy = res.clone();
        event.waitUntil(caches.open(CACHE).then((c) => c.put('/', copy)));
      }
      return res;
    });
    event.respondWith(fresh.catch(() => caches.match('/', { cacheName: CACHE }).then((r) => r ?? Response.error())));
  } else if (url.pathname.startsWith('/assets/')) {
    // Hashed names never change content: the kept copy is as good as the network's.
    event.respondWith(caches.match(event.request, { cacheName: CACHE }).then((r) => r ?? fetch(event.request)));
  }
});
