// The presign panel against a real Ceph RGW: links made in the UI work (or are refused) outside
// the browser, QR codes decode from pixels, countdowns expire, revoke keeps the bytes, and the
// form reproduces botocore's URLs exactly.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ACCESS_KEY, BUCKET, ENDPOINT, REGION, SECRET_KEY } from './env';
import { watchPage, type PageProblems } from './helpers';
import { decodeQrElement, decodeQrPng, degrade } from './qr';
import { listKeys, putObject } from '../../scripts/lib/s3-node.mjs';
import { s3 } from './s3';

interface Vector {
	id: string;
	signer: 'v4' | 'v2';
	method: 'GET' | 'PUT';
	endpoint: string | null;
	addressing: 'path' | 'virtual';
	region: string;
	accessKeyId: string;
	secretAccessKey: string;
	bucket: string;
	key: string;
	expiresIn: number;
	signingTime: string;
	expected: { url: string };
}
const vectors: Vector[] = JSON.parse(
	readFileSync(new URL('../../src/lib/s3/fixtures/vectors.json', import.meta.url), 'utf8')
).vectors;
const vector = (id: string) => vectors.find((v) => v.id === id)!;

async function objectBytes(key: string): Promise<Buffer> {
	const path = `/${BUCKET}/${key.split('/').map(encodeURIComponent).join('/')}`;
	const res = await s3.signedFetch('GET', path);
	expect(res.status, `GET ${key}`).toBe(200);
	return Buffer.from(await res.arrayBuffer());
}

let problems: PageProblems;

test.beforeEach(async ({ page }) => {
	problems = await watchPage(page);
});

test.afterEach(async () => {
	await problems.expectNone();
});

interface Connection {
	endpoint: string;
	region: string;
	accessKey: string;
	secret: string;
	pathStyle?: boolean;
}

/** Fills the connection form and presses Connect (which saves the settings even when it fails). */
async function connect(page: Page, c: Connection) {
	await page.getByLabel('Endpoint URL').fill(c.endpoint);
	await page.getByLabel('Region', { exact: true }).fill(c.region);
	await page.getByLabel('Access key ID', { exact: true }).fill(c.accessKey);
	await page.getByLabel('Secret access key', { exact: true }).fill(c.secret);
	if (c.pathStyle !== undefined)
		await page.getByLabel('Path-style addressing').setChecked(c.pathStyle);
	await page.getByRole('button', { name: 'Connect', exact: true }).click();
}

const localRgw: Connection = {
	endpoint: ENDPOINT,
	region: REGION,
	accessKey: ACCESS_KEY,
	secret: SECRET_KEY
};

interface LinkInput {
	bucket?: string;
	key: string;
	method?: 'Download (GET)' | 'Upload (PUT)';
	expires?: string;
	signer?: 'SigV4' | 'SigV2 (legacy)';
	filename?: string;
	contentType?: string;
}

