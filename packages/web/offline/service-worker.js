// Ariadne's service worker (issue 15: outreach in the field without a network). Hand-written; the
// build fills in the list of the app's files, so the whole app shell is on the device after one
// visit. Only the shell is cached: never an API answer (they hold personal data and stay
// `no-store`), never the public help pages. Queued visits live in the app's encrypted drafts vault.
const version = "__VERSION__";
const shell = `ariadne-shell-${version}`;
const precache = self.__PRECACHE__;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(shell)
      .then((cache) => cache.addAll(precache))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n !== shell).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

const isApi = (url) => url.pathname.startsWith("/api/") || url.pathname.startsWith("/help");

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || isApi(url)) return;
  if (request.mode === "navigate") {
    // The network first (a fresh page when online), the cached shell when the network is cut.
    // The shell is cached as "/" (the server's answer to every app address; not a redirect).
    event.respondWith(fetch(request).catch(() => caches.match("/")));
    return;
  }
  // Built files are named by their content: the cached copy is always right. A language's messages
  // are not precached; the ones this reader fetched are kept, so their language works offline too.
  const messages = /^\/assets\/locale-[\w-]+\.js$/.test(url.pathname);
  event.respondWith(
    caches.match(request).then(
      (hit) =>
        hit ??
        fetch(request).then((response) => {
          if (messages && response.ok) {
            const copy = response.clone();
            void caches.open(shell).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});
