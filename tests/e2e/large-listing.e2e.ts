// 100,000 real objects on the local Ceph RGW, listed by the page with signed ListObjectsV2
// calls: pagination with continuation tokens, the server's own key order, the virtualised list
// and the filter, end to end. Seeding takes minutes, so this is one test on a bucket of its own
// (the demo bucket's listing stays as the other specs expect it).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { corsXml, putBucketCors } from '../../scripts/lib/s3-node.mjs';
import { ACCESS_KEY, APP_ORIGIN, APP_PORT, ENDPOINT, SECRET_KEY } from './env';
import { breadcrumbs, connect, objectList, openBucket, watchPage } from './helpers';
import { s3 } from './s3';

const BUCKET = 'listing-100k';
const PREFIX = 'large/';
const TOTAL = 100_000;
const keyOf = (n: number) => `${PREFIX}obj-${String(n).padStart(6, '0')}.txt`;

/** Fills the bucket with seed-large (idempotent), then lets the app's origins list it. */
async function seed(): Promise<void> {
	await promisify(execFile)('node', ['scripts/seed-large.mjs', String(TOTAL), PREFIX], {
		env: {
			...process.env,
			SEED_BUCKET: BUCKET,
			S3_ENDPOINT: ENDPOINT,
			AWS_ACCESS_KEY_ID: ACCESS_KEY,
			AWS_SECRET_ACCESS_KEY: SECRET_KEY
		},
		maxBuffer: 16 * 1024 * 1024
	});
	const origins = [APP_ORIGIN, `http://localhost:${APP_PORT}`];
	await putBucketCors(
		s3,
		BUCKET,
		corsXml({ origins, methods: ['GET', 'HEAD'], exposeHeaders: ['Date', 'ETag'], maxAge: 3000 })
	);
}

test('100,000 objects on the gateway load fully, in S3 order, through 100 signed pages', async ({
	page
}) => {
	// Minutes of seeding on a busy 2-core machine; the listing itself is seconds.
	test.setTimeout(20 * 60_000);
	await seed();

	const problems = await watchPage(page);
	const listings: string[] = [];
	page.on('requestfinished', (request) => {
		const url = new URL(request.url());
		if (url.origin === ENDPOINT && url.searchParams.get('prefix') === PREFIX) {
			listings.push(url.searchParams.get('continuation-token') ?? 'first');
		}
	});
	await page.goto('/');
	await connect(page);
	await openBucket(page, BUCKET);
	await objectList(page).getByRole('button', { name: PREFIX, exact: true }).click();
	await expect(breadcrumbs(page).locator('[aria-current="page"]')).toHaveText('large');
	await page.getByRole('button', { name: 'Load all' }).click();
	const count = page.getByRole('status').filter({ hasText: 'loaded' });
	await expect(count).toHaveText('100,000 objects loaded', { timeout: 10 * 60_000 });

	// One signed request per 1,000-key page, each continuing from a token the server gave.
	expect(listings.length).toBeGreaterThanOrEqual(TOTAL / 1000);
	expect(listings.filter((token) => token === 'first')).toHaveLength(1);
	expect(new Set(listings).size).toBe(listings.length);

	// Rows are virtualised: a handful in the DOM, the first and last key in S3's order.
	const rows = objectList(page).getByRole('listitem');
	expect(await rows.count()).toBeLessThan(60);
	await expect(rows.first()).toContainText(keyOf(1).slice(PREFIX.length));
	await objectList(page).evaluate((el) => el.parentElement!.scrollTo(0, el.scrollHeight));
	await expect(page.getByRole('button', { name: `Share ${keyOf(TOTAL)}` })).toBeVisible();

	await page.getByLabel('Filter').fill('obj-09999');
	await expect(rows).toHaveCount(10);
	await expect(rows.first()).toContainText('obj-099990.txt');
	await expect(rows.last()).toContainText('obj-099999.txt');
	await problems.expectNone();
});