/** Fills the presign form, presses Create link and returns the URL of the new card. */
async function createLink(page: Page, input: LinkInput): Promise<string> {
	const field = urlField(page);
	// A second call must not return the previous card's URL: wait for the value to change.
	const before = (await field.count()) ? await field.inputValue() : '';
	await fillLinkForm(page, input);
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect
		.poll(async () => ((await field.count()) ? field.inputValue() : ''))
		.toMatch(/^https?:\/\//);
	await expect.poll(() => field.inputValue()).not.toBe(before);
	return field.inputValue();
}

async function fillLinkForm(page: Page, input: LinkInput) {
	await page.getByLabel('Bucket name').fill(input.bucket ?? BUCKET);
	await page.getByLabel('Object key').fill(input.key);
	await page.getByLabel('Method').selectOption({ label: input.method ?? 'Download (GET)' });
	await page.getByLabel('Signature version').selectOption({ label: input.signer ?? 'SigV4' });
	await page.getByLabel('Expires in (seconds)').fill(input.expires ?? '3600');
	if (input.filename !== undefined) await page.getByLabel('Download filename').fill(input.filename);
	if (input.contentType !== undefined)
		await page.getByLabel('Content type').fill(input.contentType);
}

const card = (page: Page) => page.getByRole('article');
const urlField = (page: Page) => page.getByRole('textbox', { name: 'Presigned URL', exact: true });

test('a GET link made in the UI downloads the exact bytes outside the browser; its QR decodes', async ({
	page
}) => {
	await page.goto('/');
	await connect(page, localRgw);
	const key = 'データ/ファイル 1.txt';
	const url = await createLink(page, { key });

	const res = await fetch(url);
	expect(res.status).toBe(200);
	expect(Buffer.from(await res.arrayBuffer())).toEqual(await objectBytes(key));

	const qr = card(page).getByRole('img', { name: 'QR code for the presigned URL', exact: true });
	await expect(qr).toBeVisible();
	const shot = await qr.screenshot();
	expect(decodeQrPng(shot)).toBe(url);
	expect(decodeQrPng(await degrade(page, shot, 0.5, 0.6))).toBe(url);

	// The large view for scanning across a room decodes too.
	await card(page).getByRole('button', { name: 'Show large' }).click();
	const large = page.getByRole('img', { name: 'QR code for the presigned URL (large)' });
	expect(await decodeQrElement(large)).toBe(url);
	await page.getByRole('button', { name: 'Close' }).click();

	await expect(card(page).getByText(`curl -o 'ファイル 1.txt' "${url}"`)).toBeVisible();
	await card(page).getByRole('button', { name: 'Check link' }).click();
	await expect(card(page).getByTestId('check-outcome')).toContainText('The link works (HTTP 206)');
});

test('the countdown reaches Expired with a fast-forwarded clock, dims the QR and copying warns', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.clock.install();
	await page.goto('/');
	await connect(page, localRgw);
	await createLink(page, { key: 'README.txt', expires: '300' });
	const timer = card(page).getByRole('timer');
	await expect(timer).toHaveText(/^Expires in [45] min \d\d s$/);
	await page.clock.fastForward('02:00');
	await expect(timer).toHaveText(/^Expires in [23] min \d\d s$/);
	await page.clock.fastForward('03:01');
	await expect(timer).toHaveText('Expired');
	await expect(
		card(page).getByRole('img', { name: 'QR code for the presigned URL', exact: true })
	).toHaveClass(/dimmed/);
	await card(page).getByRole('button', { name: 'Copy link' }).click();
	await expect(card(page).getByText(/Copied, but this link has expired/)).toBeVisible();
	// The history shows it as expired as well.
	await expect(
		page.getByRole('region', { name: 'Link history' }).getByText('expired', { exact: true })
	).toBeVisible();
});

test('a JWT session token that expires first shortens the countdown, and the card says why', async ({
	page
}) => {
	const exp = Math.floor(Date.now() / 1000) + 600;
	const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
	const token = `${part({ alg: 'HS512' })}.${part({ accessKey: 'TEMP', exp })}.signature`;
	await page.goto('/');
	await page.getByLabel('Session token').fill(token);
	await connect(page, { ...localRgw, endpoint: 'https://s3.example.ac.jp' });
	const url = await createLink(page, { bucket: 'my-bucket', key: 'k.txt', expires: '86400' });
	expect(new URL(url).searchParams.get('X-Amz-Security-Token')).toBe(token);
	await expect(card(page).getByRole('timer')).toHaveText(/^Expires in (10 min 00|9 min \d\d) s$/);
	await expect(card(page)).toContainText('The session token used to sign it expires first');
});

test('a real 20-second link works, then is refused by the server once it has expired', async ({
	page
}) => {
	await page.goto('/');
	await connect(page, localRgw);
	// 20 s leaves room for the UI round trips before the first fetch on a busy machine (signing
	// floors to the second).
	const url = await createLink(page, { key: 'README.txt', expires: '20' });
	expect((await fetch(url)).status).toBe(200);
	await expect(card(page).getByRole('timer')).toHaveText('Expired', { timeout: 60_000 });
	// The server's clock has whole seconds and may lag a little: poll rather than sleep.
	await expect.poll(() => fetch(url).then((r) => r.status), { timeout: 60_000 }).toBe(403);
	const res = await fetch(url);
	expect(res.status).toBe(403);
	expect(await res.text()).toContain('<Code>AccessDenied</Code>');
	// In the browser RGW's 403 has no CORS headers: the check explains that.
	await card(page).getByRole('button', { name: 'Check link' }).click();
	await expect(card(page).getByTestId('check-outcome')).toContainText('without CORS headers');
});

