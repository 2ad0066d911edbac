// Best Offer's service worker: keeps the app's own files so a second visit works
// with no network. The list of files and the version are written in by
// scripts/finalize-site.mjs after each build; a new build is a new version, which
// installs in the background and is used from the next visit.
const VERSION = '__BEST_OFFER_VERSION__';
const FILES = ['__BEST_OFFER_FILES__'];
const CACHE = `best-offer-${VERSION}`;
// Served straight from the sources (scripts/serve.sh), the placeholders are still
// there: then the worker caches nothing and stays out of the way.
const BUILT = !VERSION.startsWith('__');

self.addEventListener('install', (event) => {
  if (!BUILT) {
    self.skipWaiting();
    return;
  }
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new URL(file, self.registration.scope).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('best-offer-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (!BUILT || request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Files from the cache first; a page is answered with its own cached page
      // (the viewer's, viewer.html) or the app's shell (every address of the app is
      // index.html with a fragment).
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      if (request.mode === 'navigate') {
        const shell = await cache.match(new URL('index.html', self.registration.scope).href);
        if (shell) return shell;
      }
      return fetch(request);
    }),
  );
});
