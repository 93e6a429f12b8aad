// The story's service worker, written by `claimline site` with this publication's
// files: after one visit the story opens offline, at its address or a claim's link.
// The page, and each claim's page, come from the network first (the newest
// publication), from the cache when offline; every other file from the cache first:
// their names change with their content. A claim's takeaway (`claims/<id>.txt`) keeps
// its name across publications, so the page asks for it with its own publication's
// version (`?v=`), and gets that publication's, never another's. A new publication's
// worker waits until the page asks it to take over (`page.js` offers a reload).
const VERSION = "__VERSION__";
const FILES = __FILES__;
const SCOPE = self.registration.scope;
const CACHE = `claimline ${SCOPE} ${VERSION}`;

self.addEventListener("install", (event) => {
  // Each file on its own: one that cannot be fetched now is fetched when asked for,
  // rather than fail the install and leave the last publication's worker in place.
  const keep = (cache, file) => cache.add(new URL(file, SCOPE)).catch(() => {});
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(FILES.map((file) => keep(cache, file)))));
});

self.addEventListener("activate", (event) => {
  const old = (name) => name.startsWith(`claimline ${SCOPE} `) && name !== CACHE;
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter(old).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "version") event.ports[0]?.postMessage(VERSION);
  if (event.data === "take-over") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  event.respondWith(request.mode === "navigate" ? page(request) : file(request));
});

/** A page: from the network, kept for later; offline, as kept, whatever its query. */
async function page(request) {
  const cache = await caches.open(CACHE);
  const url = new URL(request.url);
  url.search = "";
  const key = url.pathname.endsWith("/index.html") ? new URL("./", url) : url;
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (offline) {
    const kept = await cache.match(key);
    if (kept) return kept;
    throw offline;
  }
}

/** Any other file: as kept, else from the network, then kept. One asked for with a
 * publication's version: as that publication's worker kept it, else from the network;
 * kept only when it is this worker's. */
async function file(request) {
  const url = new URL(request.url);
  const version = url.searchParams.get("v");
  if (version) {
    url.search = "";
    const kept = await caches.match(url, { cacheName: `claimline ${SCOPE} ${version}` });
    if (kept) return kept;
    const response = await fetch(request);
    if (response.ok && version === VERSION) await (await caches.open(CACHE)).put(url, response.clone());
    return response;
  }
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
