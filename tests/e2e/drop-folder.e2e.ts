// Drop folders: the app signs a POST policy for a folder, and whoever opens the drop link uploads
// files into that folder from this app's drop page, without keys. The page refuses what the
// policy would refuse before sending; the server enforces the policy on anything sent around it.
import { expect, test, type Page } from '@playwright/test';
import { encodeKey, expectOk, putObject } from '../../scripts/lib/s3-node.mjs';
import { dropPageUrl, readDropLink, type DropLink } from '../../src/lib/links/drop-link';
import { parseEndpoint } from '../../src/lib/s3/endpoint';
import { presignPost } from '../../src/lib/s3/post-policy';
import { ACCESS_KEY, APP_ORIGIN, BUCKET, ENDPOINT, REGION, RGW_PORT, SECRET_KEY } from './env';
import { connect, openBucket, watchPage, type PageProblems } from './helpers';
import { decodeQrElement } from './qr';
import { s3 } from './s3';

const MB = 1024 * 1024;
/** A folder of its own for each test, so runs and tests never see each other's files. */
const folderFor = (name: string) => `drop-${name}-${Date.now().toString(36)}/`;

let problems: PageProblems;
test.beforeEach(async ({ page }) => {
	problems = await watchPage(page);
});
test.afterEach(async () => {
	await problems.expectNone();
});

/** Bytes of one object as a client outside the browser reads them; null when there is none. */
async function objectBytes(key: string): Promise<Buffer | null> {
	const res = await s3.signedFetch('GET', `/${BUCKET}/${encodeKey(key)}`);
	if (res.status === 404) return (await res.arrayBuffer(), null);
	expect(res.status, key).toBe(200);
	return Buffer.from(await res.arrayBuffer());
}

/** Keys under `prefix`, as RGW lists them. */
async function keysUnder(prefix: string): Promise<string[]> {
	const path = `/${BUCKET}`;
	const xml = await expectOk(
		await s3.signedFetch('GET', path, { query: { 'list-type': '2', prefix } }),
		'GET',
		path
	);
	return [...xml.matchAll(/<Key>([^<]*)<\/Key>/g)].map((m) => m[1]);
}

