// Focal Loss Explorer's service worker: the app keeps working offline after one visit.
// Pages are fetched network-first (so a new deploy is picked up on the next load) and
// fall back to the cache; the hashed assets never change, so they are served cache-first.
const CACHE = "focal-loss-explorer";
// The later panels' wasm module, which no tag of the page names (filled in by
// scripts/post_build.py at build time).
const LATER = [];
// Files the page fetches only when asked (the classroom's stylesheet), kept for offline use.
const ON_DEMAND = ["./classroom.css"];

// On install, cache the page and every asset it names (the first visit loaded them before
// this worker existed, so the fetch handler never saw them).
self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const page = await fetch("./", { cache: "no-cache" });
      const html = await page.clone().text();
      await cache.put("./", page);
      const named = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => "./" + m[1]);
      const assets = [...named, ...LATER, ...ON_DEMAND];
      await cache.addAll([...new Set(assets)]);
      // Forget the files of older deploys.
      const keep = new Set(["./", ...assets].map((a) => new URL(a, self.registration.scope).href));
      for (const request of await cache.keys()) {
        if (!keep.has(request.url)) await cache.delete(request);
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put("./", copy));
          return response;
        })
        .catch(async () => (await caches.match("./")) || Response.error()),
    );
    return;
  }
  event.respondWith(
    caches.match(request, { ignoreSearch: true }).then(
      (hit) =>
        hit ||
        fetch(request).then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});
