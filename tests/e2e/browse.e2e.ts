// Connect and browse against the real Ceph RGW: credentials stay in this tab's
// sessionStorage only, the browser pages, filters and escapes keys, and every failure gets a
// message a person can act on. Every test also fails on a page error or a CSP violation.
import { expect, test, type Page } from '@playwright/test';
import { ACCESS_KEY, APP_ORIGIN, BUCKET, ENDPOINT, NO_CORS_BUCKET, SECRET_KEY } from './env';
import {
	breadcrumbs,
	connect as connectToEndpoint,
	objectList,
	openBucket,
	watchPage,
	type Connection,
	type PageProblems
} from './helpers';

let problems: PageProblems;

test.beforeEach(async ({ page }) => {
	problems = await watchPage(page);
});

test.afterEach(async () => {
	await problems.expectNone();
});

/** Opens the app and connects; the form's defaults are checked on the way. */
async function connect(page: Page, c: Connection = {}) {
	await page.goto('/');
	await expect(page.getByLabel('Region')).toHaveValue('us-east-1');
	await page.getByLabel('Endpoint URL').fill(c.endpoint ?? ENDPOINT);
	await expect(page.getByLabel('Path-style addressing')).toBeChecked();
	await connectToEndpoint(page, c);
}

const list = objectList;
const crumbs = breadcrumbs;

test('connects with the demo keys and lists the demo bucket', async ({ page }) => {
	await connect(page);
	await openBucket(page, BUCKET);
	for (const folder of ['docs/', 'images/', 'many/', 'tricky/', 'with space/', 'データ/']) {
		await expect(list(page).getByRole('button', { name: folder, exact: true })).toBeVisible();
	}
	const readme = list(page).getByRole('listitem').filter({ hasText: 'README.txt' });
	await expect(readme).toContainText(/\d+ B/);
	await expect(readme).toContainText('STANDARD');
	await expect(page.getByRole('status').filter({ hasText: 'loaded' })).toContainText(
		/2 objects and 6 folders loaded/
	);
	// The bucket is remembered for this tab.
	await expect(page.getByRole('navigation', { name: 'Opened in this tab' })).toContainText(BUCKET);
});

test('walks into the Japanese prefix and back by breadcrumb', async ({ page }) => {
	await connect(page);
	await openBucket(page, BUCKET);
	await list(page).getByRole('button', { name: 'データ/', exact: true }).click();
	await expect(crumbs(page).getByText('データ')).toHaveAttribute('aria-current', 'page');
	await expect(list(page).getByText('ファイル 1.txt')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Share データ/ファイル 1.txt' })).toBeVisible();

	await crumbs(page).getByRole('button', { name: BUCKET }).click();
	await expect(list(page).getByRole('button', { name: 'データ/', exact: true })).toBeVisible();
	await expect(list(page).getByText('README.txt')).toBeVisible();
});

test('pages through 2,500 objects, filters them, and keeps the DOM small', async ({ page }) => {
	await connect(page);
	await openBucket(page, BUCKET);
	await list(page).getByRole('button', { name: 'many/', exact: true }).click();
	const count = page.getByRole('status').filter({ hasText: 'loaded' });
	await expect(count).toHaveText('1,000 objects loaded, more on the server');

	await page.getByRole('button', { name: 'Load more' }).click();
	await expect(count).toHaveText('2,000 objects loaded, more on the server');
	await page.getByRole('button', { name: 'Load all' }).click();
	await expect(count).toHaveText('2,500 objects loaded');
	await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0);

	// Virtualised: only the rows in view (plus a few) exist.
	expect(await list(page).getByRole('listitem').count()).toBeLessThan(60);
	await list(page).evaluate((el) => el.parentElement!.scrollTo(0, el.scrollHeight));
	await expect(page.getByRole('button', { name: 'Share many/item-02500.txt' })).toBeVisible();

	await page.getByLabel('Filter').fill('item-0249');
	await expect(count).toContainText('10 match the filter');
	await expect(list(page).getByRole('listitem')).toHaveCount(10);
	await expect(page.getByRole('button', { name: 'Share many/item-02491.txt' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Share many/item-00001.txt' })).toHaveCount(0);

	await page.getByLabel('Sort').selectOption('name-desc');
	await expect(list(page).getByRole('listitem').first()).toContainText('item-02499.txt');
});

test('leaving a prefix cancels its listing in flight, without an error', async ({ page }) => {
	await connect(page);
	await openBucket(page, BUCKET);
	await expect(list(page).getByText('README.txt')).toBeVisible();
	// Hold the listing of many/ so that it is still in flight when the user walks away.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/prefix=many/, async (route) => {
		await held;
		await route.continue().catch(() => {}); // the page aborted it meanwhile
	});
	const aborted = page.waitForEvent('requestfailed', (r) => r.url().includes('prefix=many'));
	await list(page).getByRole('button', { name: 'many/', exact: true }).click();
	await expect(page.getByText('Loading…')).toBeVisible();
	await crumbs(page).getByRole('button', { name: BUCKET }).click();
	expect((await aborted).failure()?.errorText).toContain('ERR_ABORTED');
	release();
	await expect(list(page).getByText('README.txt')).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByText('Loading…')).toHaveCount(0);
});

