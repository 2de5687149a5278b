// Reads QR codes the way a phone would: from pixels. jsQR decodes, pngjs reads the screenshot.
import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text of the QR code in a PNG, or null when none can be read. */
export function decodeQrPng(png: Buffer): string | null {
	const image = PNG.sync.read(png);
	const pixels = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length);
	return jsQR(pixels, image.width, image.height)?.data ?? null;
}

/** Screenshot of `element`, decoded. */
export async function decodeQrElement(element: Locator): Promise<string | null> {
	return decodeQrPng(await element.screenshot());
}

/** A degraded copy of a PNG: scaled by `scale` and blurred by `blurPx`, drawn by the page's canvas. */
export async function degrade(
	page: Page,
	png: Buffer,
	scale = 0.5,
	blurPx = 0.6,
	quality: ImageSmoothingQuality = 'low'
): Promise<Buffer> {
	const dataUrl = await page.evaluate(
		async ({ src, scale, blurPx, quality }) => {
			const img = new Image();
			img.src = src;
			await img.decode();
			const canvas = document.createElement('canvas');
			canvas.width = Math.round(img.width * scale);
			canvas.height = Math.round(img.height * scale);
			const ctx = canvas.getContext('2d')!;
			ctx.fillStyle = '#fff';
			ctx.fillRect(0, 0, canvas.width, canvas.height);
			ctx.filter = `blur(${blurPx}px)`;
			ctx.imageSmoothingQuality = quality;
			ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
			return canvas.toDataURL('image/png');
		},
		{ src: `data:image/png;base64,${png.toString('base64')}`, scale, blurPx, quality }
	);
	return Buffer.from(dataUrl.split(',')[1], 'base64');
}