test('SigV2 links may last 30 days; SigV4 over 7 days is refused in the form', async ({ page }) => {
	await page.goto('/');
	await connect(page, localRgw);
	await fillLinkForm(page, { key: 'README.txt', expires: String(8 * 86400) });
	const error = page.getByText(/SigV4 links can last at most 7 days \(604800 seconds\)/);
	await expect(error).toBeVisible();
	await page.getByRole('button', { name: 'Create link' }).click();
	// Once the click has been handled (the error still shows), no link may have appeared.
	await expect(error).toBeVisible();
	await expect(urlField(page)).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'Link history' })).toContainText('None yet');

	for (const [text, message] of [
		['0', 'at least 1 second'],
		['-5', 'cannot be negative'],
		['soon', 'whole number of seconds']
	]) {
		await page.getByLabel('Expires in (seconds)').fill(text);
		await expect(page.getByText(message)).toBeVisible();
	}

	await page.getByLabel('Expires in (seconds)').fill(String(30 * 86400));
	await page.getByRole('button', { name: 'Switch to SigV2 (legacy)' }).click();
	await expect(page.getByLabel('Signature version')).toHaveValue('v2');
	await page.getByRole('button', { name: 'Create link' }).click();
	const field = urlField(page);
	await expect(field).toHaveValue(/AWSAccessKeyId=/);
	const url = await field.inputValue();
	expect(Number(new URL(url).searchParams.get('Expires')) * 1000 - Date.now()).toBeGreaterThan(
		29.9 * 86400e3
	);
	const res = await fetch(url);
	expect(res.status).toBe(200);
	expect(Buffer.from(await res.arrayBuffer())).toEqual(await objectBytes('README.txt'));
	await expect(card(page).getByRole('timer')).toHaveText(/^Expires in (29|30) d /);
});

test('a PUT link uploads with curl -T; the object is listed with the right size', async ({
	page
}) => {
	await page.goto('/');
	await connect(page, localRgw);
	const key = `uploads/curl ${Date.now()}.bin`;
	const url = await createLink(page, { key, method: 'Upload (PUT)' });
	const command = card(page).locator('pre');
	await expect(command).toHaveText(`curl -T '${key.split('/')[1]}' "${url}"`);

	const dir = mkdtempSync(join(tmpdir(), 'presign-'));
	const file = join(dir, 'upload.bin');
	const bytes = Buffer.from(Array.from({ length: 70_001 }, (_, i) => (i * 31) % 256));
	writeFileSync(file, bytes);
	const status = execFileSync(
		'curl',
		['-sS', '-o', '/dev/null', '-w', '%{http_code}', '-T', file, url],
		{
			encoding: 'utf8'
		}
	);
	expect(status).toBe('200');

	const listed = await s3.signedFetch('GET', `/${BUCKET}`, {
		query: { 'list-type': '2', prefix: key }
	});
	const xml = await listed.text();
	expect(xml).toContain(`<Key>${key}</Key>`);
	expect(xml).toMatch(/<Size>70001<\/Size>/);
	expect(await objectBytes(key)).toEqual(bytes);
	expect(await listKeys(s3, BUCKET, key)).toEqual([key]);
});