test('rendering: 100,000 listed rows stay a virtualised list that scrolls, filters and sorts', async ({
	page
}) => {
	test.setTimeout(120_000);
	await connect(page);
	// Synthetic pages in RGW's XML shape, with sizes the sort can be checked on; the listing of
	// 100,000 real objects from the gateway is large-listing.e2e.ts. How fast this answers is a
	// figure of `npm run bench`, not an assertion here.
	const TOTAL = 100_000;
	const PAGE = 1000;
	await page.route(`${ENDPOINT}/${BUCKET}?**`, (route) => {
		const url = new URL(route.request().url());
		const start = Number(url.searchParams.get('continuation-token') ?? 0);
		const huge = url.searchParams.get('prefix') === 'huge/';
		const end = huge ? Math.min(start + PAGE, TOTAL) : 0;
		const contents: string[] = [];
		for (let i = start; i < end; i++) {
			const key = `huge/obj-${String(i + 1).padStart(6, '0')}.bin`;
			contents.push(
				`<Contents><Key>${key}</Key><LastModified>2026-01-01T00:00:00.000Z</LastModified>` +
					`<ETag>"e"</ETag><Size>${(i * 7919) % 100_000}</Size><StorageClass>STANDARD</StorageClass></Contents>`
			);
		}
		const more = end < TOTAL && huge;
		return route.fulfill({
			headers: { 'access-control-allow-origin': APP_ORIGIN, 'content-type': 'application/xml' },
			body:
				`<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>${BUCKET}</Name>` +
				`<Prefix>${huge ? 'huge/' : ''}</Prefix><KeyCount>${end - start}</KeyCount><MaxKeys>${PAGE}</MaxKeys>` +
				`<IsTruncated>${more}</IsTruncated>${more ? `<NextContinuationToken>${end}</NextContinuationToken>` : ''}` +
				contents.join('') +
				(huge ? '' : '<CommonPrefixes><Prefix>huge/</Prefix></CommonPrefixes>') +
				'</ListBucketResult>'
		});
	});
	await openBucket(page, BUCKET);
	await list(page).getByRole('button', { name: 'huge/', exact: true }).click();
	await page.getByRole('button', { name: 'Load all' }).click();
	const count = page.getByRole('status').filter({ hasText: 'loaded' });
	await expect(count).toHaveText('100,000 objects loaded', { timeout: 90_000 });
	expect(await list(page).getByRole('listitem').count()).toBeLessThan(60);

	// Scrolling to the end, filtering and sorting all work on the whole listing.
	await list(page).evaluate((el) => el.parentElement!.scrollTo(0, el.scrollHeight));
	await expect(page.getByRole('button', { name: 'Share huge/obj-100000.bin' })).toBeVisible();
	await page.getByLabel('Filter').fill('obj-09999');
	await expect(list(page).getByRole('listitem')).toHaveCount(10);
	await page.getByLabel('Filter').fill('');
	await page.getByLabel('Sort').selectOption('size-desc');
	await expect(list(page).getByRole('listitem').first()).toContainText('97.7 KiB');
	expect(await list(page).getByRole('listitem').count()).toBeLessThan(60);
});

