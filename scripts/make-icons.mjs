// Renders the app icons' PNG sizes from their SVG sources with Debian's Chromium (Playwright).
// Run after editing static/icon*.svg: `node scripts/make-icons.mjs`; commit the PNGs, so that
// builds never need a browser.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './lib/chromium.mjs';

const ICONS = [
	{ svg: 'static/icon.svg', png: 'static/icon-192.png', size: 192 },
	{ svg: 'static/icon.svg', png: 'static/icon-512.png', size: 512 },
	{ svg: 'static/icon-maskable.svg', png: 'static/icon-maskable-512.png', size: 512 }
];

const browser = await chromium.launch({
	executablePath: chromiumExecutable(),
	args: CHROMIUM_ARGS
});
try {
	const page = await browser.newPage({ deviceScaleFactor: 1 });
	for (const { svg, png, size } of ICONS) {
		const dataUrl = `data:image/svg+xml;base64,${readFileSync(svg).toString('base64')}`;
		await page.setViewportSize({ width: size, height: size });
		await page.setContent(
			`<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
				`<img src="${dataUrl}" width="${size}" height="${size}" alt="">`
		);
		await page.locator('img').evaluate((img) => img.decode());
		await page.screenshot({
			path: png,
			omitBackground: true,
			clip: { x: 0, y: 0, width: size, height: size }
		});
		console.log(`${png} (${size}x${size}) from ${svg}`);
	}
} finally {
	await browser.close();
}
