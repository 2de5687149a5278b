// The presign form as a new user meets it: the opened bucket is the form's bucket, and offline,
// without Connect, the form signs with what the connection fields hold.
import { expect, test } from '@playwright/test';
import { ACCESS_KEY, BUCKET, ENDPOINT, SECRET_KEY } from './env';
import {
	connect,
	failOnPageProblems,
	objectList,
	openBucket,
	presignedUrl,
	presignPanel
} from './helpers';
import { s3 } from './s3';

failOnPageProblems();

async function readmeBytes(): Promise<Buffer> {
	const res = await s3.signedFetch('GET', `/${BUCKET}/README.txt`);
	expect(res.status).toBe(200);
	return Buffer.from(await res.arrayBuffer());
}

test('after opening a bucket, a typed key signs for that bucket; the field stays editable', async ({
	page
}) => {
	await page.goto('/');
	await connect(page);
	await openBucket(page, BUCKET);
	await expect(page.getByRole('button', { name: 'Share README.txt' })).toBeVisible();

	const form = presignPanel(page);
	await expect(form.getByLabel('Bucket name')).toHaveValue(BUCKET);
	await form.getByLabel('Object key').fill('README.txt');
	await form.getByRole('button', { name: 'Create link', exact: true }).click();
	await expect.poll(() => presignedUrl(page)).toContain(`/${BUCKET}/README.txt?`);
	const res = await fetch(await presignedUrl(page));
	expect(res.status).toBe(200);
	expect(Buffer.from(await res.arrayBuffer())).toEqual(await readmeBytes());

	// An edit stays while the user browses inside the same bucket...
	await form.getByLabel('Bucket name').fill('other-bucket');
	await objectList(page).getByRole('button', { name: 'docs/', exact: true }).click();
	await expect(
		objectList(page).getByRole('button', { name: 'reports/', exact: true })
	).toBeVisible();
	await expect(form.getByLabel('Bucket name')).toHaveValue('other-bucket');
	// ...and opening a bucket again makes it the form's bucket again.
	await openBucket(page, BUCKET);
	await expect(form.getByLabel('Bucket name')).toHaveValue(BUCKET);
});

test('offline and without Connect, Create link signs with the connection fields as typed', async ({
	page,
	context
}) => {
	await page.goto('/');
	// The build is in the service worker's cache first (the card loads its QR code lazily).
	await expect(page.getByText('Ready for offline use')).toBeVisible();
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await context.setOffline(true);
	await page.getByLabel('Endpoint URL').fill(ENDPOINT);
	await page.getByLabel('Access key ID', { exact: true }).fill(` ${ACCESS_KEY}`);
	await page.getByLabel('Secret access key', { exact: true }).fill(SECRET_KEY);
	const form = presignPanel(page);
	await form.getByLabel('Bucket name').fill(BUCKET);
	await form.getByLabel('Object key').fill('README.txt');
	await form.getByRole('button', { name: 'Create link', exact: true }).click();

	await expect.poll(() => presignedUrl(page)).toContain(`X-Amz-Credential=${ACCESS_KEY}%2F`);
	expect(await presignedUrl(page)).toMatch(new RegExp(`^${ENDPOINT}/${BUCKET}/README\\.txt\\?`));
	const res = await fetch(await presignedUrl(page)); // Node's fetch: the browser is offline
	expect(res.status).toBe(200);
	expect(Buffer.from(await res.arrayBuffer())).toEqual(await readmeBytes());
});

test('fields that Connect would refuse are refused by Create link too, and nothing typed is lost', async ({
	page
}) => {
	await page.goto('/');
	await page.getByLabel('Endpoint URL').fill(ENDPOINT);
	await page.getByLabel('Access key ID', { exact: true }).fill(ACCESS_KEY);
	await page.getByLabel('Secret access key', { exact: true }).fill('has a space');
	const form = presignPanel(page);
	await form.getByLabel('Bucket name').fill(BUCKET);
	await form.getByLabel('Object key').fill('README.txt');
	await form.getByRole('button', { name: 'Create link', exact: true }).click();

	await expect(
		form.getByText('A secret access key has no spaces. (Connection settings, above.)')
	).toBeVisible();
	await expect(page.getByLabel('Secret access key', { exact: true })).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	expect(await presignedUrl(page)).toBe('');
	await expect(page.getByLabel('Secret access key', { exact: true })).toHaveValue('has a space');
	await expect(form.getByLabel('Object key')).toHaveValue('README.txt');
	// Nothing invalid was kept for the tab.
	const saved = await page.evaluate(() => sessionStorage.getItem('s3presign.connection'));
	expect(saved ?? '').not.toContain('has a space');
});
