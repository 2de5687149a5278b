// Links made in the presign panel against a real Ceph RGW work (or are refused) outside the
// browser: downloads, uploads by curl and from a phone, QR codes decoded from pixels, and
// countdowns that reach Expired.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUCKET, ENDPOINT } from './env';
import { failOnPageProblems, watchPage } from './helpers';
import {
	card,
	connect,
	createLink,
	fillLinkForm,
	localRgw,
	objectBytes,
	urlField
} from './presign';
import { decodeQrElement, decodeQrPng, degrade } from './qr';
import { listKeys } from '../../scripts/lib/s3-node.mjs';
import { s3 } from './s3';

failOnPageProblems();

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
