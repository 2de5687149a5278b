// The phone upload page sends a file only where a presigned upload link says, and says where
// first. Its link is this app's address plus a fragment, so anyone can craft one: hostile links
// get a sentence, no file picker and no request (a recording server of the test's own would see
// it); a real link made by the app uploads exact bytes to the real RGW.
import { Sha256 as JsSha256 } from '@aws-crypto/sha256-js';
import { expect, test, type Page } from '@playwright/test';
import { parseEndpoint } from '../../src/lib/s3/endpoint';
import { presignUrl } from '../../src/lib/s3/presign';
import { ACCESS_KEY, APP_ORIGIN, BUCKET, REGION, RGW_PORT, SECRET_KEY } from './env';
import { connect, createLink, watchPage, type PageProblems } from './helpers';
import { startLocalServer, type LocalServer } from './local-server';
import { s3 } from './s3';

/** The upload page of this app for `put`, encoded the way the app's own QR codes encode it. */
const uploadPage = (put: string) => `/#/upload?put=${Buffer.from(put).toString('base64url')}`;

/** A genuine SigV4 presigned PUT for `endpoint`, signed at `now`. */
async function presignedPut(endpoint: string, now: Date, expiresIn = 3600): Promise<string> {
	const signed = await presignUrl({
		signer: 'v4',
		method: 'PUT',
		endpoint: parseEndpoint(endpoint),
		region: REGION,
		addressing: 'path',
		bucket: BUCKET,
		key: 'trap/upload.bin',
		credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY },
		expiresIn,
		now,
		sha256: JsSha256
	});
	return signed.url;
}

let recorder: LocalServer;
let problems: PageProblems;
/** Requests the page sent that can carry a file (PUT, POST, …). */
let sent: string[];

test.beforeAll(async () => {
	recorder = await startLocalServer((req, res) => {
		req.resume();
		req.on('end', () => res.writeHead(200, { ETag: '"recorded"' }).end());
	});
});
test.afterAll(() => recorder.stop());

test.beforeEach(async ({ page }) => {
	recorder.received.length = 0;
	sent = [];
	problems = await watchPage(page);
	page.on('request', (r) => {
		if (!['GET', 'HEAD', 'OPTIONS'].includes(r.method())) sent.push(`${r.method()} ${r.url()}`);
	});
});
test.afterEach(async () => {
	await problems.expectNone();
});

const picker = (page: Page) => page.locator('input[type=file]');

interface Hostile {
	name: string;
	/** The page's address, given the recording server's origin. */
	address: (recorded: string) => Promise<string> | string;
	says: RegExp;
}

const hostile: Hostile[] = [
	{
		name: 'a plain URL without a signature, to another server',
		address: (recorded) => uploadPage(`${recorded}/${BUCKET}/plain.bin`),
		says: /This is not a presigned upload link/
	},
	{
		name: "a correctly signed PUT on the app's own origin",
		address: async () => uploadPage(await presignedPut(APP_ORIGIN, new Date())),
		says: /points at 127\.0\.0\.1:\d+, the server this page itself comes from/
	},
	{
		name: 'a javascript: URL',
		address: () => uploadPage('javascript:fetch("//127.0.0.1")'),
		says: /This upload link is a “javascript:” address/
	},
	{
		name: 'a data: URL',
		address: () => uploadPage('data:text/html,<b>hi</b>'),
		says: /This upload link is a “data:” address/
	},
	{
		name: 'a fragment that is not base64url',
		address: () => '/#/upload?put=!!not*base64!!',
		says: /This upload link is damaged/
	},
	{
		name: 'a fragment whose bytes are not UTF-8 (a character cut in half)',
		address: (recorded) =>
			`/#/upload?put=${Buffer.concat([Buffer.from(`${recorded}/${BUCKET}/`), Buffer.from([0xc3])]).toString('base64url')}`,
		says: /This upload link is damaged/
	},
	{
		name: 'a fragment with broken percent-encoding',
		address: () => '/#/upload?put=%E0%A4%A',
		says: /This upload link is damaged/
	},
	{
		name: 'an expired presigned PUT to another server',
		address: async (recorded) =>
			uploadPage(await presignedPut(recorded, new Date(Date.now() - 2 * 3600_000), 60)),
		says: /This upload link expired on /
	}
];

