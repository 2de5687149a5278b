// Post-build step for sub-path hosting, the first screen and the service worker's integrity check.
// Kit 2.70 writes the hash-router index.html with absolute "/_app/..." and "/favicon.svg" URLs even
// with `paths.relative: true`, so a build served from /some-bucket/app/index.html would load
// nothing. We rewrite them to "./" and link the "/" route's node, its imports and its CSS, which
// Kit's index.html leaves to a fetch after start-up (scripts/lib/first-load.mjs). Then we
// recompute the CSP sha256 of each inline script, which the rewrite changes, or the CSP would
// block start-up. Then the SHA-256 of every file, index.html in its final form included, goes into
// service-worker.js, which serves a cached file only when its bytes match. It also prints the gzip
// size of everything index.html loads (the first screen's weight) and of the worker's precache.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstScreenFiles, linkFirstScreen, readKitGraph } from './lib/first-load.mjs';

/** Root-relative URLs of our own files become document-relative. */
function makeRelative(html) {
	return html
		.replace(/(href|src)="\/(?!\/)/g, '$1="./')
		.replace(/import\("\/_app\//g, 'import("./_app/');
}

const sha256Base64 = (text) => createHash('sha256').update(text, 'utf8').digest('base64');

/** The placeholder in src/service-worker.ts, inside a string literal of the built worker. */
const HASHES_PLACEHOLDER = /(["'`])__FILE_SHA256_JSON__\1/;

/** Every file under `dir`, as paths relative to it with "/" separators. */
function filesUnder(dir, root = dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? filesUnder(join(dir, entry.name), root)
			: [relative(root, join(dir, entry.name)).split('\\').join('/')]
	);
}

/** Writes the hex SHA-256 of every other file of the build into service-worker.js. */
export function writeFileHashes(buildDir) {
	const workerPath = join(buildDir, 'service-worker.js');
	const hashes = {};
	for (const file of filesUnder(buildDir)) {
		if (file === 'service-worker.js') continue;
		hashes[file] = createHash('sha256')
			.update(readFileSync(join(buildDir, file)))
			.digest('hex');
	}
	const worker = readFileSync(workerPath, 'utf8');
	if (!HASHES_PLACEHOLDER.test(worker)) {
		throw new Error('postbuild: no file-hash placeholder in service-worker.js');
	}
	// A JSON text is a valid JavaScript string literal once stringified again.
	const literal = JSON.stringify(JSON.stringify(hashes));
	writeFileSync(
		workerPath,
		worker.replace(HASHES_PLACEHOLDER, () => literal)
	);
	return Object.keys(hashes).length;
}

/**
 * The first screen's weight: every module index.html preloads or imports plus the CSS it links
 * (after postbuild, the "/" route's files too), gzip -9.
 * Returns { total, files: [{ file, gzip }] } in bytes; also used by the bench (scripts/bench/setup.mjs).
 */
export function firstLoadSizes(
	buildDir,
	html = readFileSync(join(buildDir, 'index.html'), 'utf8')
) {
	const firstLoad = [...html.matchAll(/(?:href=|import\()"\.?\/(_app\/[^"]+\.(?:js|css))"/g)].map(
		(m) => m[1]
	);
	const files = [];
	for (const file of new Set(firstLoad)) {
		const path = join(buildDir, file);
		if (!existsSync(path)) continue;
		files.push({ file, gzip: gzipSync(readFileSync(path), { level: 9 }).length });
	}
	return { total: files.reduce((sum, f) => sum + f.gzip, 0), files };
}

/** What the service worker precaches: every file of the build but itself, gzip -9 and raw. */
export function precacheSizes(buildDir) {
	const files = filesUnder(buildDir).filter((f) => f !== 'service-worker.js');
	let gzip = 0;
	let raw = 0;
	for (const file of files) {
		const bytes = readFileSync(join(buildDir, file));
		raw += bytes.length;
		gzip += gzipSync(bytes, { level: 9 }).length;
	}
	return { files: files.length, gzip, raw };
}

function main() {
	const buildDir = process.argv[2] ?? process.env.BUILD_DIR ?? 'build';
	const kitOutDir = process.env.KIT_OUT_DIR ?? '.svelte-kit';
	const indexPath = join(buildDir, 'index.html');
	const original = readFileSync(indexPath, 'utf8');

	const firstScreen = firstScreenFiles(readKitGraph(kitOutDir));
	const rewritten = linkFirstScreen(makeRelative(original), firstScreen);
	const inlineScripts = [...rewritten.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
	const hashes = inlineScripts.map((body) => `'sha256-${sha256Base64(body)}'`);

	const html = rewritten.replace(
		/script-src 'self'[^;"]*/,
		`script-src 'self' ${hashes.join(' ')}`
	);
	if (/(href|src)="\/(?!\/)|import\("\//.test(html)) {
		throw new Error('postbuild: an absolute URL is left in index.html');
	}
	writeFileSync(indexPath, html);
	const hashed = writeFileHashes(buildDir);

	const { total, files } = firstLoadSizes(buildDir, html);
	const precache = precacheSizes(buildDir);
	const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
	const rows = files.map(({ file, gzip }) => `  ${kb(gzip).padStart(9)}  ${file}`);
	console.log(
		`postbuild: index.html made relative, "/" route linked; CSP script hashes: ${hashes.length}; ` +
			`service worker checks ${hashed} files by SHA-256`
	);
	console.log(
		`first screen JS+CSS (gzip): ${kb(total)} in ${rows.length} files, all linked by index.html; ` +
			`service worker precache: ${kb(precache.gzip)} gzip (${kb(precache.raw)} raw) in ${precache.files} files`
	);
	if (process.env.VERBOSE_SIZES) console.log(rows.join('\n'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
