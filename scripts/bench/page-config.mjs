// Vite config (not a vite.config file, so svelte-check leaves it alone) of the throwaway bench page (scripts/bench/): built to a temp dir by bench.mjs.
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/** @param {string} outDir */
export function benchConfig(outDir) {
	return {
		configFile: false,
		root: fileURLToPath(new URL('.', import.meta.url)),
		base: './',
		logLevel: 'warn',
		// Compiles the runes in src/lib/state/*.svelte.ts for the browser-state measurements.
		plugins: [svelte({ configFile: false })],
		resolve: {
			alias: {
				$lib: fileURLToPath(new URL('../../src/lib', import.meta.url)),
				'$app/environment': fileURLToPath(new URL('./app-environment.js', import.meta.url))
			}
		},
		build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
		worker: { format: 'es' }
	};
}