for (const c of hostile) {
	test(`refused, with no picker and no request: ${c.name}`, async ({ page }) => {
		await page.goto(await c.address(recorder.origin));
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(c.says);
		await expect(alert).toContainText('Nothing was uploaded.');
		await expect(picker(page)).toHaveCount(0);
		await expect(page.getByRole('definition')).toHaveCount(0);
		expect(recorder.requests()).toEqual([]);
		expect(sent).toEqual([]);
	});
}

test('a link that passes every check still names its server, bucket and key before the picker', async ({
	page
}) => {
	// Anyone can copy the signature parameters onto their own server: the page cannot tell, so it
	// shows the server plainly. This also proves the recording server above would see an upload.
	const forged = new URL(await presignedPut(recorder.origin, new Date()));
	forged.searchParams.set('X-Amz-Signature', 'f'.repeat(64));
	await page.goto(uploadPage(forged.href));
	await expect(page.getByLabel('Upload destination').getByRole('definition')).toContainText([
		new URL(recorder.origin).host,
		BUCKET,
		'trap/upload.bin'
	]);
	await picker(page).setInputFiles({ name: 'x.bin', mimeType: '', buffer: Buffer.from('x') });
	await expect(page.getByText('Uploaded x.bin (1 bytes).')).toBeVisible();
	expect(recorder.requests().filter((r) => r.startsWith('PUT '))).toEqual([
		`PUT ${forged.pathname}${forged.search}`
	]);
});

test('a presigned PUT made by the app: destination and live countdown first, then exact bytes on RGW', async ({
	page,
	context
}) => {
	await page.goto('/');
	await connect(page);
	const key = `uploads/phone trust ${Date.now()} ü+%.bin`;
	await createLink(page, { key, method: 'PUT' });
	const pageUrl = await page
		.getByRole('link', { name: 'Open the upload page' })
		.getAttribute('href');
	expect(pageUrl).toContain('#/upload?put=');

	const phone = await context.newPage();
	const phoneProblems = await watchPage(phone);
	await phone.goto(pageUrl!);
	const where = phone.getByLabel('Upload destination');
	await expect(where.getByRole('definition')).toHaveText([`127.0.0.1:${RGW_PORT}`, BUCKET, key]);
	const timer = phone.getByRole('timer', { name: 'Time left to upload' });
	await expect(timer).toHaveText(/^Expires in (59 min \d\d s|1 h 00 min 00 s)$/);
	const first = await timer.textContent();
	await expect.poll(() => timer.textContent(), { timeout: 15_000 }).not.toBe(first);
	// Destination and time left come before the picker in the page.
	const order = await phone.evaluate(() => {
		const list = document.querySelector('dl[aria-label="Upload destination"]');
		const timerEl = document.querySelector('[role="timer"]');
		const input = document.querySelector('input[type=file]');
		const before = (a: Element | null, b: Element | null) =>
			Boolean(a && b && a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
		return before(list, timerEl) && before(timerEl, input);
	});
	expect(order).toBe(true);

	const bytes = Buffer.from(Array.from({ length: 300_007 }, (_, i) => (i * 131 + 7) % 256));
	await phone
		.getByLabel('Choose a file to upload')
		.setInputFiles({ name: 'photo.bin', mimeType: 'application/octet-stream', buffer: bytes });
	await expect(phone.getByText('Uploaded photo.bin (300,007 bytes).')).toBeVisible();
	const path = `/${BUCKET}/${key.split('/').map(encodeURIComponent).join('/')}`;
	const res = await s3.signedFetch('GET', path);
	expect(res.status).toBe(200);
	expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
	await phoneProblems.expectNone();
});
