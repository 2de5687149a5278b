// Disabling a link acts only where the link lives and loses no byte: against the real Ceph RGW,
// a second endpoint that records every request it gets, a bucket whose CORS rule hides ETag, and
// a writer that overwrites the object between the copy and the delete.
import { expect, test, type Page } from '@playwright/test';
import { ACCESS_KEY, APP_ORIGIN, APP_PORT, BUCKET, ENDPOINT } from './env';
import { connect, createLink, typeConnection, watchPage, type PageProblems } from './helpers';
import { startLocalServer, type LocalServer } from './local-server';
import { s3 } from './s3';
import {
	corsXml,
	createBucket,
	encodeKey,
	listKeys,
	putBucketCors,
	putObject
} from '../../scripts/lib/s3-node.mjs';

/** The object's bytes as RGW has them, read outside the browser (null when it is gone). */
async function objectText(bucket: string, key: string): Promise<string | null> {
	const res = await s3.signedFetch('GET', `/${bucket}/${encodeKey(key)}`);
	if (res.status === 404) return null;
	expect(res.status, `GET ${bucket}/${key}`).toBe(200);
	return res.text();
}

// ---------------------------------------------------------------- the recording endpoint
let recorder: LocalServer;
let RECORDER = '';

/** Answers like a small S3 (an empty ListBuckets, any copy or delete succeeds) and records all. */
async function startRecorder(): Promise<void> {
	recorder = await startLocalServer((req, res) => {
		if (req.method === 'GET' && req.url === '/') {
			res.writeHead(200, { 'Content-Type': 'application/xml' });
			res.end(
				'<?xml version="1.0" encoding="UTF-8"?><ListAllMyBucketsResult><Owner><ID>rec</ID>' +
					'<DisplayName>rec</DisplayName></Owner><Buckets></Buckets></ListAllMyBucketsResult>'
			);
		} else if (req.method === 'DELETE') {
			res.writeHead(204);
			res.end();
		} else {
			res.writeHead(200, { ETag: '"0"', 'Content-Type': 'application/xml' });
			res.end(req.method === 'HEAD' ? undefined : '<CopyObjectResult/>');
		}
	});
	RECORDER = recorder.origin;
}

/** What the recorder got that touched `bucket` (path-style or virtual-hosted) or wrote anything. */
const touching = (bucket: string) =>
	recorder.received.filter(
		(r) =>
			r.url.startsWith(`/${bucket}`) ||
			(r.headers.host ?? '').startsWith(`${bucket}.`) ||
			r.headers['x-amz-copy-source'] !== undefined ||
			['PUT', 'POST', 'DELETE'].includes(r.method)
	);

// ---------------------------------------------------------------- steps
const card = (page: Page) => page.getByRole('article');
const history = (page: Page) => page.getByRole('region', { name: 'Link history' });

async function changeConnection(page: Page, endpoint: string): Promise<void> {
	await page.getByRole('button', { name: 'Change connection' }).click();
	if (endpoint === ENDPOINT) {
		await connect(page);
	} else {
		await typeConnection(page, { endpoint });
		await expect(page.getByText(`Connected to ${endpoint}`)).toBeVisible();
	}
}

/** Presses Show on the history entry of `key`, and opens the card's revoke section. */
async function openFromHistory(page: Page, key: string): Promise<void> {
	const entry = history(page).getByRole('listitem').filter({ hasText: key });
	await entry.getByRole('button', { name: 'Show' }).click();
	await expect(card(page)).toContainText(key);
	const details = card(page).locator('details.revoke');
	if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) {
		await card(page).getByText('Disable this link before it expires').click();
	}
}

