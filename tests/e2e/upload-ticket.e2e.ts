// Upload tickets: the sender creates a multipart upload in the app and hands out a link to the
// app's ticket page; whoever opens it (with no keys) sends one large file in parts straight to
// the real RGW, resumes after a reload, and cannot be steered elsewhere by a changed manifest.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page, type Route } from '@playwright/test';
import { corsXml, createBucket, encodeKey, putBucketCors } from '../../scripts/lib/s3-node.mjs';
import { APP_ORIGIN, BUCKET, ENDPOINT, SECRET_KEY } from './env';
import { connect, presignPanel, presignedUrl, watchPage, type PageProblems } from './helpers';
import { startLocalServer, type LocalServer } from './local-server';
import { s3 } from './s3';

// page.route must see every request: nothing may be answered by the service worker.
test.use({ serviceWorkers: 'block' });

const MiB = 1024 * 1024;
const NO_ETAG_BUCKET = 'noetag-tickets';

let dir: string;
let problems: PageProblems;

test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'ticket-e2e-'));
	// A bucket whose CORS rule lets this app in but hides ETag from it.
	await createBucket(s3, NO_ETAG_BUCKET);
	await putBucketCors(
		s3,
		NO_ETAG_BUCKET,
		corsXml({ origins: [APP_ORIGIN], methods: ['GET', 'PUT', 'POST', 'DELETE', 'HEAD'] })
	);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.beforeEach(async ({ page }) => {
	problems = await watchPage(page);
});
test.afterEach(async () => {
	await problems.expectNone();
});

/** A file of `size` random bytes on disk (Playwright takes at most 50 MB as an in-memory buffer). */
function randomFile(name: string, size: number): { path: string; bytes: Buffer } {
	const bytes = randomBytes(size);
	const path = join(dir, name);
	writeFileSync(path, bytes);
	return { path, bytes };
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const objectPath = (bucket: string, key: string) => `/${bucket}/${encodeKey(key)}`;

/** Connects and creates a ticket for `key`; returns the ticket page URL the card shows. */
async function createTicket(page: Page, key: string, gb: string, bucket = BUCKET): Promise<string> {
	await page.goto('/');
	await connect(page);
	const form = presignPanel(page);
	await form.getByLabel('Bucket name').fill(bucket);
	await form.getByLabel('Object key').fill(key);
	await form.getByLabel('Method').selectOption('Large upload (multipart)');
	await form.getByLabel('Largest file (GB)').fill(gb);
	await form.getByLabel('Expires in (seconds)').fill('3600');
	await form.getByRole('button', { name: 'Create link', exact: true }).click();
	await expect.poll(() => presignedUrl(page)).toContain('#/ticket?m=');
	await expect(page.getByRole('img', { name: 'QR code for the presigned URL' })).toBeVisible();
	return presignedUrl(page);
}

/** Multipart uploads RGW has open for `key` (ListMultipartUploads). */
async function openUploads(bucket: string, key: string): Promise<string[]> {
	const res = await s3.signedFetch('GET', `/${bucket}`, { query: { uploads: '', prefix: key } });
	const xml = await res.text();
	expect(res.status, xml).toBe(200);
	return [...xml.matchAll(/<UploadId>([^<]+)<\/UploadId>/g)].map((m) => m[1]);
}

/** Parts on RGW for the one open upload of `key`. */
async function partsOnServer(key: string): Promise<number> {
	const [uploadId] = await openUploads(BUCKET, key);
	if (!uploadId) return -1;
	const res = await s3.signedFetch('GET', objectPath(BUCKET, key), { query: { uploadId } });
	return [...(await res.text()).matchAll(/<PartNumber>/g)].length;
}

/** A fresh browser context with no keys: the recipient's side. */
async function recipient(browser: Browser) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const watched = await watchPage(page);
	const requests: { method: string; url: string; auth: boolean }[] = [];
	page.on('request', (r) => {
		const seen = { method: r.method(), url: r.url(), auth: false };
		requests.push(seen);
		r.allHeaders().then(
			(h) => (seen.auth = 'authorization' in h),
			() => {}
		);
	});
	const partPuts = () =>
		requests.filter((r) => r.method === 'PUT' && r.url.includes('partNumber='));
	return { context, page, watched, requests, partPuts };
}

