// The Endpoint check against the local RGW: what it accepts, read from cheap signed requests;
// the presign form follows it; a server that refuses SigV2, a rule without ETag and a bucket
// that answers nothing are each said plainly, and nothing waits for them.
import { expect, test, type Page } from '@playwright/test';
import { APP_ORIGIN, BUCKET, ENDPOINT, NO_CORS_BUCKET } from './env';
import { connect, failOnPageProblems, openBucket, presignPanel } from './helpers';
import { createBucket, corsXml, putBucketCors, putObject } from '../../scripts/lib/s3-node.mjs';
import { s3 } from './s3';

failOnPageProblems();

const checkList = (page: Page) => page.getByRole('list', { name: 'Endpoint check' });

async function askForEightDays(page: Page) {
	const form = presignPanel(page);
	await form.getByLabel('Signature version').selectOption('SigV4');
	await form.getByLabel('Expires in (seconds)').fill('691200');
}

test('RGW with the app’s rule: SigV2 accepted, clock read, headers exposed, PUT and POST allowed', async ({
	page
}) => {
	await page.goto('/');
	await connect(page);
	await openBucket(page, BUCKET);
	const list = checkList(page);
	await expect(list.getByText('SigV2: accepted')).toBeVisible();
	await expect(
		list.getByText(/^Server clock: (in step|.+ (ahead of|behind) this device)$/)
	).toBeVisible();
	for (const header of ['ETag', 'Date', 'Content-Range']) {
		await expect(list.getByText(`CORS header ${header}: exposed`, { exact: true })).toBeVisible();
	}
	await expect(list.getByText('PUT: allowed from this page')).toBeVisible();
	await expect(list.getByText('POST: allowed from this page')).toBeVisible();
	await expect(list.getByText('Versioning: never enabled')).toBeVisible();

	await askForEightDays(page);
	await expect(presignPanel(page).getByText('This server accepts SigV2')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Switch to SigV2 (legacy)' })).toBeVisible();
});

test('a server that refuses SigV2 is named, and the form does not suggest SigV2', async ({
	page
}) => {
	// The way AWS's newer regions answer a SigV2 request (with the bucket's CORS headers).
	await page.route(
		(url) => url.origin === ENDPOINT && url.searchParams.has('Signature'),
		(route) =>
			route.fulfill({
				status: 400,
				headers: { 'access-control-allow-origin': APP_ORIGIN, 'content-type': 'application/xml' },
				body: '<Error><Code>InvalidRequest</Code><Message>The authorization mechanism you have provided is not supported.</Message></Error>'
			})
	);
	await page.goto('/');
	await connect(page);
	await openBucket(page, BUCKET);
	await expect(checkList(page).getByText('SigV2: refused by this server')).toBeVisible();

	await askForEightDays(page);
	await expect(
		presignPanel(page).getByText(
			'This server refused SigV2 in the Endpoint check: a SigV2 link cannot last longer here.'
		)
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Switch to SigV2 (legacy)' })).toHaveCount(0);
	await presignPanel(page).getByLabel('Signature version').selectOption('SigV2 (legacy)');
	await expect(
		presignPanel(page).getByText(
			'This server refused SigV2 in the Endpoint check: SigV2 links will not work here.'
		)
	).toBeVisible();
});

test('a CORS rule without ETag is reported, with what that breaks', async ({ page }) => {
	const bucket = `noetag-${Date.now().toString(36)}`;
	await createBucket(s3, bucket);
	await putObject(s3, bucket, 'file.txt', 'an object to read headers from\n');
	await putBucketCors(
		s3,
		bucket,
		corsXml({ origins: [APP_ORIGIN], methods: ['GET', 'HEAD', 'PUT'], exposeHeaders: ['Date'] })
	);
	await page.goto('/');
	await connect(page);
	await openBucket(page, bucket);
	const list = checkList(page);
	await expect(list.getByText('CORS header ETag: not exposed')).toBeVisible();
	await expect(list.getByText('CORS header Date: exposed')).toBeVisible();
	await expect(list.getByText('POST: not allowed from this page')).toBeVisible();
	await expect(list.getByText('PUT: allowed from this page')).toBeVisible();
	await expect(page.getByText('The bucket’s CORS rule does not expose ETag')).toBeVisible();
});

test('a bucket that answers nothing to this page gives "unknown", and signing still works', async ({
	page
}) => {
	await page.goto('/');
	await connect(page);
	await openBucket(page, NO_CORS_BUCKET);
	const list = checkList(page);
	await expect(list.getByText('SigV2: unknown')).toBeVisible();
	await expect(list.getByText('Server clock: unknown')).toBeVisible();
	await expect(list.getByText('PUT: unknown')).toBeVisible();
	await expect(list.getByText('Versioning: unknown')).toBeVisible();

	const form = presignPanel(page);
	await expect(form.getByLabel('Bucket name')).toHaveValue(NO_CORS_BUCKET);
	await form.getByLabel('Object key').fill('hello.txt');
	await form.getByRole('button', { name: 'Create link', exact: true }).click();
	const url = page.getByRole('textbox', { name: 'Presigned URL', exact: true });
	await expect(url).toHaveValue(new RegExp(`/${NO_CORS_BUCKET}/hello\\.txt\\?`));
	expect((await fetch(await url.inputValue())).status).toBe(200);
});
