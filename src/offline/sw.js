/*
 * The book's service worker (written into the build as <base>sw.js by src/lib/offline.ts, which
 * fills in VERSION, the hash of the build's offline.json). It makes the book readable offline:
 *
 * - pages (and everything not content-hashed): network first, the cached copy when offline;
 * - content-hashed assets (/_astro/): cache first, from any version's cache;
 * - "Save the whole book" (a message from the page): every file listed in offline.json, and the
 *   lab image only when asked, into this version's cache, with progress messages. A file is
 *   stored only once it has arrived whole, so an interrupted save leaves what was there working.
 *
 * A new deployment brings a new sw.js (a new VERSION): it installs beside the old one, copies
 * what has not changed from the old cache, and if the old version had the whole book saved it
 * saves the new whole book before it finishes installing; if that fails the install fails and the
 * old worker and cache stay. Then it waits; the page says "A new version of the book is
 * available" and the reader's Reload activates it, which deletes the old caches.
 */
const VERSION = '__BOOK_VERSION__';
const PREFIX = 'book-';
const CACHE = `${PREFIX}${VERSION}`;
const SCOPE = new URL(self.registration.scope);
const MANIFEST = new URL('offline.json', SCOPE).href;
/** A marker entry: this cache holds the whole book (and the lab, if saved). */
const COMPLETE = new URL('__book-complete__', SCOPE).href;

/** The first 16 hex digits of a response body's SHA-256, as offline.json gives them. */
async function hashOf(response) {
  const digest = await crypto.subtle.digest('SHA-256', await response.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, 16);
}

const isHashed = (url) => url.origin === SCOPE.origin && url.pathname.startsWith(`${SCOPE.pathname}_astro/`);

async function manifest() {
  const r = await fetch(MANIFEST, { cache: 'no-store' });
  if (!r.ok) throw new Error(`offline.json: HTTP ${r.status}`);
  return r.json();
}

/** The newest other version's cache and what it says it holds. */
async function previous() {
  const names = (await caches.keys()).filter((n) => n.startsWith(PREFIX) && n !== CACHE);
  if (!names.length) return null;
  const cache = await caches.open(names[names.length - 1]);
  const marker = await cache.match(COMPLETE);
  return { name: names[names.length - 1], cache, complete: marker ? await marker.json() : null };
}

/**
 * Store every listed file in `cache`, taking unchanged ones (same url and hash) from `old`;
 * reports progress; throws on the first failure (what was stored stays stored).
 */
async function saveFiles(cache, files, old, oldHashes, report) {
  let done = 0;
  let bytes = 0;
  const total = files.reduce((n, f) => n + f.bytes, 0);
  const queue = [...files];
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const url = new URL(f.url, SCOPE).href;
      let response = null;
      if (old && oldHashes.get(f.url) === f.hash) response = await old.match(url);
      if (!response && (await cache.match(url))) response = 'kept';
      if (!response) {
        const r = await fetch(url, { cache: 'no-cache' });
        if (!r.ok) throw new Error(`${f.url}: HTTP ${r.status}`);
        // Read it whole before storing it: a broken download stores nothing.
        response = new Response(await r.blob(), { status: r.status, statusText: r.statusText, headers: r.headers });
      }
      if (response !== 'kept') await cache.put(url, response);
      done++;
      bytes += f.bytes;
      report?.({ done, total: files.length, bytes, totalBytes: total });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

const chosen = (m, lab) => m.files.filter((f) => f.group !== 'lab' || lab);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const prev = await previous();
      if (!prev) return;
      const m = await manifest();
      if (m.version !== VERSION) throw new Error('offline.json is from another version: try again later');
      const oldManifest = prev.complete?.manifest;
      const oldHashes = new Map((oldManifest?.files ?? []).map((f) => [f.url, f.hash]));
      if (prev.complete) {
        // The reader saved the whole book: save the new one before this version can take over.
        await saveFiles(cache, chosen(m, prev.complete.lab), prev.cache, oldHashes, null);
        await cache.put(COMPLETE, new Response(JSON.stringify({ lab: prev.complete.lab, manifest: m })));
      } else {
        // Pages and files read before: carry over those that did not change (same content hash).
        const hashes = new Map(m.files.map((f) => [new URL(f.url, SCOPE).href, f.hash]));
        for (const request of await prev.cache.keys()) {
          const response = await prev.cache.match(request);
          if (!response) continue;
          const url = new URL(request.url);
          const key = url.pathname.endsWith('/') ? new URL('index.html', url).href : url.href;
          if (isHashed(url) || (hashes.has(key) && hashes.get(key) === (await hashOf(response.clone())))) await cache.put(request, response);
        }
      }
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data ?? {};
  if (data.type === 'skip-waiting') self.skipWaiting();
  if (data.type === 'save') {
    const client = event.source;
    const post = (msg) => client?.postMessage({ ...msg, version: VERSION });
    event.waitUntil(
      (async () => {
        try {
          const m = await manifest();
          if (m.version !== VERSION) throw Object.assign(new Error('a new version of the book has been published: reload first'), { reason: 'new-version' });
          const cache = await caches.open(CACHE);
          await saveFiles(cache, chosen(m, !!data.lab), null, new Map(), (p) => post({ type: 'save-progress', ...p }));
          await cache.put(COMPLETE, new Response(JSON.stringify({ lab: !!data.lab, manifest: m })));
          post({ type: 'save-done' });
        } catch (e) {
          // `reason` names a failure the page can say in its language; `message` is the raw detail.
          post({ type: 'save-failed', message: String(e?.message ?? e), reason: e?.reason });
        }
      })(),
    );
  }
  if (data.type === 'status') {
    event.waitUntil(
      (async () => {
        const marker = await (await caches.open(CACHE)).match(COMPLETE);
        event.source?.postMessage({ type: 'status', version: VERSION, complete: marker ? (await marker.json()).lab + 1 : 0 });
      })(),
    );
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  if (url.href === MANIFEST || url.pathname.endsWith('/sw.js')) return;
  if (isHashed(url)) {
    event.respondWith(
      (async () => {
        const hit = await caches.match(request, { ignoreSearch: true });
        if (hit) return hit;
        const r = await fetch(request);
        if (r.ok) (await caches.open(CACHE)).put(request, r.clone());
        return r;
      })(),
    );
    return;
  }
  event.respondWith(
    (async () => {
      try {
        const r = await fetch(request);
        if (r.ok && r.type === 'basic') (await caches.open(CACHE)).put(request, r.clone());
        return r;
      } catch (e) {
        const cache = await caches.open(CACHE);
        const hit = (await cache.match(request, { ignoreSearch: true })) ?? (await caches.match(request, { ignoreSearch: true }));
        if (hit) return hit;
        // A page's address without its index.html, or the other way round.
        if (url.pathname.endsWith('/')) {
          const alt = await caches.match(new URL('index.html', url).href);
          if (alt) return alt;
        }
        throw e;
      }
    })(),
  );
});