test('Share hands the full key to the presign panel', async ({ page }) => {
	await connect(page);
	await openBucket(page, BUCKET);
	await list(page).getByRole('button', { name: 'with space/', exact: true }).click();
	const share = page.getByRole('button', { name: 'Share with space/hello world.txt', exact: true });
	await share.click();
	// The presign panel receives bucket and full key.
	await expect(page.getByLabel('Object key', { exact: true })).toHaveValue(
		'with space/hello world.txt'
	);
	await expect(page.getByLabel('Bucket name', { exact: true })).toHaveValue(BUCKET);
});

test('a wrong secret is reported as a credentials problem', async ({ page }) => {
	await connect(page, { secret: 'not-the-secret-at-all' });
	await openBucket(page, BUCKET);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Wrong secret or unknown access key');
	await expect(alert).toContainText('the secret access key is wrong');
	await expect(page.getByRole('heading', { name: 'CORS doctor' })).toHaveCount(0);
});

test('an unknown access key is reported as a credentials problem', async ({ page }) => {
	await connect(page, { accessKey: 'NOSUCHKEY00000000000' });
	await openBucket(page, BUCKET);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Wrong secret or unknown access key');
	await expect(alert).toContainText('does not know this access key ID');
});

// RGW sends auth errors without CORS headers, so the browser cannot read their codes; servers
// that do send them (MinIO, and AWS for most errors) get the exact message. Simulated here.
for (const [code, title] of [
	['SignatureDoesNotMatch', 'Wrong secret access key'],
	['InvalidAccessKeyId', 'Unknown access key'],
	['AccessDenied', 'Access denied'],
	['NoSuchBucket', 'No such bucket']
] as const) {
	test(`a readable ${code} gets its own message`, async ({ page }) => {
		await connect(page);
		await page.route(`${ENDPOINT}/${BUCKET}?**`, (route) =>
			route.fulfill({
				status: code === 'NoSuchBucket' ? 404 : 403,
				headers: {
					'access-control-allow-origin': APP_ORIGIN,
					'content-type': 'application/xml'
				},
				body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message></Message><RequestId>tx-test</RequestId></Error>`
			})
		);
		await openBucket(page, BUCKET);
		const alert = page.getByRole('alert');
		await expect(alert.getByText(title, { exact: true })).toBeVisible();
		await expect(alert).toContainText(code);
		await expect(alert).toContainText('tx-test');
	});
}

test('a bucket without CORS shows the CORS doctor with this origin', async ({ page }) => {
	await connect(page);
	await openBucket(page, NO_CORS_BUCKET);
	await expect(page.getByRole('alert')).toContainText('The browser blocked the answer (CORS)');
	const doctor = page.getByRole('region', { name: 'CORS doctor' });
	await expect(doctor).toBeVisible();
	const json = JSON.parse(
		(await doctor.getByLabel('cors.json', { exact: true }).textContent()) ?? ''
	);
	expect(json.CORSRules[0].AllowedOrigins).toEqual([APP_ORIGIN]);
	expect(json.CORSRules[0].ExposeHeaders).toEqual([
		'ETag',
		'Date',
		'x-amz-request-id',
		'x-amz-bucket-region',
		'Content-Range',
		'x-amz-storage-class'
	]);
	await expect(doctor.getByLabel('cors.xml', { exact: true })).toContainText(
		`<AllowedOrigin>${APP_ORIGIN}</AllowedOrigin>`
	);
	await expect(doctor).toContainText(
		`aws s3api put-bucket-cors --bucket ${NO_CORS_BUCKET} --cors-configuration file://cors.json --endpoint-url ${ENDPOINT}`
	);
	await expect(doctor).toContainText(`s3cmd setcors cors.xml s3://${NO_CORS_BUCKET}`);
	await expect(doctor).toContainText('MINIO_API_CORS_ALLOW_ORIGIN');
});

test('an endpoint where nothing listens is reported as unreachable', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Endpoint URL').fill('http://127.0.0.1:9');
	await page.getByLabel('Access key ID').fill(ACCESS_KEY);
	await page.getByLabel('Secret access key').fill(SECRET_KEY);
	await page.getByRole('button', { name: 'Connect' }).click();
	await expect(page.getByRole('alert')).toContainText('Cannot reach the endpoint');
});

test('validates the form inline and trims pasted whitespace', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Endpoint URL').fill('s3.example.com');
	await page.getByRole('button', { name: 'Connect' }).click();
	await expect(page.getByText('Endpoint URL must start with http:// or https://')).toBeVisible();
	await expect(page.getByText('Enter the access key ID.')).toBeVisible();
	await expect(page.getByText('Enter the secret access key.')).toBeVisible();

	await page.getByLabel('Endpoint URL').fill('http://192.168.1.20:7480');
	await expect(page.getByText('Plain http:// to another machine')).toBeVisible();

	await page.getByLabel('Endpoint URL').fill(ENDPOINT);
	await expect(page.getByText('Plain http:// to another machine')).toHaveCount(0);
	await page.getByLabel('Access key ID').fill(`  ${ACCESS_KEY}\n`);
	await page.getByLabel('Secret access key').fill(`${SECRET_KEY} `);
	await page.getByRole('button', { name: 'Connect' }).click();
	await expect(page.getByText('This server does not let a browser list buckets')).toBeVisible();
	await expect(
		page.getByText('Removed spaces or line breaks around: Access key ID, Secret access key.')
	).toBeVisible();
	await page.getByRole('button', { name: 'Change connection' }).click();
	await expect(page.getByLabel('Access key ID')).toHaveValue(ACCESS_KEY);
});

test('a key shaped like HTML shows as text and runs nothing', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await connect(page);
	await openBucket(page, BUCKET);
	const key = '<img src=x onerror=alert(1)>.txt';
	await expect(list(page).getByText(key, { exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: `Share ${key}`, exact: true })).toBeVisible();
	// Nothing that could run it exists: no element from the key, no inline handler anywhere.
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	expect(await page.locator('[onerror], [onload], [onclick]').count()).toBe(0);
	expect(dialogs).toEqual([]);
});

