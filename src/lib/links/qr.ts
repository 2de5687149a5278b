// QR rendering around the `qrcode` package's encoder (loaded on demand by the caller): the
// highest error-correction level that fits, the 4-module quiet zone (ISO/IEC 18004 §7.3.8),
// and SVG/PNG output. This file never encodes QR data itself.

export type EcLevel = 'H' | 'Q' | 'M' | 'L';

/** The part of `qrcode`'s QRCode object this file reads. */
export interface QrSymbol {
	modules: { size: number; get(row: number, col: number): number | boolean };
	version: number;
}

/** `qrcode.create`, injected so this file stays free of the 9 KB encoder. */
export type CreateQr = (text: string, options: { errorCorrectionLevel: EcLevel }) => QrSymbol;

export const QUIET_ZONE = 4;
const LEVELS: readonly EcLevel[] = ['H', 'Q', 'M', 'L'];

export interface QrDrawing {
	level: EcLevel;
	version: number;
	/** Modules per side including the quiet zone. */
	size: number;
	/** SVG path data of the dark modules, one unit per module, quiet zone included. */
	path: string;
}

/** Encodes at the highest level that fits (H→Q→M→L); null when the text fits no QR version. */
export function drawQr(create: CreateQr, text: string): QrDrawing | null {
	for (const level of LEVELS) {
		let symbol: QrSymbol;
		try {
			symbol = create(text, { errorCorrectionLevel: level });
		} catch {
			continue; // "The amount of data is too big to be stored in a QR Code"
		}
		return { level, version: symbol.version, ...modulesToPath(symbol.modules) };
	}
	return null;
}

/** Dark modules as horizontal runs (`M x y h n v1 h -n z`), which keeps the SVG small. */
export function modulesToPath(modules: QrSymbol['modules']): { size: number; path: string } {
	const n = modules.size;
	const parts: string[] = [];
	for (let row = 0; row < n; row++) {
		let col = 0;
		while (col < n) {
			if (!modules.get(row, col)) {
				col++;
				continue;
			}
			const start = col;
			while (col < n && modules.get(row, col)) col++;
			const run = col - start;
			parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`);
		}
	}
	return { size: n + 2 * QUIET_ZONE, path: parts.join('') };
}

/** A standalone SVG file of the drawing (black on white, crisp edges). */
export function svgDocument(drawing: QrDrawing, title: string): string {
	const escaped = title.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${drawing.size} ${drawing.size}" ` +
		`width="${drawing.size * 8}" height="${drawing.size * 8}" shape-rendering="crispEdges">` +
		`<title>${escaped}</title><rect width="100%" height="100%" fill="#fff"/>` +
		`<path fill="#000" d="${drawing.path}"/></svg>\n`
	);
}

/** The dark modules as [col, row, run] triples, for drawing on a canvas. */
export function pathRuns(path: string): [number, number, number][] {
	return [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => [+m[1], +m[2], +m[3]]);
}

/** The encoder, loaded on first use (it is kept out of the first-load bundle). */
export async function loadQrEncoder(): Promise<CreateQr> {
	const mod: { create?: unknown; default?: { create?: unknown } } = await import('qrcode');
	return (mod.create ?? mod.default?.create) as CreateQr;
}

/** Loads the encoder on first use and draws `text`. */
export async function drawQrLazy(text: string): Promise<QrDrawing | null> {
	return drawQr(await loadQrEncoder(), text);
}

/** A PNG of the drawing, `scale` pixels per module. */
export function pngBlob(drawing: QrDrawing, scale = 10): Promise<Blob> {
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = drawing.size * scale;
	const ctx = canvas.getContext('2d');
	if (!ctx) return Promise.reject(new Error('This browser cannot draw on a canvas.'));
	ctx.fillStyle = '#fff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.fillStyle = '#000';
	for (const [x, y, run] of pathRuns(drawing.path))
		ctx.fillRect(x * scale, y * scale, run * scale, scale);
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(b) => (b ? resolve(b) : reject(new Error('Could not make the PNG.'))),
			'image/png'
		)
	);
}
