// The first screen's weight: what the page fetches until the Endpoint URL field takes input, and
// the parts it leaves for later (S3 client and signers, QR, link card, browser, bulk links), which
// arrive once the first screen is idle or when first needed. Sizes only, no timing.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { firstLoadSizes } from '../../scripts/postbuild.mjs';
import { loadFirstScreen } from '../../scripts/lib/first-screen.mjs';
import { readKitGraph } from '../../scripts/lib/first-load.mjs';
import { APP_ORIGIN, BUCKET, BUILD_DIR, KIT_OUT_DIR } from './env';
import { connect, createLink, presignPanel, watchPage } from './helpers';

const BUDGET_BYTES = 60 * 1024;

/** Text only the code loaded later carries, and what that code is. */
const LATER_CODE: Record<string, string> = {
	ListAllMyBucketsResult: 'the S3 client and its XML parsing',
	'x-amz-content-sha256': 'the SigV4 signer (smithy)',
	'AWS4-HMAC-SHA256': 'SigV4 signing',
	Kanji: 'the QR encoder'
};

/** The built JS files (workers aside) that hold each kind of code loaded later. */
function laterChunks(): Record<string, string[]> {
	const dir = join(BUILD_DIR, '_app/immutable');
	const files = ['chunks', 'nodes', 'entry'].flatMap((sub) =>
		readdirSync(join(dir, sub)).map((name) => `_app/immutable/${sub}/${name}`)
	);
	const text = new Map(files.map((file) => [file, readFileSync(join(BUILD_DIR, file), 'utf8')]));
	const byKind: Record<string, string[]> = {};
	for (const [marker, kind] of Object.entries(LATER_CODE)) {
		byKind[kind] = files.filter((file) => text.get(file)?.includes(marker));
	}
	const { manifest } = readKitGraph(KIT_OUT_DIR) as {
		manifest: Record<string, { file: string }>;
	};
	for (const name of ['LinkCard', 'BucketPicker', 'ObjectBrowser', 'BulkLinks']) {
		const chunk = manifest[`src/lib/components/${name}.svelte`];
		byKind[name] = chunk ? [chunk.file] : [];
	}
	return byKind;
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
	const later = laterChunks();
	for (const [kind, files] of Object.entries(later)) {
		expect(files.length, `a chunk with ${kind}`).toBeGreaterThan(0);
		expect(
			files.filter((file) => fetched.includes(file)),
			kind
		).toEqual([]);
	}
});

test.describe('with no service worker (only the page fetches)', () => {
	test.use({ serviceWorkers: 'block' });

	test('once the first screen is idle, Connect and Create link need nothing more from the server', async ({
		page
	}) => {
		const problems = await watchPage(page);
		await page.goto('/');
		const lazy = Object.values(laterChunks()).flat();
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

	test('a part whose code cannot be fetched says so; the link is kept, and a reload brings the part', async ({
		page
	}) => {
		const problems = await watchPage(page);
		let blocked = true;
		// The link card's code cannot be fetched while `blocked` (the network dropped before the
		// app was cached); the first screen and the signer load.
		const [card] = laterChunks().LinkCard;
		await page.route('**/_app/immutable/**', async (route) => {
			if (blocked && route.request().url().endsWith(card)) {
				return route.abort('internetdisconnected');
			}
			return route.continue();
		});
		await page.goto('/');
		await connect(page);
		const form = presignPanel(page);
		await form.getByLabel('Bucket name').fill(BUCKET);
		await form.getByLabel('Object key').fill('hello.txt');
		await form.getByRole('button', { name: 'Create link', exact: true }).click();
		const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
		await expect(alert).toBeVisible();
		await expect(page.getByLabel('Presigned URL', { exact: true })).toHaveCount(0);

		// The link itself was made, and is in the history.
		await expect(page.getByRole('region', { name: 'Links created in this tab' })).toContainText(
			'hello.txt'
		);

		blocked = false;
		await alert.getByRole('button', { name: 'Reload the page' }).click();
		await page
			.getByRole('region', { name: 'Links created in this tab' })
			.getByRole('button', { name: 'Show' })
			.first()
			.click();
		await expect(page.getByLabel('Presigned URL', { exact: true })).toHaveValue(/X-Amz-Signature=/);
		await expect(alert).toHaveCount(0);
		expect(problems.pageErrors).toEqual([]);
	});
});

/** True when `file` is among the fetched paths (which may carry a sub-path before it). */
function fetched(paths: string[], file: string): boolean {
	return paths.some((path) => path.endsWith(file));
}
