// The files the first screen needs, read from the build's module graph (Vite's manifest): Kit's
// entries, the root layout, the error page Kit loads at start-up, the "/" route's node, all of
// their static imports and their CSS. With the hash router, Kit's index.html names only the
// entries and the root layout; the route's node is found after start-up, one more round trip
// before anything is drawn. scripts/postbuild.mjs names every file of this set in index.html.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Vite's manifest of the client build and the node index of each route, from Kit's output. */
export function readKitGraph(kitOutDir) {
	const manifestPath = join(kitOutDir, 'output/client/.vite/manifest.json');
	const appPath = join(kitOutDir, 'generated/client-optimized/app.js');
	if (!existsSync(manifestPath) || !existsSync(appPath)) {
		throw new Error(`first-load: no client build in ${kitOutDir} (run vite build first)`);
	}
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
	// `dictionary = { "/": [2], "/upload": [3] }`: the route's own node comes first.
	const dictionary = /dictionary\s*=\s*(\{[\s\S]*?\});/.exec(readFileSync(appPath, 'utf8'));
	if (!dictionary) throw new Error('first-load: no route dictionary in Kit’s app.js');
	const routes = JSON.parse(dictionary[1]);
	return { manifest, routes };
}

/**
 * Build-relative paths of the JS and CSS the page at `route` needs before it can draw: the
 * manifest entries marked `isEntry` that Kit starts with, nodes 0 (root layout) and 1 (error
 * page), the route's node, and everything they import statically, with each one's CSS.
 */
export function firstScreenFiles({ manifest, routes }, route = '/') {
	const node = routes[route]?.[0];
	if (node === undefined) throw new Error(`first-load: no route ${route} in the build`);
	const keyOf = (suffix) => {
		const key = Object.keys(manifest).find((k) => k.endsWith(suffix));
		if (!key) throw new Error(`first-load: nothing in the manifest ends with ${suffix}`);
		return key;
	};
	const roots = [
		keyOf('/client/entry.js'),
		keyOf('/generated/client-optimized/app.js'),
		...[0, 1, node].map((n) => keyOf(`/generated/client-optimized/nodes/${n}.js`))
	];
	const js = new Set();
	const css = new Set();
	const visit = (key) => {
		const chunk = manifest[key];
		if (!chunk || js.has(chunk.file)) return;
		js.add(chunk.file);
		for (const file of chunk.css ?? []) css.add(file);
		for (const dep of chunk.imports ?? []) visit(dep);
	};
	roots.forEach(visit);
	return { js: [...js], css: [...css] };
}

/**
 * Adds to `html` a modulepreload link for each of `js` before its first stylesheet, and a
 * stylesheet link for each of `css` at the end of <head> (where Kit adds a node's CSS when it
 * loads the node), skipping files already linked.
 */
export function linkFirstScreen(html, { js, css }) {
	const linked = new Set([...html.matchAll(/href="\.?\/?([^"]+)"/g)].map((m) => m[1]));
	const lines = (files, rel) =>
		files
			.filter((f) => !linked.has(f))
			.map((f) => `\t\t<link href="./${f}" rel="${rel}">\n`)
			.join('');
	const insert = (text, at, add) => text.slice(0, at) + add + text.slice(at);
	const headEnd = (text) => {
		const at = text.indexOf('\t</head>');
		if (at < 0) throw new Error('first-load: no </head> in index.html');
		return at;
	};
	const withCss = insert(html, headEnd(html), lines(css, 'stylesheet'));
	const firstStylesheet = withCss.search(/[ \t]*<link href="[^"]+" rel="stylesheet">/);
	return insert(
		withCss,
		firstStylesheet >= 0 ? firstStylesheet : headEnd(withCss),
		lines(js, 'modulepreload')
	);
}
