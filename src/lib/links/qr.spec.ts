import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { drawQr, modulesToPath, pathRuns, QUIET_ZONE, svgDocument, type CreateQr } from './qr';

const create = QRCode.create as unknown as CreateQr;

describe('drawQr', () => {
	it('uses level H when the text fits', () => {
		const d = drawQr(create, 'https://example.com/b/k?X-Amz-Signature=abc');
		expect(d?.level).toBe('H');
		expect(d?.size).toBe(17 + 4 * d!.version + 2 * QUIET_ZONE);
	});
	it('steps down to a lower level for long text, and gives null when nothing fits', () => {
		// 1,500 bytes exceed version 40-H (1,273) and 40-Q (1,663 fits).
		expect(drawQr(create, 'x'.repeat(1500))?.level).toBe('Q');
		expect(drawQr(create, 'x'.repeat(2900))?.level).toBe('L');
		expect(drawQr(create, 'x'.repeat(3000))).toBeNull();
	});
});

describe('modulesToPath', () => {
	it('draws runs offset by the quiet zone', () => {
		const grid = [
			[1, 1, 0],
			[0, 1, 0],
			[0, 0, 1]
		];
		const { size, path } = modulesToPath({ size: 3, get: (r, c) => grid[r][c] });
		expect(size).toBe(3 + 8);
		expect(path).toBe('M4 4h2v1h-2zM5 5h1v1h-1zM6 6h1v1h-1z');
		expect(pathRuns(path)).toEqual([
			[4, 4, 2],
			[5, 5, 1],
			[6, 6, 1]
		]);
	});
	it('makes a standalone SVG with an escaped title', () => {
		const svg = svgDocument({ level: 'H', version: 1, size: 29, path: 'M4 4h1v1h-1z' }, 'a<b');
		expect(svg).toContain('<title>a&#60;b</title>');
		expect(svg).toContain('viewBox="0 0 29 29"');
	});
});
