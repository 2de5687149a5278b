// The app served over plain http from an intranet host (here: this machine's own non-loopback
// address) is not a secure context, so Chromium gives it no crypto.subtle. It must still sign
// SigV4, SigV2 and bulk links there (in JavaScript), say plainly what such a page costs, and never
// show a raw TypeError. Every link is then used from Node, as a colleague's curl would.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, connect as tcpConnect, type Server, type Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import { expect, test, type Page } from '@playwright/test';
import { corsXml, createBucket, encodeKey, putBucketCors } from '../../scripts/lib/s3-node.mjs';
import { parseCsv } from '../support/csv';
import { serveApp, type AppServer } from './app-server';
import { RGW_PORT } from './env';
import {
	connect,
	createLink,
	objectList,
	openBucket,
	presignPanel,
	watchPage,
	type PageProblems
} from './helpers';
import { s3 } from './s3';

const OWN_BUCKET = 'plain-http';
const PREFIX = 'lan/';
const OBJECTS = new Map(
	[`${PREFIX}report.pdf`, `${PREFIX}two words.txt`, `${PREFIX}sub/日本 ~1.bin`].map((key) => [
		key,
		randomBytes(300 + key.length)
	])
);

/** The first IPv4 address of this machine that is not loopback: a page there is not secure. */
function lanAddress(): string {
	const all = Object.values(networkInterfaces()).flatMap((list) => list ?? []);
	const found = all.find((a) => a.family === 'IPv4' && !a.internal);
	if (!found) {
		throw new Error(
			'This test needs a non-loopback IPv4 address on this machine (e.g. eth0), so that Chromium ' +
				'treats the page as plain http from another host; os.networkInterfaces() lists none.'
		);
	}
	return found.address;
}

/**
 * The gateway reached at `host` too, by a plain TCP relay: Chromium refuses requests from a page
 * that is not a secure context to a more private address (loopback), as it would from a real
 * intranet page to localhost. On one intranet host both are in the same address space.
 */
async function relayGateway(
	host: string
): Promise<{ endpoint: string; stop: () => Promise<void> }> {
	const sockets = new Set<Socket>();
	const relay: Server = createServer((client) => {
		const upstream = tcpConnect(RGW_PORT, '127.0.0.1');
		for (const s of [client, upstream]) {
			sockets.add(s);
			s.on('close', () => sockets.delete(s));
			s.on('error', () => (s === client ? upstream : client).destroy());
		}
		client.pipe(upstream).pipe(client);
	});
	await new Promise<void>((ok, fail) => {
		relay.once('error', fail);
		relay.listen(0, host, () => ok());
	});
	const { port } = relay.address() as { port: number };
	return {
		endpoint: `http://${host}:${port}`,
		stop: () =>
			new Promise<void>((ok) => {
				relay.close(() => ok());
				for (const s of sockets) s.destroy();
			})
	};
}

let app: AppServer;
let gateway: Awaited<ReturnType<typeof relayGateway>>;
let problems: PageProblems;

test.beforeAll(async () => {
	const host = lanAddress();
	app = await serveApp({ host });
	gateway = await relayGateway(host);
	await createBucket(s3, OWN_BUCKET);
	// The bucket answers this page's origin only: what an intranet admin would set up.
	await putBucketCors(
		s3,
		OWN_BUCKET,
		corsXml({
			origins: [app.origin],
			methods: ['GET', 'HEAD', 'PUT', 'DELETE'],
			exposeHeaders: ['ETag', 'Date', 'x-amz-request-id'],
			maxAge: 3000
		})
	);
	for (const [key, body] of OBJECTS) {
		const path = `/${OWN_BUCKET}/${encodeKey(key)}`;
		const res = await s3.signedFetch('PUT', path, { body });
		expect(res.status, `seed ${key}: ${await res.text()}`).toBe(200);
	}
});

test.afterAll(async () => {
	for (const key of OBJECTS.keys()) {
		await (await s3.signedFetch('DELETE', `/${OWN_BUCKET}/${encodeKey(key)}`)).arrayBuffer();
	}
	await (await s3.signedFetch('DELETE', `/${OWN_BUCKET}`)).arrayBuffer();
	await gateway?.stop();
	await app?.stop();
});

test.beforeEach(async ({ page }) => {
	problems = await watchPage(page);
});

test.afterEach(async ({ page }) => {
	await expect(page.locator('body')).not.toContainText('TypeError');
	await problems.expectNone();
});

/** Fetches `url` from Node: 200 and exactly the bytes of `key`. */
async function expectBytes(url: string, key: string): Promise<void> {
	expect(new URL(url).origin, key).toBe(gateway.endpoint);
	const res = await fetch(url);
	expect(res.status, `${key}: ${res.status}`).toBe(200);
	expect(Buffer.from(await res.arrayBuffer()).equals(OBJECTS.get(key)!), `bytes of ${key}`).toBe(
		true
	);
}

