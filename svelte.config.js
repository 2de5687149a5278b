import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const buildDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Static files only: the build runs from any static host or from inside a bucket.
		// BUILD_DIR / KIT_OUT_DIR let parallel work trees build side by side; defaults are Kit's.
		adapter: adapter({ pages: buildDir, assets: buildDir, precompress: false, strict: true }),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		// The hash router lets /any/sub/path/index.html work without server rewrites.
		router: { type: 'hash' },
		paths: { relative: true },
		// Kit's boot script would register an absolute "/service-worker.js", which misses a build
		// served from a sub-path; src/lib/state/offline.svelte.ts registers it relative instead.
		serviceWorker: { register: false },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Kit's live-region announcer and app.html's <div style> use inline styles: without
				// 'unsafe-inline' for styles (only) they are CSP violations.
				'style-src': ['self', 'unsafe-inline'],
				// Signed requests go to whatever endpoint the user types, so connect-src stays open
				// to http(s); nothing is loaded from other origins (no scripts, styles, frames).
				'connect-src': ['self', 'http:', 'https:'],
				'img-src': ['self', 'data:', 'blob:'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['none']
			}
		}
	}
};

export default config;