async function renameTo(page: Page, newKey: string): Promise<void> {
	await card(page).getByRole('button', { name: 'Disable by renaming' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByLabel('New key').fill(newKey);
	await dialog.getByRole('button', { name: 'Rename and disable' }).click();
}

let problems: PageProblems;

test.beforeAll(startRecorder);
test.afterAll(() => recorder.stop());

test.beforeEach(async ({ page }) => {
	problems = await watchPage(page);
	recorder.received.length = 0;
});

test.afterEach(async () => {
	await problems.expectNone();
});

// ---------------------------------------------------------------- the link's own server
test('with a second endpoint that records every request it gets, a link from the first is not disabled through it', async ({
	page
}) => {
	const key = `revoke-trust/owner ${Date.now()}.txt`;
	const body = `still here ${Math.random()}\n`;
	await putObject(s3, BUCKET, key, body);
	await page.goto('/');
	await connect(page);
	const url = await createLink(page, { key });
	expect((await fetch(url)).status).toBe(200);

	await changeConnection(page, RECORDER);
	expect(recorder.received.some((r) => r.method === 'GET' && r.url === '/')).toBe(true);
	await openFromHistory(page, key);
	const refusal = card(page).getByTestId('revoke-refusal');
	await expect(refusal).toContainText(
		`endpoint ${ENDPOINT} (path-style) with access key ID ${ACCESS_KEY}`
	);
	await expect(refusal).toContainText(`The current connection is endpoint ${RECORDER}`);
	await expect(card(page).getByRole('button', { name: 'Disable by renaming' })).toBeDisabled();
	await expect(card(page).getByRole('button', { name: 'Disable by deleting' })).toBeDisabled();

	expect(touching(BUCKET)).toEqual([]);
	expect(await objectText(BUCKET, key)).toBe(body);
	expect((await fetch(url)).status).toBe(200);
	await expect(card(page)).not.toContainText('Disabled:');

	// Back on the link's own endpoint and key, the same card disables it.
	await changeConnection(page, ENDPOINT);
	await openFromHistory(page, key);
	await expect(card(page).getByTestId('revoke-refusal')).toHaveCount(0);
	await card(page).getByRole('button', { name: 'Disable by deleting' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete and disable' }).click();
	await expect(card(page).getByTestId('revoke-outcome')).toContainText(`Deleted "${key}"`);
	expect((await fetch(url)).status).toBe(404);
	expect(await objectText(BUCKET, key)).toBeNull();
	expect(touching(BUCKET)).toEqual([]);
});

test('a link saved without its endpoint and access key ID is not disabled at all', async ({
	page
}) => {
	const key = `revoke-trust/old record ${Date.now()}.txt`;
	await putObject(s3, BUCKET, key, 'old\n');
	await page.goto('/');
	await connect(page);
	const url = await createLink(page, { key });
	// A history saved by a version of the app that did not record the connection.
	await page.evaluate(() => {
		const name = 's3presign.links';
		const saved = JSON.parse(sessionStorage.getItem(name) ?? '[]') as Record<string, unknown>[];
		for (const link of saved)
			for (const field of ['endpoint', 'addressing', 'accessKeyId']) delete link[field];
		sessionStorage.setItem(name, JSON.stringify(saved));
	});
	await page.reload();
	await openFromHistory(page, key);
	await expect(card(page).getByTestId('revoke-refusal')).toContainText(
		'saved without the endpoint and access key ID'
	);
	await expect(card(page).getByRole('button', { name: 'Disable by deleting' })).toBeDisabled();
	await expect(card(page).getByRole('button', { name: 'Disable by renaming' })).toBeDisabled();
	expect(await objectText(BUCKET, key)).toBe('old\n');
	expect((await fetch(url)).status).toBe(200);
});

// ---------------------------------------------------------------- no byte lost
const HIDDEN_ETAG_BUCKET = 'revoke-noetag';

test('a bucket whose CORS rule hides ETag: the rename is refused and nothing is copied or deleted', async ({
	page
}) => {
	await createBucket(s3, HIDDEN_ETAG_BUCKET);
	await putBucketCors(
		s3,
		HIDDEN_ETAG_BUCKET,
		corsXml({
			origins: [APP_ORIGIN, `http://localhost:${APP_PORT}`],
			methods: ['GET', 'PUT', 'HEAD', 'DELETE', 'POST'],
			allowedHeaders: ['*'],
			exposeHeaders: ['Date', 'Content-Length', 'x-amz-request-id']
		})
	);
	const key = `hidden ${Date.now()}.txt`;
	const body = `no etag for the browser ${Math.random()}\n`;
	await putObject(s3, HIDDEN_ETAG_BUCKET, key, body);
	await page.goto('/');
	await connect(page);
	const url = await createLink(page, { bucket: HIDDEN_ETAG_BUCKET, key });
	await openFromHistory(page, key);

	await renameTo(page, `${key}.off`);
	const outcome = card(page).getByTestId('revoke-outcome');
	await expect(outcome).toContainText('cannot read the ETag');
	await expect(outcome).toContainText('<ExposeHeader>ETag</ExposeHeader>');
	await expect(outcome).toContainText('nothing was copied or deleted');

	expect(await objectText(HIDDEN_ETAG_BUCKET, key)).toBe(body);
	expect(await listKeys(s3, HIDDEN_ETAG_BUCKET, key)).toEqual([key]);
	expect((await fetch(url)).status).toBe(200);
	await expect(card(page)).not.toContainText('Disabled:');
});

test('the source overwritten between copy and delete: nothing is deleted and the new bytes stay', async ({
	page
}) => {
	const key = `revoke-trust/race-${Date.now()}.txt`;
	const newKey = `${key}.off`;
	const before = `copied ${Math.random()}\n`;
	const after = `written meanwhile, longer ${Math.random()}\n`;
	await putObject(s3, BUCKET, key, before);
	await page.goto('/');
	await connect(page);
	const url = await createLink(page, { key });

	// Once the copy has been asked for, the next request for the source (whatever it is) waits
	// until another client has overwritten the source.
	const sourcePath = `/${BUCKET}/${encodeKey(key)}`;
	let copyRequested = false;
	let overwritten = false;
	await page.route(
		(u) => u.origin === ENDPOINT && u.pathname.startsWith(`/${BUCKET}/revoke-trust/`),
		async (route) => {
			const request = route.request();
			const path = new URL(request.url()).pathname;
			if (request.method() === 'PUT' && path === `/${BUCKET}/${encodeKey(newKey)}`) {
				copyRequested = true;
			} else if (copyRequested && !overwritten && path === sourcePath) {
				if (request.method() !== 'OPTIONS') {
					await putObject(s3, BUCKET, key, after);
					overwritten = true;
				}
			}
			await route.continue();
		}
	);

	await openFromHistory(page, key);
	await renameTo(page, newKey);
	const outcome = card(page).getByTestId('revoke-outcome');
	await expect(outcome).toContainText(`"${key}" changed after it was copied`);
	await expect(outcome).toContainText('left in place and nothing was deleted');
	await expect(outcome).toContainText(`under "${newKey}"`);
	expect(overwritten).toBe(true);

	expect(await objectText(BUCKET, key)).toBe(after);
	expect(await objectText(BUCKET, newKey)).toBe(before);
	expect((await fetch(url)).status).toBe(200);
	await expect(card(page)).not.toContainText('Disabled:');
});
