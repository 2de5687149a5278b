// The offline shell: precaches this build's files and serves them when the network is gone.
// Only the app's own files are ever cached. Requests to S3 (any other origin, or a same-origin
// URL that is not one of our files, such as a presigned URL into the bucket that hosts the app)
// are not intercepted at all, so no S3 response or presigned URL lands in Cache Storage.
// A cached file is served only when its SHA-256 is the one recorded for this build: anything
// else that can write to this origin's Cache Storage cannot swap the app for other code.
// Type-checked on its own: `tsc -p src/service-worker.tsconfig.json` (webworker lib).
/// <reference types="@sveltejs/kit" />
import { build, files, version } from '$service-worker';
import { toHex } from './lib/format/codec';
import { askForText } from './lib/net/ask';

const sw = self as unknown as ServiceWorkerGlobalScope;

// Everything resolves against the worker's own URL, so a build served from
// /some-bucket/app/ caches /some-bucket/app/... and never touches a sibling app's cache.
const scope = new URL('./', sw.location.href).href;
const CACHE_PREFIX = `s3presign ${scope} `;
const CACHE = CACHE_PREFIX + version;

/** The page itself: S3 does not map `dir/` to `dir/index.html`, so both are cached. */
const INDEX = new URL('./index.html', scope).href;
const PAGES = new Set([scope, INDEX]);
/** Hashed build output and static files: they change only with `version`. */
const ASSETS = new Set([...build, ...files].map((path) => new URL(path, sw.location.href).href));

/**
 * Hex SHA-256 of each file of this build, by path relative to the scope. scripts/postbuild.mjs
 * writes it into the built worker (replacing the placeholder) after index.html has its final bytes.
 */
const FILE_SHA256: Record<string, string> = parseFileHashes('__FILE_SHA256_JSON__');

/** How long a navigation waits for the network before the cached page is used. */
const NETWORK_TIMEOUT_MS = 4000;
/** How long a tab has to say what it runs before older caches are kept anyway. */
const VERSION_REPLY_MS = 2000;

function parseFileHashes(json: string): Record<string, string> {
	try {
		return JSON.parse(json) as Record<string, string>;
	} catch {
		return {}; // not post-processed (a dev build): nothing can be proven, so nothing is cached
	}
}

async function sha256Hex(response: Response): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer());
	return toHex(new Uint8Array(digest));
}

/** True when `response` holds exactly the bytes this build shipped for `url`. */
async function isThisBuilds(url: string, response: Response): Promise<boolean> {
	const path = url === scope ? 'index.html' : url.slice(scope.length);
	const expected = Object.hasOwn(FILE_SHA256, path) ? FILE_SHA256[path] : undefined;
	return expected !== undefined && (await sha256Hex(response)) === expected;
}

/** The cached copy of `url`, if it is this build's; a copy that is not is dropped. */
async function verifiedFromCache(url: string): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(url);
	if (!cached) return undefined;
	if (await isThisBuilds(url, cached)) return cached;
	await cache.delete(url);
	return undefined;
}

async function precache(): Promise<void> {
	const cache = await caches.open(CACHE);
	// `reload` bypasses the HTTP cache, so the copy matches this version of the worker.
	const requests = [...PAGES, ...ASSETS].map((url) => new Request(url, { cache: 'reload' }));
	await cache.addAll(requests);
}

/** Immutable files: the verified cached copy, else the network (kept when it is this build's). */
async function cacheFirst(url: string): Promise<Response> {
	const cached = await verifiedFromCache(url);
	if (cached) return cached;
	const response = await fetch(url, { cache: 'reload' });
	if (response.ok && (await isThisBuilds(url, response))) {
		const cache = await caches.open(CACHE);
		await cache.put(url, response.clone());
	}
	return response;
}

/**
 * index.html: the network copy when reachable (it may announce a newer version), else the
 * cached one. The network copy is not written back: the cache stays one consistent version.
 */
async function networkFirst(request: Request): Promise<Response> {
	try {
		const response = await fetch(request, { signal: AbortSignal.timeout(NETWORK_TIMEOUT_MS) });
		if (response.ok) return response;
		return (await verifiedFromCache(INDEX)) ?? response;
	} catch (error) {
		const cached = await verifiedFromCache(INDEX);
		if (cached) return cached;
		throw error;
	}
}

/** Hashed build files live here; their names change with their content. */
const IMMUTABLE = new URL('./_app/immutable/', scope).href;

/**
 * A file of an older version of this app, for a tab that still runs it (its lazy chunks are gone
 * from the server after a deployment); else the network.
 */
async function olderVersionFirst(request: Request): Promise<Response> {
	for (const name of await caches.keys()) {
		if (!name.startsWith(CACHE_PREFIX) || name === CACHE) continue;
		const cached = await (await caches.open(name)).match(request.url);
		if (cached) return cached;
	}
	return fetch(request);
}

/**
 * The URL of a build file a tab runs (one of its modules), or undefined when it does not answer
 * in time. Build file names carry a hash of their content, so the URL tells the version apart.
 */
function moduleOf(client: Client): Promise<string | undefined> {
	return askForText(client, { type: 'RUNNING?' }, VERSION_REPLY_MS);
}

/** Deletes the caches of older versions that no open tab runs any more. */
async function pruneOldCaches(): Promise<void> {
	const tabs = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const modules = await Promise.all(tabs.map(moduleOf));
	// A tab that did not answer may run any version: keep everything until it does.
	if (modules.includes(undefined)) return;
	for (const name of await caches.keys()) {
		if (!name.startsWith(CACHE_PREFIX) || name === CACHE) continue;
		const cache = await caches.open(name);
		let inUse = false;
		for (const url of modules) if (!ASSETS.has(url!) && (await cache.match(url!))) inUse = true;
		if (!inUse) await caches.delete(name);
	}
}

sw.addEventListener('install', (event) => {
	event.waitUntil(precache());
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(sw.clients.claim().then(pruneOldCaches));
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// Cross-origin (S3, presigned links): return without respondWith, the browser handles it.
	if (url.origin !== sw.location.origin) return;
	// Exact matches only: a URL with a query (say, a presigned link into the bucket that hosts
	// this app) is never one of ours.
	if (PAGES.has(url.href)) event.respondWith(networkFirst(request));
	else if (ASSETS.has(url.href)) event.respondWith(cacheFirst(url.href));
	// A hashed file of an older version: an open tab still running that version needs it.
	else if (url.search === '' && url.href.startsWith(IMMUTABLE)) {
		event.respondWith(olderVersionFirst(request));
	}
	// Anything else on this origin (version.json, S3 on the same host) goes to the network.
});

sw.addEventListener('message', (event) => {
	const type = (event.data as { type?: unknown } | null)?.type;
	// Only when the page asks ("Reload to update"), so a running page never switches version.
	if (type === 'SKIP_WAITING') void sw.skipWaiting();
	// A page asks which version this worker would run, before it offers "Reload to update".
	else if (type === 'VERSION?') event.ports[0]?.postMessage(version);
	// A tab started (or reloaded): caches only tabs that are gone needed can go now.
	else if (type === 'STARTED') event.waitUntil(pruneOldCaches());
});
