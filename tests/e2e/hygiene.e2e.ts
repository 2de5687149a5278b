// Secret hygiene, proven: one full session (connect, browse, share, GET and
// PUT links with SigV4 and SigV2, inspect, forget) is recorded whole: every request of the page
// and of its service worker, every storage area, the console, every URL the page had. The secret
// access key may live in this tab's sessionStorage while connected, and nowhere else, ever.
import { expect, test, type Page, type Request } from '@playwright/test';
import { ACCESS_KEY, APP_ORIGIN, BUCKET, ENDPOINT, SECRET_KEY } from './env';
import { breadcrumbs, createLink, objectList, presignPanel, watchPage } from './helpers';

interface RecordedRequest {
	url: string;
	method: string;
	fromServiceWorker: boolean;
	headers: Record<string, string>;
	body: string;
}

/** Every storage area the page can reach, as text to search. */
interface Stores {
	localStorage: string;
	sessionStorage: string;
	indexedDB: string;
	documentCookie: string;
	cacheStorage: string;
	href: string;
	historyState: string;
}

function readStores(page: Page): Promise<Stores> {
	return page.evaluate(async () => {
		const dump = (s: Storage) => JSON.stringify(Object.entries(s));
		// IndexedDB: every database, every object store, every record.
		const databases: unknown[] = [];
		for (const info of await indexedDB.databases()) {
			if (!info.name) continue;
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const open = indexedDB.open(info.name as string);
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			const stores: Record<string, unknown> = {};
			for (const name of Array.from(db.objectStoreNames)) {
				stores[name] = await new Promise((resolve, reject) => {
					const all = db.transaction(name).objectStore(name).getAll();
					all.onsuccess = () => resolve(all.result);
					all.onerror = () => reject(all.error);
				});
			}
			db.close();
			databases.push({ name: info.name, stores });
		}
		// Cache Storage: cache names, request URLs, and each response's headers and body.
		const cached: string[] = [];
		for (const name of await caches.keys()) {
			cached.push(name);
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				const response = await cache.match(request);
				cached.push(
					request.url,
					JSON.stringify([...(response?.headers ?? [])]),
					(await response?.text()) ?? ''
				);
			}
		}
		return {
			localStorage: dump(localStorage),
			sessionStorage: dump(sessionStorage),
			indexedDB: JSON.stringify(databases),
			documentCookie: document.cookie,
			cacheStorage: cached.join('\n'),
			href: location.href,
			historyState: JSON.stringify(history.state)
		};
	});
}

/** The value of every input, textarea and select, and the whole markup. */
function readDom(page: Page): Promise<string> {
	return page.evaluate(() => {
		const fields = document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
			'input, textarea, select'
		);
		return [...Array.from(fields, (f) => f.value), document.documentElement.outerHTML].join('\n');
	});
}

const list = objectList;
const crumbs = breadcrumbs;

