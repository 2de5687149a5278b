// The offline shell: precaches this build's files and serves them when the network is gone.
// Only the app's own files are ever cached. Requests to S3 (any other origin, or a same-origin
// URL that is not one of our files, such as a presigned URL into the bucket that hosts the app)
// are not intercepted at all, so no S3 response or presigned URL lands in Cache Storage.
// Type-checked on its own: `tsc -p src/service-worker.tsconfig.json` (webworker lib).
/// <reference types="@sveltejs/kit" />
import { build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

// Everything resolves against the worker's own URL, so a build served from
// /some-bucket/app/ caches /some-bucket/app/... and never touches a sibling app's cache.
const scope = new URL('./', sw.location.href).href;
const CACHE_PREFIX = `s3presign ${scope} `;
const CACHE = CACHE_PREFIX + version;

/** The page itself: S3 does not map `dir/` to `dir/index.html`, so both are cached. */
const PAGES = new Set([scope, new URL('./index.html', scope).href]);
/** Hashed build output and static files: they change only with `version`. */
const ASSETS = new Set([...build, ...files].map((path) => new URL(path, sw.location.href).href));

/** How long a navigation waits for the network before the cached page is used. */
const NETWORK_TIMEOUT_MS = 4000;

async function precache(): Promise<void> {
	const cache = await caches.open(CACHE);
	// `reload` bypasses the HTTP cache, so the copy matches this version of the worker.
	const requests = [...PAGES, ...ASSETS].map((url) => new Request(url, { cache: 'reload' }));
	await cache.addAll(requests);
}

async function deleteOldCaches(): Promise<void> {
	for (const name of await caches.keys()) {
		if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
	}
	await sw.clients.claim();
}

/** Immutable files: the cached copy, or the network if it is somehow missing. */
async function cacheFirst(url: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	return (await cache.match(url)) ?? fetch(url);
}

/**
 * index.html: the network copy when reachable (it may announce a newer version), else the
 * cached one. The network copy is not written back: the cache stays one consistent version.
 */
async function networkFirst(request: Request, url: string): Promise<Response> {
	try {
		const response = await fetch(request, { signal: AbortSignal.timeout(NETWORK_TIMEOUT_MS) });
		if (response.ok) return response;
		return (await cachedPage(url)) ?? response;
	} catch (error) {
		const cached = await cachedPage(url);
		if (cached) return cached;
		throw error;
	}
}

async function cachedPage(url: string): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	return (await cache.match(url)) ?? (await cache.match(new URL('./index.html', scope).href));
}

sw.addEventListener('install', (event) => {
	event.waitUntil(precache());
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(deleteOldCaches());
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// Cross-origin (S3, presigned links): return without respondWith, the browser handles it.
	if (url.origin !== sw.location.origin) return;
	// Exact matches only: a URL with a query (say, a presigned link into the bucket that hosts
	// this app) is never one of ours.
	if (PAGES.has(url.href)) event.respondWith(networkFirst(request, url.href));
	else if (ASSETS.has(url.href)) event.respondWith(cacheFirst(url.href));
	// Anything else on this origin (version.json, S3 on the same host) goes to the network.
});

sw.addEventListener('message', (event) => {
	// Only when the page asks ("Reload to update"), so a running page never switches version.
	if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});
