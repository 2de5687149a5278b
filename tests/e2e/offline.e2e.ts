// Offline use: after one visit the service worker has cached this build (and nothing else),
// the app loads with the network gone, from "/" and from a sub-path, and it is installable.
// "Gone" is real here: these tests serve the app from a server of their own and stop it, so the
// app's origin answers nothing, whatever a Chromium build's offline emulation reports.
// page.route() does not see requests a service worker serves, so these tests look at Cache
// Storage and at what the page gets, not at intercepted requests.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { ACCESS_KEY, BUCKET, BUILD_DIR, ENDPOINT, SECRET_KEY, SUB_PATH } from './env';
import { serveApp, type AppServer } from './app-server';
import { watchPage } from './helpers';

/** The build's version, which names its one cache. */
const VERSION = (
	JSON.parse(readFileSync(join(BUILD_DIR, '_app/version.json'), 'utf8')) as { version: string }
).version;

/** Every cache and the URLs it holds. */
function cacheContents(page: Page): Promise<Record<string, string[]>> {
	return page.evaluate(async () => {
		const contents: Record<string, string[]> = {};
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			contents[name] = (await cache.keys()).map((request) => request.url);
		}
		return contents;
	});
}

/** Opens the app and waits until its service worker is active and controls the page. */
async function visitUntilReady(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await expect(page.getByText('Ready for offline use')).toBeVisible();
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Takes the app's origin away for real, and the rest of the network as far as Chromium emulates it. */
async function goOffline(server: AppServer, context: BrowserContext): Promise<void> {
	await server.stop();
	await context.setOffline(true);
}

let server: AppServer;
test.beforeEach(async () => {
	server = await serveApp();
});
test.afterEach(async () => {
	await server.stop();
});

for (const path of ['/', SUB_PATH]) {
	test(`after one visit at ${path} the app loads offline from its own cache`, async ({
		page,
		context
	}) => {
		const problems = await watchPage(page);
		const origin = server.origin;
		const app = origin + path;
		await visitUntilReady(page, app);
		await expect(page.getByText('Offline', { exact: true })).toHaveCount(0);

		const scope = await page.evaluate(
			async () => (await navigator.serviceWorker.getRegistration())?.scope
		);
		expect(scope).toBe(app);

		// Requests the worker must leave alone: S3 on another origin, and a same-origin URL with
		// a query (as a presigned URL into the bucket hosting the app would be).
		await page.evaluate(
			async (urls) => {
				for (const url of urls) await fetch(url).catch(() => null);
			},
			[`${ENDPOINT}/${BUCKET}/hello.txt?X-Amz-Signature=abc`, './index.html?X-Amz-Signature=abc']
		);

		const contents = await cacheContents(page);
		const names = Object.keys(contents);
		expect(names).toHaveLength(1);
		expect(names[0]).toContain(VERSION);
		const urls = contents[names[0]];
		expect(urls).toEqual(
			expect.arrayContaining([
				app,
				`${app}index.html`,
				`${app}manifest.webmanifest`,
				`${app}icon-192.png`
			])
		);
		expect(urls.filter((url) => !url.startsWith(app))).toEqual([]);
		expect(urls.filter((url) => new URL(url).search !== '')).toEqual([]);
		expect(urls.some((url) => url.includes('/_app/immutable/'))).toBe(true);

		await goOffline(server, context);
		await page.reload();
		await expect(page).toHaveTitle('S3 Presign');
		await expect(page.getByRole('banner')).toContainText('S3 Presign');
		await expect(page.getByRole('heading', { name: 'Connect' })).toBeVisible();
		await expect(page.getByText('Offline', { exact: true })).toBeVisible();
		await expect(page.getByText('Ready for offline use')).toBeVisible();

		// The manifest comes from the cache too, and says what makes the app installable.
		const manifest = await page.evaluate(async () => {
			const href = document.querySelector('link[rel="manifest"]')?.getAttribute('href');
			const response = await fetch(href ?? '');
			return { type: response.headers.get('content-type'), body: await response.json() };
		});
		expect(manifest.type).toContain('application/manifest+json');
		expect(manifest.body).toMatchObject({
			name: 'S3 Presign',
			short_name: expect.any(String),
			description: expect.any(String),
			start_url: './',
			scope: './',
			display: 'standalone',
			theme_color: '#1f4e79',
			background_color: expect.any(String)
		});
		const icons = manifest.body.icons as { src: string; sizes: string; type: string }[];
		expect(icons.map((icon) => `${icon.type} ${icon.sizes}`)).toEqual(
			expect.arrayContaining(['image/svg+xml any', 'image/png 192x192', 'image/png 512x512'])
		);
		// Each icon is in the cache, so an offline start shows it as well.
		for (const icon of icons) {
			const status = await page.evaluate(
				async (src) => (await fetch(src)).status,
				new URL(icon.src, app).href
			);
			expect(status, icon.src).toBe(200);
		}

		// Still exactly one cache, and nothing cross-origin, after an offline session.
		const after = await cacheContents(page);
		expect(Object.keys(after)).toEqual(names);
		await problems.expectNone();
	});
}

test('the Offline badge follows the app’s origin: gone while it is down, back when it answers', async ({
	page
}) => {
	// No offline emulation at all: only the host going away, as when a VPN or a campus link drops.
	const problems = await watchPage(page);
	await visitUntilReady(page, server.origin + SUB_PATH);
	const port = Number(new URL(server.origin).port);
	await server.stop();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Connect' })).toBeVisible();
	await expect(page.getByText('Offline', { exact: true })).toBeVisible();
	expect(await page.evaluate(() => navigator.onLine)).toBe(true);

	// The same host comes back on the same port: the badge clears without a reload.
	server = await serveApp({ port });
	// The page asks again every 15 s while its origin is gone.
	await expect(page.getByText('Offline', { exact: true })).toBeHidden({ timeout: 45_000 });
	await problems.expectNone();
});

test('Chromium finds the app installable, from a sub-path too', async ({ page, context }) => {
	const problems = await watchPage(page);
	await visitUntilReady(page, server.origin + SUB_PATH);
	const cdp = await context.newCDPSession(page);
	const { errors, url } = await cdp.send('Page.getAppManifest');
	expect(url).toBe(`${server.origin}${SUB_PATH}manifest.webmanifest`);
	expect(errors).toEqual([]);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	// Playwright's contexts are incognito, where Chromium never offers to install; every other
	// criterion (manifest fields, icons, service worker, secure context) is checked here.
	const ids = installabilityErrors.map((error) => error.errorId);
	expect(ids.filter((id) => id !== 'in-incognito')).toEqual([]);
	await problems.expectNone();
});

test('a new version waits until "Reload to update", then replaces the old cache', async ({
	page
}) => {
	const problems = await watchPage(page);
	await visitUntilReady(page, server.origin + '/');
	expect(Object.keys(await cacheContents(page))).toEqual([expect.stringContaining(VERSION)]);

	// Simulate a new deployment: the worker script on the server now carries another version.
	// (page.route and CDP Fetch do not see the browser's update check of a worker script, so the
	// file itself changes, and is put back whatever happens; the suite runs one test at a time.)
	const next = `${VERSION}-next`;
	const scriptPath = join(BUILD_DIR, 'service-worker.js');
	const script = readFileSync(scriptPath, 'utf8');
	try {
		writeFileSync(scriptPath, script.replaceAll(VERSION, next));
		await page.evaluate(async () => {
			await (await navigator.serviceWorker.getRegistration())?.update();
		});
		const update = page.getByRole('button', { name: 'Reload to update' });
		await expect(update).toBeVisible();
		await expect(page.getByText('Ready for offline use')).toBeHidden();

		const reloaded = page.waitForEvent('load');
		await update.click();
		await reloaded;
		await expect(page.getByText('Ready for offline use')).toBeVisible();
		await expect(update).toBeHidden();
		await expect
			.poll(async () => Object.keys(await cacheContents(page)))
			.toEqual([expect.stringContaining(next)]);
	} finally {
		// Kept until here: a reload checks for updates, and must find the version it runs.
		writeFileSync(scriptPath, script);
	}
	await problems.expectNone();
});

test('offline, credentials and a key typed by hand give a presigned link and countdown', async ({
	page,
	context
}) => {
	const problems = await watchPage(page);
	await visitUntilReady(page, server.origin + SUB_PATH);

	await goOffline(server, context);
	await page.reload();
	await expect(page.getByText('Offline', { exact: true })).toBeVisible();
	await page.getByLabel('Endpoint URL').fill(ENDPOINT);
	await page.getByLabel('Access key ID', { exact: true }).fill(ACCESS_KEY);
	await page.getByLabel('Secret access key', { exact: true }).fill(SECRET_KEY);
	// Connect cannot reach the endpoint offline, but the settings it saves are enough to sign.
	await page.getByRole('button', { name: 'Connect', exact: true }).click();
	await page.getByLabel('Bucket name').fill(BUCKET);
	await page.getByLabel('Object key').fill('hello.txt');
	await page.getByRole('button', { name: 'Create link' }).click();

	await expect(page.getByRole('textbox', { name: 'Presigned URL', exact: true })).toHaveValue(
		/^http:\/\/127\.0\.0\.1:\d+\/.+X-Amz-Signature=/
	);
	await expect(page.getByRole('timer').first()).toBeVisible();
	await expect(page.getByRole('img', { name: /QR code/ }).first()).toBeVisible();
	const cached = Object.values(await cacheContents(page)).flat();
	expect(cached.filter((url) => url.includes('X-Amz-'))).toEqual([]);
	await problems.expectNone();
});