test('a full session leaks the secret nowhere, and Forget wipes it everywhere', async ({
	page,
	context
}) => {
	test.setTimeout(90_000);
	const problems = await watchPage(page);

	// Record everything from the start: requests (page and service worker), console, URLs.
	const requests: Promise<RecordedRequest>[] = [];
	const record = async (request: Request): Promise<RecordedRequest> => ({
		url: request.url(),
		method: request.method(),
		fromServiceWorker: request.serviceWorker() !== null,
		headers: await request.allHeaders().catch(() => request.headers()),
		body: request.postDataBuffer()?.toString('latin1') ?? ''
	});
	context.on('request', (request) => requests.push(record(request)));
	const consoleMessages: string[] = [];
	context.on('console', (message) => consoleMessages.push(`${message.type()} ${message.text()}`));
	const urls: string[] = [];
	page.on('framenavigated', (frame) => urls.push(frame.url()));
	const snapshots: Stores[] = [];
	const snapshot = async () => {
		const stores = await readStores(page);
		snapshots.push(stores);
		urls.push(page.url(), stores.href);
		return stores;
	};

	// 1. Load; wait for the service worker so that its precache requests are part of the record.
	await page.goto('/');
	await expect(page.getByText('Ready for offline use')).toBeVisible();
	await snapshot();

	// 2. Connect.
	await page.getByLabel('Endpoint URL').fill(ENDPOINT);
	await page.getByLabel('Access key ID').fill(ACCESS_KEY);
	await page.getByLabel('Secret access key').fill(SECRET_KEY);
	await page.getByRole('button', { name: 'Connect' }).click();
	await expect(page.getByText(`Connected to ${ENDPOINT}`)).toBeVisible();
	await snapshot();

	// 3. Browse into a folder and back, then share README.txt.
	await page.getByLabel('Bucket', { exact: true }).fill(BUCKET);
	await page.getByRole('button', { name: 'Open bucket' }).click();
	await list(page).getByRole('button', { name: 'docs/', exact: true }).click();
	await expect(crumbs(page).getByText('docs')).toHaveAttribute('aria-current', 'page');
	await expect(list(page).getByRole('button', { name: 'reports/', exact: true })).toBeVisible();
	await crumbs(page).getByRole('button', { name: BUCKET }).click();
	await page.getByRole('button', { name: 'Share README.txt', exact: true }).click();
	await expect(presignPanel(page).getByLabel('Object key', { exact: true })).toHaveValue(
		'README.txt'
	);
	await expect(presignPanel(page).getByLabel('Bucket name', { exact: true })).toHaveValue(BUCKET);
	await snapshot();

	// 4. GET and PUT links, SigV4 and SigV2; each one works and carries no secret.
	const links: string[] = [];
	for (const signer of ['SigV4', 'SigV2 (legacy)'] as const) {
		const get = await createLink(page, { key: 'README.txt', method: 'GET', signer });
		await expect(page.getByRole('img', { name: 'QR code for the presigned URL' })).toBeVisible();
		await expect(page.getByRole('timer').first()).toBeVisible();
		expect((await fetch(get)).status, `${signer} GET`).toBe(200);
		const putKey = `hygiene/${signer === 'SigV4' ? 'v4' : 'v2'}.txt`;
		const put = await createLink(page, { key: putKey, method: 'PUT', signer });
		expect(
			(await fetch(put, { method: 'PUT', body: Buffer.from('hygiene') })).status,
			`${signer} PUT`
		).toBe(200);
		links.push(get, put);
	}
	for (const link of links) {
		expect(link).not.toContain(SECRET_KEY);
		expect(decodeURIComponent(link)).not.toContain(SECRET_KEY);
		expect(link).toMatch(/X-Amz-Signature=[0-9a-f]{64}|Signature=[A-Za-z0-9%]+/);
	}
	await snapshot();

	// 5. Inspect one of them.
	await page.getByLabel('Paste a presigned URL').fill(links[0]);
	await page.getByRole('button', { name: 'Inspect', exact: true }).click();
	const details = page.getByRole('definition').filter({ hasText: ACCESS_KEY });
	await expect(details).toBeVisible();
	const whileConnected = await snapshot();
	expect(whileConnected.sessionStorage, 'sessionStorage keeps the tab connected').toContain(
		SECRET_KEY
	);
	expect(await readDom(page)).not.toContain(SECRET_KEY); // the summary shows the key ID only

	// 6. Forget credentials: the secret goes from sessionStorage, memory and every input.
	await page.getByRole('button', { name: 'Forget credentials' }).click();
	await expect(page.getByLabel('Secret access key')).toHaveValue('');
	for (const label of ['Endpoint URL', 'Access key ID', 'Session token']) {
		await expect(page.getByLabel(label, { exact: true })).toHaveValue('');
	}
	const afterForget = await snapshot();
	expect(afterForget.sessionStorage).not.toContain(SECRET_KEY);
	// The settings are gone, and so are the links made with them: they grant access until they
	// expire, so neither the history nor the card may keep one.
	expect(afterForget.sessionStorage).not.toContain('s3presign.connection');
	expect(afterForget.sessionStorage).not.toContain('X-Amz-Signature');
	expect(afterForget.sessionStorage).not.toContain('AWSAccessKeyId');
	await expect(page.getByLabel('Presigned URL', { exact: true })).toHaveCount(0);
	expect(await readDom(page)).not.toContain(SECRET_KEY);
	// Every history entry of this tab (CDP sees them all, not only the current one).
	const cdp = await context.newCDPSession(page);
	const { entries } = await cdp.send('Page.getNavigationHistory');
	urls.push(...entries.map((entry) => entry.url));
	// The reload below starts a fresh violation list: check this page's list first.
	expect(await problems.cspViolations(), 'CSP violations before the reload').toEqual([]);
	// A reload cannot bring it back either.
	await page.reload();
	await expect(page.getByLabel('Secret access key')).toHaveValue('');
	expect(await readDom(page)).not.toContain(SECRET_KEY);
	await snapshot();

	// Requests: only this app and the endpoint; the secret in no URL, header or body.
	const recorded = await Promise.all(requests);
	expect(recorded.length).toBeGreaterThan(10);
	expect(
		recorded.some((r) => r.fromServiceWorker),
		'service worker requests recorded'
	).toBe(true);
	expect(recorded.some((r) => r.url.startsWith(`${ENDPOINT}/${BUCKET}`))).toBe(true);
	const foreign = recorded
		.map((r) => new URL(r.url))
		.filter((u) => u.protocol !== 'data:' && u.protocol !== 'blob:')
		.map((u) => u.origin)
		.filter((origin) => origin !== APP_ORIGIN && origin !== ENDPOINT);
	expect(foreign, 'requests to other origins').toEqual([]);
	for (const r of recorded) {
		const where = `${r.method} ${r.url}`;
		expect(r.url, where).not.toContain(SECRET_KEY);
		expect(safeDecode(r.url), where).not.toContain(SECRET_KEY);
		expect(JSON.stringify(r.headers), where).not.toContain(SECRET_KEY);
		expect(r.body, where).not.toContain(SECRET_KEY);
	}
	// The signed listing requests do carry credentials: the access key ID, never the secret.
	const signed = recorded.filter((r) => r.headers.authorization);
	expect(signed.length).toBeGreaterThan(0);
	for (const r of signed) expect(r.headers.authorization).toContain(ACCESS_KEY);

	// Storage: the secret only ever in sessionStorage, and there only until Forget.
	for (const [i, stores] of snapshots.entries()) {
		for (const [area, text] of Object.entries(stores)) {
			if (area === 'sessionStorage' && i < snapshots.indexOf(afterForget)) continue;
			expect(text, `${area} in snapshot ${i}`).not.toContain(SECRET_KEY);
		}
	}
	const state = await context.storageState({ indexedDB: true });
	expect(JSON.stringify(state)).not.toContain(SECRET_KEY);
	expect(JSON.stringify(await context.cookies())).not.toContain(SECRET_KEY);

	// URLs and history: the hash router never puts anything secret in the address.
	expect(urls.length).toBeGreaterThan(2);
	for (const url of urls) {
		expect(url).not.toContain(SECRET_KEY);
		expect(safeDecode(url)).not.toContain(SECRET_KEY);
	}

	// Console: nothing at all mentions the secret, and no CSP report was printed.
	for (const message of consoleMessages) expect(message).not.toContain(SECRET_KEY);
	expect(consoleMessages.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);

	await problems.expectNone();
});

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