test('the phone upload page uploads a file with progress from the PUT link in its fragment', async ({
	page,
	context
}) => {
	await page.goto('/');
	await connect(page, localRgw);
	const key = `uploads/phone ${Date.now()}.txt`;
	const url = await createLink(page, { key, method: 'Upload (PUT)', signer: 'SigV2 (legacy)' });
	const qr = card(page).getByRole('img', {
		name: 'QR code for the phone upload page',
		exact: true
	});
	const pageUrl = await decodeQrElement(qr);
	expect(pageUrl).toMatch(/#\/upload\?put=[A-Za-z0-9_-]+&bucket=[A-Za-z0-9_-]+$/);
	expect(pageUrl).not.toContain(new URL(url).search); // only in the fragment, encoded

	const phone = await context.newPage();
	const phoneProblems = await watchPage(phone);
	const requests: string[] = [];
	phone.on('request', (r) => requests.push(r.url()));
	await phone.goto(pageUrl!);
	await expect(phone.getByRole('heading', { name: 'Upload a file' })).toBeVisible();
	await phone.getByLabel('Choose a file to upload').setInputFiles({
		name: 'note.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('from the phone\n')
	});
	await expect(phone.getByText('Uploaded note.txt (15 bytes).')).toBeVisible();
	await expect(phone.getByRole('progressbar')).toHaveAttribute('value', '100');
	expect((await objectBytes(key)).toString()).toBe('from the phone\n');
	// The app's server only ever saw the page's own files, never the fragment.
	for (const r of requests.filter((u) => !u.startsWith(ENDPOINT))) expect(r).not.toContain('put=');
	await phoneProblems.expectNone();
});

test('disable by renaming: the old link fails, the new key holds the same bytes', async ({
	page
}) => {
	const key = `revoke/rename ${Date.now()}.txt`;
	const body = `keep these bytes ${Math.random()}\n`;
	await putObject(s3, BUCKET, key, body);
	await page.goto('/');
	await connect(page, localRgw);
	const url = await createLink(page, { key });
	expect((await fetch(url)).status).toBe(200);

	await card(page).getByText('Disable this link before it expires').click();
	await card(page).getByRole('button', { name: 'Disable by renaming' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toContainText(key);
	const newKey = `${key}.off`;
	await dialog.getByLabel('New key').fill(newKey);
	await dialog.getByRole('button', { name: 'Rename and disable' }).click();
	await expect(card(page).getByTestId('revoke-outcome')).toContainText(
		`Renamed to "${newKey}" and verified`
	);

	expect((await fetch(url)).status).toBe(404);
	expect((await objectBytes(newKey)).toString()).toBe(body);
	await expect(
		page.getByRole('region', { name: 'Link history' }).getByText(`renamed to ${newKey}`)
	).toBeVisible();
	// The card shown is the same link: it says so and offers no second revoke.
	await expect(card(page)).toContainText(`Disabled: renamed to ${newKey}`);
	await expect(card(page).getByRole('button', { name: 'Disable by renaming' })).toBeDisabled();
	await expect(card(page).getByRole('button', { name: 'Disable by deleting' })).toBeDisabled();
});

test('disable by deleting asks first, naming the key', async ({ page }) => {
	const key = `revoke/delete ${Date.now()}.txt`;
	await putObject(s3, BUCKET, key, 'bye\n');
	await page.goto('/');
	await connect(page, localRgw);
	const url = await createLink(page, { key });
	await card(page).getByText('Disable this link before it expires').click();
	await card(page).getByRole('button', { name: 'Disable by deleting' }).click();
	await expect(page.getByRole('dialog')).toContainText(`Delete “${key}”?`);
	await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
	expect((await fetch(url)).status).toBe(200);
	await card(page).getByRole('button', { name: 'Disable by deleting' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete and disable' }).click();
	await expect(card(page).getByTestId('revoke-outcome')).toContainText('Deleted');
	expect((await fetch(url)).status).toBe(404);
});

const FORM_VECTORS = [
	'v4-minio-port-path',
	'v4-custom-https-virtual',
	'v4-custom-https-path',
	'v2-minio-port',
	'v2-custom-https',
	'v4-put-plain',
	'v2-put-content-type'
];

for (const id of FORM_VECTORS) {
	test(`with a frozen clock the form gives botocore's URL: ${id}`, async ({ page }) => {
		const v = vector(id);
		await page.clock.setFixedTime(v.signingTime);
		await page.goto('/');
		await connect(page, {
			// null = AWS: botocore's regional endpoint for the region
			endpoint: v.endpoint ?? `https://s3.${v.region}.amazonaws.com`,
			region: v.region,
			accessKey: v.accessKeyId,
			secret: v.secretAccessKey,
			pathStyle: v.addressing === 'path'
		});
		const headers = (v as unknown as { headers: Record<string, string> }).headers;
		const url = await createLink(page, {
			bucket: v.bucket,
			key: v.key,
			method: v.method === 'PUT' ? 'Upload (PUT)' : 'Download (GET)',
			signer: v.signer === 'v4' ? 'SigV4' : 'SigV2 (legacy)',
			expires: String(v.expiresIn),
			contentType: headers['content-type'] ?? ''
		});
		expect(url).toBe(v.expected.url);
	});
}

test('a download filename and content type become response-* overrides (botocore vector)', async ({
	page
}) => {
	const v = vector('v4-rcd-ascii');
	await page.clock.setFixedTime(v.signingTime);
	await page.goto('/');
	await connect(page, {
		endpoint: `https://s3.${v.region}.amazonaws.com`,
		region: v.region,
		accessKey: v.accessKeyId,
		secret: v.secretAccessKey,
		pathStyle: false
	});
	const url = await createLink(page, {
		bucket: v.bucket,
		key: v.key,
		filename: 'report final.pdf',
		contentType: 'application/pdf'
	});
	expect(url).toBe(v.expected.url);
});

for (const id of [
	'v4-aws-doc-example',
	'v2-aws-doc-example',
	'v4-key-japanese',
	'v2-long-expiry'
]) {
	test(`inspect shows expiry and key of an aws s3 presign URL: ${id}`, async ({ page }) => {
		const v = vector(id);
		await page.goto('/');
		const inspect = page.getByRole('region', { name: 'Inspect a presigned URL' });
		await inspect.getByLabel('Paste a presigned URL').fill(v.expected.url);
		await inspect.getByRole('button', { name: 'Inspect' }).click();
		const details = inspect.getByRole('definition');
		const expiresAt = new Date(Date.parse(v.signingTime) + v.expiresIn * 1000).toISOString();
		await expect(details.filter({ hasText: expiresAt })).toHaveCount(1);
		await expect(details.filter({ hasText: new RegExp(`^${escapeRegExp(v.key)}$`) })).toHaveCount(
			1
		);
		await expect(
			details.filter({ hasText: v.signer === 'v4' ? 'SigV4' : 'SigV2 (legacy)' })
		).toHaveCount(1);
		await expect(inspect.getByRole('timer')).toHaveText('Expired');
		// Long expired: the QR code is still drawn, dimmed.
		const qr = inspect.getByRole('img', { name: 'QR code for the inspected URL', exact: true });
		await expect(qr).toHaveClass(/dimmed/);
	});
}

test('history lists links newest first, exports CSV and JSON, and clears', async ({ page }) => {
	await page.goto('/');
	await connect(page, localRgw);
	await createLink(page, { key: 'README.txt' });
	await createLink(page, { key: 'images/logo.png', expires: '86400' });
	const history = page.getByRole('region', { name: 'Link history' });
	const items = history.getByRole('listitem');
	await expect(items).toHaveCount(2);
	await expect(items.first()).toContainText('demo/images/logo.png');
	await expect(items.nth(1)).toContainText('demo/README.txt');
	await expect(history.getByRole('timer')).toHaveCount(2);

	const csvDownload = page.waitForEvent('download');
	await history.getByRole('button', { name: 'Export CSV' }).click();
	const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
	expect(csv.split('\r\n')[0]).toBe('signed_at,expires_at,method,signer,bucket,key,status,url');
	expect(csv).toContain(',GET,v4,demo,images/logo.png,active,http');

	const jsonDownload = page.waitForEvent('download');
	await history.getByRole('button', { name: 'Export JSON' }).click();
	const json = JSON.parse(readFileSync((await (await jsonDownload).path())!, 'utf8'));
	expect(json.map((l: { key: string }) => l.key)).toEqual(['images/logo.png', 'README.txt']);

	await page.reload();
	await expect(items).toHaveCount(2); // sessionStorage survives a reload of the tab
	await history.getByRole('button', { name: 'Clear history' }).click();
	await expect(items).toHaveCount(0);
	expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