test('a reload keeps the session; a new browser context does not', async ({ page, browser }) => {
	await connect(page);
	await openBucket(page, BUCKET);
	await list(page).getByRole('button', { name: 'docs/', exact: true }).click();
	await expect(crumbs(page).getByText('docs')).toBeVisible();

	await page.reload();
	await expect(page.getByText(`Connected to ${ENDPOINT}`)).toBeVisible();
	await expect(crumbs(page).getByText('docs')).toHaveAttribute('aria-current', 'page');
	await expect(list(page).getByRole('button', { name: 'reports/', exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Change connection' }).click();
	await expect(page.getByLabel('Secret access key')).toHaveValue(SECRET_KEY);

	const other = await browser.newContext();
	const fresh = await other.newPage();
	await fresh.goto('/');
	await expect(fresh.getByLabel('Endpoint URL')).toHaveValue('');
	await expect(fresh.getByLabel('Secret access key')).toHaveValue('');
	await expect(fresh.getByText('Connected to')).toHaveCount(0);
	await other.close();
});

test('the secret stays out of every store but sessionStorage, and Forget wipes it', async ({
	page,
	context
}) => {
	await connect(page);
	await openBucket(page, BUCKET);
	await expect(list(page).getByText('README.txt')).toBeVisible();

	const stores = () =>
		page.evaluate(async () => {
			const dump = (s: Storage) => JSON.stringify(Object.entries(s));
			const cacheBodies: string[] = [];
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const request of await cache.keys()) {
					const response = await cache.match(request);
					cacheBodies.push(request.url, (await response?.text()) ?? '');
				}
			}
			const databases = await indexedDB.databases();
			return {
				local: dump(localStorage),
				session: dump(sessionStorage),
				indexedDb: JSON.stringify(databases),
				caches: cacheBodies.join('\n'),
				cookies: document.cookie,
				url: location.href
			};
		});

	const before = await stores();
	expect(before.session).toContain(SECRET_KEY); // the one place it may live, for reloads
	for (const place of ['local', 'indexedDb', 'caches', 'cookies', 'url'] as const) {
		expect(before[place], place).not.toContain(SECRET_KEY);
	}
	expect(JSON.stringify(await context.cookies())).not.toContain(SECRET_KEY);
	expect(page.url()).not.toContain(SECRET_KEY);

	await page.getByRole('button', { name: 'Forget credentials' }).click();
	await expect(page.getByLabel('Secret access key')).toHaveValue('');
	const after = await stores();
	for (const place of ['session', 'local', 'indexedDb', 'caches', 'cookies', 'url'] as const) {
		expect(after[place], place).not.toContain(SECRET_KEY);
	}
	expect(after.session).not.toContain(ACCESS_KEY);
});

test('a clock 20 minutes behind is refused by the server, detected, and signing moves to server time', async ({
	page
}) => {
	// Past SigV4's 15-minute window, so listing fails unless the correction really applies.
	const skewMs = 20 * 60_000;
	await page.clock.setFixedTime(Date.now() - skewMs);
	const signedAt: number[] = [];
	page.on('request', (request) => {
		const amzDate = request.headers()['x-amz-date'];
		if (request.url().startsWith(`${ENDPOINT}/${BUCKET}`) && amzDate) {
			signedAt.push(
				Date.parse(amzDate.replace(/^(....)(..)(..)T(..)(..)(..)Z$/, '$1-$2-$3T$4:$5:$6Z'))
			);
		}
	});
	await connect(page);
	await openBucket(page, BUCKET);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('This device’s clock is off');
	// The Date header has whole seconds, so the measure may come out a second short.
	await expect(alert).toContainText(/(19 min 5\d s|20 min( \d+ s)?) ahead of this device/);
	await expect(list(page).getByText('README.txt')).toHaveCount(0);
	const refusedAt = signedAt.at(-1)!;

	await alert.getByRole('button', { name: 'Sign with server time' }).click();
	await expect(list(page).getByText('README.txt')).toBeVisible();
	await expect(page.getByText('Signing with the server’s time')).toBeVisible();
	// The listing that worked was dated by the server's clock: 20 minutes later than the refused one.
	const acceptedAt = signedAt.at(-1)!;
	expect(acceptedAt - refusedAt).toBeGreaterThan(skewMs - 60_000);
	expect(acceptedAt - refusedAt).toBeLessThan(skewMs + 60_000);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('390×844 has no horizontal scroll', async ({ page }) => {
		const noHorizontalScroll = async () =>
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
			).toBe(true);
		await page.goto('/');
		await noHorizontalScroll();
		await connect(page);
		await openBucket(page, BUCKET);
		await list(page).getByRole('button', { name: 'tricky/', exact: true }).click();
		await expect(list(page).getByText('emoji 😀.txt')).toBeVisible();
		await noHorizontalScroll();
		await openBucket(page, NO_CORS_BUCKET);
		await expect(page.getByRole('region', { name: 'CORS doctor' })).toBeVisible();
		await noHorizontalScroll();
	});
});
