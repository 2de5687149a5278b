// The first screen's real weight and time, measured in Chromium against a built app: every
// JavaScript and CSS file the page itself fetches until the `Endpoint URL` field takes input, and
// the time that takes. The service worker's own fetches (its precache) happen in the worker, so
// they are not among the page's resource timing entries and are not counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Lighthouse's mobile profile: 4× CPU slowdown, 150 ms round trip, 1.6 Mbit/s down and
 * 750 kbit/s up (DevTools throttling, per request).
 */
export const MOBILE_PROFILE = {
	cpuSlowdown: 4,
	latencyMs: 150,
	downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
	uploadBytesPerSecond: (750 * 1024) / 8
};

/**
 * Runs in the page before any of its scripts: notes the moment a connected, enabled input
 * labelled "Endpoint URL" exists (Svelte attaches its handlers before it inserts the form, so from
 * then on the field takes input) and the JS and CSS files whose fetch started by then.
 */
function watchForEndpointField() {
	const found = () =>
		[...document.querySelectorAll('label')].some((label) => {
			const input = label.control ?? label.querySelector('input');
			return (
				/^\s*Endpoint URL/.test(label.textContent ?? '') &&
				input instanceof HTMLInputElement &&
				input.isConnected &&
				!input.disabled
			);
		});
	const done = () => {
		const ms = performance.now();
		const files = performance
			.getEntriesByType('resource')
			.filter((e) => e.startTime <= ms && /\.(?:js|css)(?:$|\?)/.test(new URL(e.name).pathname))
			.map((e) => e.name);
		window.__firstScreen = { ms, files };
	};
	const observer = new MutationObserver(() => {
		if (window.__firstScreen || !found()) return;
		observer.disconnect();
		done();
	});
	observer.observe(document, { childList: true, subtree: true });
}

/** gzip -9 size in bytes of a file of the build. */
export const gzipBytes = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/**
 * Loads `url` in a fresh context (a first visit: empty HTTP cache, no service worker yet), with
 * `profile` throttling when given. Resolves with { ms, files: [{ file, gzip }], total } where
 * `ms` is from navigation start until the field takes input and `file` is relative to `buildDir`.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ url: string, buildDir: string, profile?: typeof MOBILE_PROFILE }} options
 */
export async function loadFirstScreen(browser, { url, buildDir, profile }) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		if (profile) {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.enable');
			await cdp.send('Network.emulateNetworkConditions', {
				offline: false,
				latency: profile.latencyMs,
				downloadThroughput: profile.downloadBytesPerSecond,
				uploadThroughput: profile.uploadBytesPerSecond
			});
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
		}
		await page.addInitScript(watchForEndpointField);
		await page.goto(url);
		const field = page.getByLabel('Endpoint URL');
		await page.waitForFunction(() => window.__firstScreen, null, { timeout: 60_000 });
		// Proof that it takes input: what is typed stays in the field.
		await field.fill('https://s3.example.com');
		if ((await field.inputValue()) !== 'https://s3.example.com') {
			throw new Error('first screen: the Endpoint URL field did not keep what was typed');
		}
		const { ms, files: urls } = await page.evaluate(() => window.__firstScreen);
		const base = new URL('./', url).pathname;
		const files = [...new Set(urls)].map((u) => {
			const file = new URL(u).pathname.slice(base.length);
			return { file, gzip: gzipBytes(join(buildDir, file)) };
		});
		return { ms, files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
	} finally {
		await context.close();
	}
}