/** Creates bulk links for everything under PREFIX and returns the CSV rows (key, size, url, expiry). */
async function bulkLinks(page: Page, signer: 'v4' | 'v2'): Promise<string[][]> {
	await page.getByLabel('Bulk signature version').selectOption(signer);
	await page.getByRole('button', { name: 'Create links for all' }).click();
	const ready = page.getByRole('status').filter({ hasText: 'links ready' });
	await expect(ready).toContainText(`${OBJECTS.size} links ready`, { timeout: 30_000 });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download CSV' }).click()
	]);
	return parseCsv(readFileSync(await download.path(), 'utf8')).slice(1);
}

test('on a plain-http intranet page: not secure, says so, and SigV4, SigV2 and bulk links all work', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto(`${app.origin}/`);
	// The scenario itself: Chromium withholds WebCrypto from this page.
	expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
	expect(await page.evaluate(() => typeof crypto.subtle)).toBe('undefined');

	const notice = page.getByRole('complementary', {
		name: 'This page is served over plain http, not https'
	});
	await expect(notice).toBeVisible();
	await expect(notice).toContainText(
		'Anyone on the network path can alter the page itself and take the keys you type into it. Use https.'
	);
	await expect(notice).toContainText('cannot work offline');

	await connect(page, { endpoint: gateway.endpoint });
	const [v4Key, v2Key] = [...OBJECTS.keys()];
	const v4 = await createLink(page, { bucket: OWN_BUCKET, key: v4Key });
	expect(v4).toContain('X-Amz-Signature=');
	await expectBytes(v4, v4Key);
	const v2 = await createLink(page, { bucket: OWN_BUCKET, key: v2Key, signer: 'SigV2 (legacy)' });
	expect(v2).toContain('&Signature=');
	await expectBytes(v2, v2Key);
	await expect(presignPanel(page).getByText(/Could not sign/)).toHaveCount(0);

	// Signed listing (the S3 client hashes too), then bulk signing in the workers.
	await openBucket(page, OWN_BUCKET);
	await objectList(page).getByRole('button', { name: PREFIX, exact: true }).click();
	for (const signer of ['v4', 'v2'] as const) {
		const rows = await bulkLinks(page, signer);
		expect(rows.map((r) => r[0]).sort()).toEqual([...OBJECTS.keys()].sort());
		for (const [key, size, url] of rows) {
			expect(url).toContain(signer === 'v4' ? 'X-Amz-Signature=' : '&Signature=');
			expect(Number(size)).toBe(OBJECTS.get(key)!.length);
			await expectBytes(url, key);
		}
	}
	await expect(notice).toBeVisible(); // still there: it is not a one-off toast
});

test('only a page without WebCrypto fetches the JavaScript hashing, and only once it signs', async ({
	page
}) => {
	const scripts = new Set<string>();
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
	});
	const signBoth = async (bucket: string, key: string) => {
		await createLink(page, { bucket, key, signer: 'SigV2 (legacy)' });
		await createLink(page, { bucket, key });
	};
	// The suite's own app on loopback: a secure context, no notice.
	await page.goto('/');
	expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
	await connect(page);
	await signBoth('demo', 'README.txt');
	await expect(page.getByText('served over plain http')).toHaveCount(0);
	const secure = new Set(scripts);

	scripts.clear();
	await page.goto(`${app.origin}/`);
	await expect(page.getByText('This page is served over plain http, not https')).toBeVisible();
	const firstLoad = new Set(scripts);
	await connect(page, { endpoint: gateway.endpoint });
	await signBoth(OWN_BUCKET, [...OBJECTS.keys()][0]);
	const onlyHere = [...scripts].filter((path) => !secure.has(path));
	expect(onlyHere.length, 'the fallback chunk').toBeGreaterThan(0);
	expect(
		onlyHere.filter((path) => firstLoad.has(path)),
		'fetched on first load'
	).toEqual([]);
});

test('with no clipboard on a plain-http page, Copy link selects the URL and says how to copy it', async ({
	page
}) => {
	await page.goto(`${app.origin}/`);
	expect(await page.evaluate(() => typeof navigator.clipboard)).toBe('undefined');
	await connect(page, { endpoint: gateway.endpoint });
	const key = [...OBJECTS.keys()][0];
	const url = await createLink(page, { bucket: OWN_BUCKET, key });
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByText('The URL above is selected: press Ctrl+C')).toBeVisible();
	const field = page.getByLabel('Presigned URL', { exact: true });
	await expect(field).toBeFocused();
	expect(
		await field.evaluate((el: HTMLTextAreaElement) =>
			el.value.slice(el.selectionStart, el.selectionEnd)
		)
	).toBe(url);
});