/** Connects, opens `folder` in the browser and creates a drop link there; returns its URL. */
async function createDrop(page: Page, folder: string, maxMb: string): Promise<string> {
	await page.goto('/');
	await connect(page);
	await openBucket(page, BUCKET);
	await page
		.getByRole('list', { name: 'Folders and objects' })
		.getByRole('button', { name: folder, exact: true })
		.click();
	const request = page.getByRole('region', { name: 'Request files' });
	// The drop folder follows the folder open in the browser.
	await expect(request.getByLabel('Drop folder')).toHaveValue(folder);
	await request.getByLabel('Largest file (MB)').fill(maxMb);
	await request.getByLabel('Drop expires in (seconds)').fill('3600');
	await request.getByRole('button', { name: 'Create drop link' }).click();
	const field = request.getByLabel('Drop link', { exact: true });
	await expect(field).toHaveValue(/#\/drop\?d=/);
	return field.inputValue();
}

/** The signed form a drop link carries. */
function dropOf(link: string): DropLink {
	const drop = readDropLink(new URL(link).hash);
	if (!drop) throw new Error(`no drop in ${link}`);
	return drop;
}

/** Sends one file to the drop's form the way curl -F would, outside any browser. */
async function postOutside(drop: DropLink, key: string, body: Buffer): Promise<Response> {
	const form = new FormData();
	for (const [name, value] of Object.entries(drop.fields))
		if (name !== 'key') form.append(name, value);
	form.append('key', key);
	form.append('Content-Type', 'application/octet-stream');
	form.append('file', new Blob([new Uint8Array(body)]), 'file.bin');
	return fetch(drop.url, { method: 'POST', body: form });
}

const bytes = (n: number, seed: number) =>
	Buffer.from(Array.from({ length: n }, (_, i) => (i * 131 + seed) % 256));

test('three files, one with a Japanese name, arrive byte for byte; a taken name gets a suffix; a file over the limit is not sent', async ({
	page,
	context
}) => {
	const folder = folderFor('three');
	await putObject(s3, BUCKET, `${folder}notes.txt`, 'the original notes');
	const link = await createDrop(page, folder, '1');

	// The card: copyable link, QR code of exactly that link, countdown, and a history entry.
	const request = page.getByRole('region', { name: 'Request files' });
	await expect(request.getByRole('button', { name: 'Copy link' })).toBeVisible();
	await expect(request.getByRole('timer', { name: 'Time left on this drop link' })).toHaveText(
		/^Expires in (59 min \d\d s|1 h 00 min 00 s)$/
	);
	expect(
		await decodeQrElement(request.getByRole('img', { name: 'QR code for the drop link' }))
	).toBe(link);
	const history = page.getByRole('region', { name: 'Link history' });
	await expect(history).toContainText(`${BUCKET}/${folder}`);
	// Shown again from the history, it is the same drop link, not a presigned URL.
	await history
		.getByRole('listitem')
		.filter({ hasText: folder })
		.getByRole('button', { name: 'Show' })
		.click();
	await expect(
		page.getByRole('region', { name: 'Create a link' }).getByLabel('Drop link', { exact: true })
	).toHaveValue(link);

	const drop = await context.newPage();
	const dropProblems = await watchPage(drop);
	const posts: string[] = [];
	drop.on('request', (r) => {
		if (r.method() === 'POST') posts.push(r.url());
	});
	await drop.goto(link);
	await expect(drop.getByLabel('Drop destination').getByRole('definition')).toHaveText([
		`127.0.0.1:${RGW_PORT}`,
		BUCKET,
		folder,
		'1 MiB (1,048,576 bytes)'
	]);
	await expect(drop.getByRole('timer', { name: 'Time left to send files' })).toHaveText(
		/^Expires in /
	);

	const files = [
		{ name: 'report 1.txt', mimeType: 'text/plain', buffer: bytes(5_000, 1) },
		{ name: '測定データ 2026年.csv', mimeType: 'text/csv', buffer: bytes(300_001, 2) },
		{ name: 'notes.txt', mimeType: 'text/plain', buffer: bytes(1_048_576, 3) },
		{ name: 'too big.bin', mimeType: 'application/octet-stream', buffer: bytes(MB + 1, 4) }
	];
	await drop.getByLabel('Choose files').setInputFiles(files);
	const row = (name: string) =>
		drop.getByRole('list', { name: 'Files to send' }).getByRole('listitem', { name });
	await expect(row('too big.bin').getByRole('status')).toHaveText('Not sent');
	await expect(row('too big.bin')).toContainText("over this drop's limit of 1 MiB");
	await drop.getByRole('button', { name: 'Upload files' }).click();
	for (const f of files.slice(0, 3))
		await expect(row(f.name).getByRole('status')).toHaveText('Uploaded');
	await expect(row('notes.txt')).toContainText(
		/Stored as “notes-[0-9a-z]{4}\.txt”: a file with its name was already in the folder/
	);
	expect(posts).toHaveLength(3); // nothing was sent for the file over the limit

	expect((await objectBytes(`${folder}report 1.txt`))?.equals(files[0].buffer)).toBe(true);
	expect((await objectBytes(`${folder}測定データ 2026年.csv`))?.equals(files[1].buffer)).toBe(true);
	expect((await objectBytes(`${folder}notes.txt`))?.toString()).toBe('the original notes');
	const renamed = (await keysUnder(folder)).find((k) => /notes-[0-9a-z]{4}\.txt$/.test(k));
	expect(renamed, 'the second notes.txt').toBeDefined();
	expect((await objectBytes(renamed!))?.equals(files[2].buffer)).toBe(true);
	expect(await objectBytes(`${folder}too big.bin`)).toBeNull();
	await dropProblems.expectNone();
});

test('the server itself refuses a file over the limit and a key outside the folder', async ({
	page
}) => {
	const folder = folderFor('server');
	await putObject(s3, BUCKET, `${folder}.keep`, '');
	const drop = dropOf(await createDrop(page, folder, '0.01'));
	const limit = Math.floor(0.01 * MB);

	// The same form, sent as curl would: exactly at the limit it is stored (the harness works) …
	const atLimit = await postOutside(drop, `${folder}at-limit.bin`, bytes(limit, 5));
	expect(atLimit.status).toBe(204);
	expect((await objectBytes(`${folder}at-limit.bin`))?.equals(bytes(limit, 5))).toBe(true);

	// … one byte more and the server refuses it …
	const over = await postOutside(drop, `${folder}over.bin`, bytes(limit + 1, 6));
	expect(over.status).toBe(400);
	expect(await over.text()).toContain('<Code>EntityTooLarge</Code>');
	expect(await objectBytes(`${folder}over.bin`)).toBeNull();

	// … and so it does for a name outside the folder, or one that only looks like it.
	for (const key of ['outside.bin', `x${folder}inside-not.bin`, folder.slice(0, -1) + '.bin']) {
		const res = await postOutside(drop, key, bytes(10, 7));
		expect(res.status, key).toBe(403);
		expect(await res.text(), key).toContain('<Code>AccessDenied</Code>');
		expect(await objectBytes(key), key).toBeNull();
	}
});

test('an expired drop link says so, offers no picker, and the server refuses its policy', async ({
	page
}) => {
	const folder = folderFor('expired');
	// Signed two hours ago for one minute, with the app's own signer and link format.
	const post = await presignPost({
		signer: 'v4',
		endpoint: parseEndpoint(ENDPOINT),
		region: REGION,
		addressing: 'path',
		bucket: BUCKET,
		prefix: folder,
		maxBytes: MB,
		credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY },
		expiresIn: 60,
		now: new Date(Date.now() - 2 * 3600_000)
	});
	const drop: DropLink = { url: post.url, fields: post.fields };
	await page.goto(dropPageUrl(`${APP_ORIGIN}/`, drop));
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('This drop link expired on');
	await expect(alert).toContainText('Ask the person who sent it for a new one.');
	await expect(alert).toContainText('Nothing was uploaded.');
	await expect(page.getByLabel('Choose files')).toHaveCount(0);

	const res = await postOutside(drop, `${folder}late.bin`, bytes(10, 8));
	expect(res.status).toBe(403);
	expect(await objectBytes(`${folder}late.bin`)).toBeNull();
});

test('Forget credentials also forgets the drop link: it grants uploads until it expires', async ({
	page
}) => {
	const folder = folderFor('forget');
	await putObject(s3, BUCKET, `${folder}.keep`, '');
	await createDrop(page, folder, '1');
	await page.getByRole('button', { name: 'Forget credentials' }).click();
	await connect(page);
	await openBucket(page, BUCKET);
	const request = page.getByRole('region', { name: 'Request files' });
	await expect(request.getByRole('button', { name: 'Create drop link' })).toBeVisible();
	await expect(page.getByLabel('Drop link', { exact: true })).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'Link history' })).not.toContainText(folder);
});
