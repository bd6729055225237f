// The service worker that keeps the game playable without a network (a classroom's shaky Wi-Fi):
// it stores every file of the build when installed and answers from that store first. The build
// (scripts/pwa-plugin.ts) strips the types from this file, puts the file list and a version hash
// of the build in front of it and writes it to dist/sw.js; it has no imports so it needs no bundling.
//
// Updates: a new build has a new sw.js (its version and file list change), which the browser
// notices when the page registers it. The new worker stores the new files, then takes over at
// once (skipWaiting + clients.claim) but never reloads a page: a game in progress keeps running
// on the files it started with, because the previous version's store is kept (one version back)
// and lookups search every store. The next load of the page is the new version. So: skip-waiting
// on install, new version on the next load, no prompt and no forced reload (a forced reload would
// break a hotseat turn, and a prompt is one more thing for a class to misread). A page two
// versions old (open through two updates) falls back to the network for its files.

/** The build's files, relative to this worker's folder (the app's root, wherever it is hosted). */
declare const __QANTAR_PRECACHE__: readonly string[];
/** A hash of every file of the build: a new build is a new store. */
declare const __QANTAR_VERSION__: string;

const worker = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'qantar-';
const STORE = `${PREFIX}${__QANTAR_VERSION__}`;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const store = await caches.open(STORE);
      // 'reload' skips the HTTP cache: an unhashed file (index.html, the manifest) must be this build's.
      await store.addAll(__QANTAR_PRECACHE__.map((path) => new Request(path, { cache: 'reload' })));
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // caches.keys() lists stores in the order they were made: keep this one and the newest other.
      const older = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== STORE);
      for (const name of older.slice(0, -1)) await caches.delete(name);
      await worker.clients.claim();
    })(),
  );
});

/** The game is one page: its address, with or without index.html and with any query (?new, ?play=…). */
function isThePage(url: URL): boolean {
  const root = new URL('./', worker.registration.scope).pathname;
  return url.pathname === root || url.pathname === `${root}index.html`;
}

async function answer(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (request.mode === 'navigate' && isThePage(url)) {
    const page = await caches.match(new URL('index.html', worker.registration.scope).href, { cacheName: STORE });
    return page ?? fetch(request);
  }
  // Any kept store: a page opened before an update asks for its own version's files.
  const stored = await caches.match(request, { ignoreSearch: true });
  return stored ?? fetch(request);
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== worker.location.origin) return;
  event.respondWith(answer(request));
});

// Which build this worker stores, for the tests and for anyone debugging a classroom machine
// (devtools: `navigator.serviceWorker.controller.postMessage('version')` and read the reply).
worker.addEventListener('message', (event) => {
  if (event.data === 'version') event.ports[0]?.postMessage(__QANTAR_VERSION__);
});
