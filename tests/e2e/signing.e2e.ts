// Signing core, end to end: links made by the real page, used from outside the browser (Node's
// fetch, as curl or a colleague would) against the real Ceph RGW.
import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { BUCKET, ENDPOINT } from './env';
import { connect, createLink, presignPanel, watchPage, type PageProblems } from './helpers';

const TRICKY_KEYS = [
	'signing/space key.txt',
	'signing/a+b.txt',
	'signing/tilde~x.txt',
	'signing/100%.txt',
	'signing/pct%20lit.txt',
	'signing/hash#x.txt',
	'signing/q?x.txt',
	'signing/x=1&y=2.txt',
	'signing/日本語 ファイル.txt',
	'signing/emoji 😀.txt'
];

let problems: PageProblems;

test.beforeEach(async ({ page }) => {
	problems = await watchPage(page);
	await page.goto('/');
	await connect(page);
});

test.afterEach(async () => {
	await problems.expectNone();
});

for (const signer of ['SigV4', 'SigV2 (legacy)'] as const) {
	test(`${signer}: presigned PUT stores and GET returns the exact bytes of tricky keys`, async ({
		page
	}) => {
		for (const key of TRICKY_KEYS) {
			const body = randomBytes(64 + key.length);
			const putUrl = await createLink(page, { key, method: 'PUT', signer });
			const put = await fetch(putUrl, { method: 'PUT', body });
			expect(put.status, `PUT ${key}: ${await put.clone().text()}`).toBe(200);

			const getUrl = await createLink(page, { key, method: 'GET', signer });
			const get = await fetch(getUrl);
			expect(get.status, `GET ${key}`).toBe(200);
			expect(Buffer.from(await get.arrayBuffer()).equals(body), `bytes of ${key}`).toBe(true);
		}
	});
}

test('an expired link gets 403 and a tampered signature gets 403', async ({ page }) => {
	const key = 'README.txt';
	const valid = await createLink(page, { key });
	expect((await fetch(valid)).status).toBe(200);

	const url = new URL(valid);
	const signature = url.searchParams.get('X-Amz-Signature')!;
	const flipped = (signature[0] === 'a' ? 'b' : 'a') + signature.slice(1);
	url.searchParams.set('X-Amz-Signature', flipped);
	const tampered = await fetch(url);
	expect(tampered.status).toBe(403);
	expect(await tampered.text()).toContain('SignatureDoesNotMatch');

	const shortLived = await createLink(page, { key, expiresIn: 1 });
	// Poll rather than sleep: a busy machine may take longer than the link's second to get here.
	await expect.poll(async () => (await fetch(shortLived)).status, { timeout: 20_000 }).toBe(403);
	expect(await (await fetch(shortLived)).text()).toContain('AccessDenied');
});

test('a SigV2 link valid for 30 days works', async ({ page }) => {
	const thirtyDays = 30 * 24 * 3600;
	const link = await createLink(page, {
		key: 'README.txt',
		signer: 'SigV2 (legacy)',
		expiresIn: thirtyDays
	});
	const expires = Number(new URL(link).searchParams.get('Expires'));
	expect(expires - Date.now() / 1000).toBeGreaterThan(thirtyDays - 120);
	expect((await fetch(link)).status).toBe(200);
});

test('SigV4 for 604801 s is refused in the page with the 7-day message and sends nothing', async ({
	page
}) => {
	// Connecting may still be listing; what must not happen is any request for the object.
	const objectRequests: string[] = [];
	page.on('request', (request) => {
		if (request.url().startsWith(`${ENDPOINT}/${BUCKET}/README.txt`)) {
			objectRequests.push(request.url());
		}
	});
	const form = presignPanel(page);
	await form.getByLabel('Bucket name').fill(BUCKET);
	await form.getByLabel('Object key').fill('README.txt');
	await form.getByLabel('Signature version').selectOption('SigV4');
	await form.getByLabel('Expires in (seconds)').fill('604801');
	await form.getByRole('button', { name: 'Create link', exact: true }).click();
	await expect(page.getByText(/SigV4 links can last at most 7 days/)).toBeVisible();
	await expect(page.getByRole('button', { name: /SigV2/ })).toBeVisible();
	await expect(page.getByLabel('Presigned URL', { exact: true })).toHaveCount(0);
	expect(objectRequests).toEqual([]);
});