test('a 48 MiB file goes up in 8 MiB parts, byte-identical, and the ticket is then removed', async ({
	page,
	browser
}) => {
	const key = `tickets/big ${Date.now()} ü.bin`;
	const ticketUrl = await createTicket(page, key, '0.1');
	expect(await openUploads(BUCKET, key)).toHaveLength(1);

	const them = await recipient(browser);
	await them.page.goto(ticketUrl);
	const where = them.page.getByLabel('Upload destination').getByRole('definition');
	await expect(where).toContainText([/127\.0\.0\.1:\d+/, BUCKET, key, /100,000,000 bytes/]);
	await expect(them.page.getByRole('timer', { name: 'Time left to upload' })).toBeVisible();
	const file = randomFile('big.bin', 48 * MiB);
	await them.page.getByLabel('Choose a file').setInputFiles(file.path);
	await them.page.getByRole('button', { name: 'Upload file' }).click();
	await expect(them.page.getByText(/^Upload complete/)).toBeVisible({ timeout: 90_000 });

	expect(them.partPuts()).toHaveLength(6);
	const res = await s3.signedFetch('GET', objectPath(BUCKET, key));
	expect(res.status).toBe(200);
	expect(sha256(Buffer.from(await res.arrayBuffer()))).toBe(sha256(file.bytes));
	expect(await openUploads(BUCKET, key)).toEqual([]);
	// The manifest is gone: opening the ticket again says so.
	await them.page.reload();
	await expect(them.page.getByRole('alert')).toContainText('This upload ticket is no longer there');
	// The recipient's page never held or sent a key: no signed header, no secret anywhere.
	expect(them.requests.filter((r) => r.auth)).toEqual([]);
	expect(them.requests.filter((r) => r.url.includes(SECRET_KEY))).toEqual([]);
	await them.watched.expectNone();
	await them.context.close();
});

test('a reload in the middle resumes from the parts on the server instead of starting over', async ({
	page,
	browser
}) => {
	const key = `tickets/resume ${Date.now()}.bin`;
	const ticketUrl = await createTicket(page, key, '0.1');
	const file = randomFile('resume.bin', 48 * MiB);
	const them = await recipient(browser);
	// Let two parts through; hold every other one until the page goes away (the reload cancels
	// them, so they never reach the server). After the reload everything goes through.
	let through = 0;
	let reloaded = false;
	let resent = 0;
	const held: Route[] = [];
	await them.page.route(
		(url) => url.searchParams.has('partNumber'),
		(route) => {
			if (route.request().method() !== 'PUT') return route.continue();
			if (reloaded) {
				resent++;
				return route.continue();
			}
			if (through >= 2) return void held.push(route);
			through++;
			return route.continue();
		}
	);
	await them.page.goto(ticketUrl);
	await them.page.getByLabel('Choose a file').setInputFiles(file.path);
	await them.page.getByRole('button', { name: 'Upload file' }).click();
	await expect.poll(() => partsOnServer(key), { timeout: 60_000 }).toBe(2);
	await expect.poll(() => held.length).toBeGreaterThanOrEqual(2);

	await them.page.reload();
	reloaded = true;
	await them.page.getByLabel('Choose a file').setInputFiles(file.path);
	await them.page.getByRole('button', { name: 'Upload file' }).click();
	await expect(them.page.getByText(/^Upload complete.*\(2 parts were already there\)/)).toBeVisible(
		{
			timeout: 90_000
		}
	);
	expect(resent).toBe(4);
	const res = await s3.signedFetch('GET', objectPath(BUCKET, key));
	expect(sha256(Buffer.from(await res.arrayBuffer()))).toBe(sha256(file.bytes));
	await them.watched.expectNone();
	await them.context.close();
});

test('a file larger than the ticket is refused before anything is sent', async ({
	page,
	browser
}) => {
	const key = `tickets/small ${Date.now()}.bin`;
	const ticketUrl = await createTicket(page, key, '0.01');
	const them = await recipient(browser);
	await them.page.goto(ticketUrl);
	await them.page
		.getByLabel('Choose a file')
		.setInputFiles({ name: 'huge.bin', mimeType: '', buffer: Buffer.alloc(10_000_001) });
	await expect(them.page.getByRole('alert')).toContainText(
		'huge.bin is 9.5 MiB (10,000,001 bytes), larger than this ticket takes (10,000,000 bytes). Nothing was sent'
	);
	await expect(them.page.getByRole('button', { name: 'Upload file' })).toBeDisabled();
	expect(them.requests.filter((r) => r.url.startsWith(ENDPOINT) && r.method !== 'GET')).toEqual([]);
	expect(await partsOnServer(key)).toBe(0);
	await them.watched.expectNone();
	await them.context.close();
});

