// The service worker serves only this build's bytes, and updates without breaking open tabs.
// These tests serve the app from servers of their own: a second, really different build stands
// in for a deployment of a new version.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { serveApp, type AppServer } from './app-server';
import { BUILD_DIR, SUB_PATH } from './env';
import { watchPage } from './helpers';

/** Opens the app and waits until its service worker is active and controls the page. */
async function visitUntilReady(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await expect(page.getByText('Ready for offline use')).toBeVisible();
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Names of the caches this origin holds. */
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** Replaces what the app's cache holds for `url` (as any script on this origin could). */
async function poisonCache(page: Page, url: string, body: string, type: string): Promise<void> {
	await page.evaluate(
		async ({ url, body, type }) => {
			const [name] = await caches.keys();
			const cache = await caches.open(name);
			await cache.put(url, new Response(body, { headers: { 'content-type': type } }));
		},
		{ url, body, type }
	);
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

let server: AppServer;
test.afterEach(async () => {
	await server?.stop();
});

test('a cached file that is not this build’s is dropped and fetched again, never run', async ({
	page
}) => {
	const problems = await watchPage(page);
	server = await serveApp();
	const app = server.origin + SUB_PATH;
	await visitUntilReady(page, app);

	// Every module the app starts with, backdoored in the cache.
	const modules = (await page.evaluate(() => performance.getEntriesByType('resource')))
		.map((entry) => entry.name)
		.filter((url) => url.startsWith(`${app}_app/immutable/`) && url.endsWith('.js'));
	expect(modules.length).toBeGreaterThan(0);
	for (const url of modules) {
		const original = readFileSync(join(BUILD_DIR, url.slice(app.length)), 'utf8');
		await poisonCache(page, url, `globalThis.__backdoored = true;\n${original}`, 'text/javascript');
	}
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Connect' })).toBeVisible();
	expect(
		await page.evaluate(() => 'backdoored' in globalThis || '__backdoored' in globalThis)
	).toBe(false);
	// The cache holds this build's bytes again.
	for (const url of modules) {
		const cached = await page.evaluate(async (url) => {
			const [name] = await caches.keys();
			return (await (await caches.open(name)).match(url))?.text();
		}, url);
		expect(cached, url).toBe(readFileSync(join(BUILD_DIR, url.slice(app.length)), 'utf8'));
	}

	// Offline, a backdoored page is not served either: no network, no proof, no page.
	await poisonCache(
		page,
		`${app}index.html`,
		'<!doctype html><title>S3 Presign</title><p>Backdoored page</p>',
		'text/html'
	);
	await server.stop();
	await page.reload().catch(() => null); // the browser's own error page is the right outcome
	await expect(page.getByText('Backdoored page')).toHaveCount(0);
	await problems.expectNone();
});

test.describe('a deployment of a new version', () => {
	let nextBuild: string;

	test.beforeAll(async () => {
		test.setTimeout(5 * 60_000);
		// A second real build: Kit names each build's version by its build time, and the chunks
		// that carry the version get new content-hashed names, as in any real deployment.
		nextBuild = mkdtempSync(join(tmpdir(), 's3-presign-next-'));
		const env = { ...process.env, BUILD_DIR: nextBuild, KIT_OUT_DIR: '.svelte-kit-e2e-next' };
		execFileSync('npx', ['vite', 'build'], { env, stdio: 'ignore' });
		execFileSync('node', ['scripts/postbuild.mjs', nextBuild], { env, stdio: 'ignore' });
	});

	test.afterAll(() => {
		rmSync(nextBuild, { recursive: true, force: true });
		rmSync('.svelte-kit-e2e-next', { recursive: true, force: true });
	});

	/** Opens two tabs of the first version, then deploys the next one on the same origin. */
	async function twoTabsThenDeploy(context: BrowserContext) {
		server = await serveApp();
		const port = Number(new URL(server.origin).port);
		const app = server.origin + SUB_PATH;
		const [first, second] = [await context.newPage(), await context.newPage()];
		await visitUntilReady(first, app);
		await visitUntilReady(second, app);
		await server.stop();
		server = await serveApp({ port, dir: nextBuild });
		return { app, first, second };
	}

	test('an open tab of the old version still gets its files after another tab updates', async ({
		context
	}) => {
		const { app, first, second } = await twoTabsThenDeploy(context);
		const oldOnly = filesUnder(join(BUILD_DIR, '_app/immutable')).filter(
			(file) => !filesUnder(join(nextBuild, '_app/immutable')).includes(file)
		);
		expect(oldOnly.length, 'the two builds differ').toBeGreaterThan(0);

		await first.evaluate(async () => {
			await (await navigator.serviceWorker.getRegistration())?.update();
		});
		const update = first.getByRole('button', { name: 'Reload to update' });
		await expect(update).toBeVisible();
		await update.click();
		await expect(first.getByText('Ready for offline use')).toBeVisible();

		// The second tab still runs the old version; the server no longer has its files.
		for (const file of oldOnly) {
			const url = `${app}_app/immutable/${file}`;
			expect((await fetch(url)).status, `${file} is gone from the server`).toBe(404);
			const body = await second.evaluate(async (url) => {
				const response = await fetch(url);
				return response.ok ? response.text() : `HTTP ${response.status}`;
			}, url);
			expect(body, file).toBe(readFileSync(join(BUILD_DIR, '_app/immutable', file), 'utf8'));
		}
		expect(await cacheNames(first)).toHaveLength(2);

		// Once no tab runs the old version, its cache goes at the next start.
		await second.close();
		await first.reload();
		await expect.poll(() => cacheNames(first)).toHaveLength(1);
	});

	test('a worker file that changed without a new version is taken quietly', async ({ context }) => {
		server = await serveApp();
		const page = await context.newPage();
		await visitUntilReady(page, server.origin + SUB_PATH);
		const scriptPath = join(BUILD_DIR, 'service-worker.js');
		const script = readFileSync(scriptPath, 'utf8');
		try {
			writeFileSync(scriptPath, `${script}\n// the same build, served again\n`);
			const takenOver = page.evaluate(
				() =>
					new Promise<void>((resolve) =>
						navigator.serviceWorker.addEventListener('controllerchange', () => resolve())
					)
			);
			await page.evaluate(async () => {
				await (await navigator.serviceWorker.getRegistration())?.update();
			});
			await takenOver;
			await expect(page.getByRole('button', { name: 'Reload to update' })).toHaveCount(0);
			await expect(page.getByText('Ready for offline use')).toBeVisible();
		} finally {
			writeFileSync(scriptPath, script);
		}
	});
});
