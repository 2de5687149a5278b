// The first screen's weight: what the page fetches until the Endpoint URL field takes input, and
// the parts it leaves for later (S3 client and signers, QR, link card, browser, bulk links), which
// arrive once the first screen is idle or when first needed. Sizes only, no timing.
import { expect, test, type Page } from '@playwright/test';
import { firstLoadSizes } from '../../scripts/postbuild.mjs';
import { loadFirstScreen } from '../../scripts/lib/first-screen.mjs';
import { readKitGraph } from '../../scripts/lib/first-load.mjs';
import { APP_ORIGIN, BUILD_DIR, KIT_OUT_DIR } from './env';
import { connect, createLink, watchPage } from './helpers';

const BUDGET_BYTES = 60 * 1024;

/** The chunk of each module the first screen must not load, by module path in the build. */
function lazyChunks(): Record<string, string> {
	const { manifest } = readKitGraph(KIT_OUT_DIR) as {
		manifest: Record<string, { file: string }>;
	};
	const modules = [
		'src/lib/s3/client.ts',
		'src/lib/s3/presign.ts',
		'node_modules/qrcode/lib/browser.js',
		'src/lib/bulk/index.ts',
		'src/lib/components/LinkCard.svelte',
		'src/lib/components/BucketPicker.svelte',
		'src/lib/components/ObjectBrowser.svelte'
	];
	return Object.fromEntries(modules.map((m) => [m, manifest[m]?.file ?? `(no chunk for ${m})`]));
}

/** Paths (below the app's root) of the JS and CSS files the page has fetched so far. */
const fetchedFiles = (page: Page) =>
	page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((e) => new URL(e.name).pathname.slice(1))
			.filter((path) => /\.(?:js|css)$/.test(path))
	);

test('the first screen loads exactly what index.html links: within 60 KB gzip, no S3 client, signer, QR or bulk code', async ({
	browser
}) => {
	const load = await loadFirstScreen(browser, { url: `${APP_ORIGIN}/`, buildDir: BUILD_DIR });
	const fetched = load.files.map((f: { file: string }) => f.file).sort();
	const linked = firstLoadSizes(BUILD_DIR)
		.files.map((f: { file: string }) => f.file)
		.sort();
	// The size the build prints is the size Chromium loads: nothing arrives after start-up.
	expect(fetched).toEqual(linked);
	expect(load.total, `${load.files.length} files`).toBeLessThanOrEqual(BUDGET_BYTES);
	const lazy = lazyChunks();
	expect(Object.values(lazy).filter((file) => fetched.includes(file))).toEqual([]);
});

test.describe('with no service worker (only the page fetches)', () => {
	test.use({ serviceWorkers: 'block' });

	test('once the first screen is idle, Connect and Create link need nothing more from the server', async ({
		page
	}) => {
		const problems = await watchPage(page);
		await page.goto('/');
		const lazy = Object.values(lazyChunks());
		const missing = async () => {
			const paths = await fetchedFiles(page);
			return lazy.filter((file) => !fetched(paths, file));
		};
		await expect.poll(missing).toEqual([]);
		const late: string[] = [];
		await page.route('**/_app/**', (route) => {
			late.push(route.request().url());
			return route.abort();
		});
		await connect(page);
		await createLink(page, { key: 'hello.txt' });
		await expect(page.getByRole('img', { name: 'QR code for the presigned URL' })).toBeVisible();
		expect(late).toEqual([]);
		await problems.expectNone();
	});

	test('a part that cannot be fetched says so, and loads when asked again', async ({ page }) => {
		const problems = await watchPage(page);
		let blocked = true;
		// The link card's code cannot be fetched while `blocked` (the network dropped before the
		// app was cached); the first screen and the signer load.
		const card = lazyChunks()['src/lib/components/LinkCard.svelte'];
		await page.route('**/_app/immutable/**', async (route) => {
			if (blocked && route.request().url().endsWith(card)) {
				return route.abort('internetdisconnected');
			}
			return route.continue();
		});
		await page.goto('/');
		await page.getByLabel('Bucket name').fill('demo');
		await page.getByLabel('Object key').fill('hello.txt');
		await page.getByRole('button', { name: 'Create link', exact: true }).click();
		const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
		await expect(alert).toBeVisible();
		await expect(page.getByLabel('Presigned URL', { exact: true })).toHaveCount(0);

		blocked = false;
		await alert.getByRole('button', { name: 'Try again' }).click();
		await expect(page.getByLabel('Presigned URL', { exact: true })).toHaveValue(/X-Amz-Signature=/);
		await expect(alert).toHaveCount(0);
		expect(problems.pageErrors).toEqual([]);
	});
});

/** True when `file` is among the fetched paths (which may carry a sub-path before it). */
function fetched(paths: string[], file: string): boolean {
	return paths.some((path) => path.endsWith(file));
}