test('Abort upload in the history leaves no upload on the server and ends the ticket', async ({
	page,
	browser
}) => {
	const key = `tickets/abort ${Date.now()}.bin`;
	const ticketUrl = await createTicket(page, key, '1');
	expect(await openUploads(BUCKET, key)).toHaveLength(1);
	const history = page.getByRole('region', { name: 'Link history' });
	await history.getByRole('button', { name: 'Abort upload' }).click();
	await expect(history.getByRole('status')).toContainText('Upload aborted');
	await expect(history.getByText('upload aborted', { exact: true })).toBeVisible();
	await expect(history.getByRole('button', { name: 'Abort upload' })).toHaveCount(0);
	expect(await openUploads(BUCKET, key)).toEqual([]);

	const them = await recipient(browser);
	await them.page.goto(ticketUrl);
	await expect(them.page.getByRole('alert')).toContainText('This upload ticket is no longer there');
	await expect(them.page.getByLabel('Choose a file')).toHaveCount(0);
	await them.watched.expectNone();
	await them.context.close();
});

test.describe('hostile tickets', () => {
	let recorder: LocalServer;
	test.beforeAll(async () => {
		recorder = await startLocalServer((req, res) => {
			req.resume();
			req.on('end', () => res.writeHead(200, { ETag: '"recorded"' }).end());
		});
	});
	test.afterAll(() => recorder.stop());

	test('a manifest changed to send parts to another server is refused, and nothing goes there', async ({
		page,
		browser
	}) => {
		const key = `tickets/tampered ${Date.now()}.bin`;
		const ticketUrl = await createTicket(page, key, '0.1');
		// Someone with write access to the bucket (or the path) rewrites the part links.
		const manifestUrl = new URL(
			Buffer.from(new URL(ticketUrl).hash.split('m=')[1], 'base64url').toString()
		);
		const manifestPath = manifestUrl.pathname;
		const manifest = JSON.parse(await (await s3.signedFetch('GET', manifestPath)).text());
		const part = new URL(manifest.parts.first);
		manifest.parts.first = manifest.parts.first.replace(part.origin, recorder.origin);
		const put = await s3.signedFetch('PUT', manifestPath, {
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(manifest)
		});
		expect(put.status).toBe(200);

		const them = await recipient(browser);
		await them.page.goto(ticketUrl);
		const alert = them.page.getByRole('alert');
		await expect(alert).toContainText(
			`This upload ticket is damaged or was changed: its part link points at ${new URL(recorder.origin).host}, not at ${manifestUrl.host}`
		);
		await expect(alert).toContainText('Nothing was uploaded.');
		await expect(them.page.getByLabel('Choose a file')).toHaveCount(0);
		expect(recorder.requests()).toEqual([]);
		await them.watched.expectNone();
		await them.context.close();
	});

	test("a ticket link whose manifest sits on the app's own origin is refused unread", async ({
		page
	}) => {
		const own = `${APP_ORIGIN}/${BUCKET}/.presign-tickets/x.json?X-Amz-Algorithm=AWS4-HMAC-SHA256`;
		await page.goto(`/#/ticket?m=${Buffer.from(own).toString('base64url')}`);
		await expect(page.getByRole('alert')).toContainText('Nothing was uploaded.');
		await expect(page.getByRole('alert')).toContainText('This ticket link points at 127.0.0.1');
		await expect(page.getByRole('alert')).toContainText('the server this page itself comes from');
		await expect(page.getByLabel('Choose a file')).toHaveCount(0);
	});
});

test('a bucket whose CORS rule hides ETag: the page names the missing header and the fix', async ({
	page,
	browser
}) => {
	const key = `tickets/noetag ${Date.now()}.bin`;
	const ticketUrl = await createTicket(page, key, '0.1', NO_ETAG_BUCKET);
	const them = await recipient(browser);
	await them.page.goto(ticketUrl);
	await them.page
		.getByLabel('Choose a file')
		.setInputFiles({ name: 'a.bin', mimeType: '', buffer: randomBytes(MiB) });
	await them.page.getByRole('button', { name: 'Upload file' }).click();
	await expect(them.page.getByText(/cannot read its receipt \(the ETag header\)/)).toBeVisible();
	await expect(them.page.getByText(/add ETag to the ExposeHeaders/)).toBeVisible();
	await expect(them.page.getByText(/^Upload complete/)).toHaveCount(0);
	await them.watched.expectNone();
	await them.context.close();
});
