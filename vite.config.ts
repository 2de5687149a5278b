import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	optimizeDeps: { include: ['qrcode'] },
	build: {
		reportCompressedSize: true,
		rollupOptions: {
			// The signing core (src/lib/s3) is pure: importing one of its modules runs nothing but
			// declarations. Said to the bundler, a module that imports one name from the `$lib/s3`
			// index pulls in only the module that defines it, not the client, signers and XML parser
			// the index also re-exports (they load on demand).
			treeshake: {
				moduleSideEffects: [{ test: /[\\/]src[\\/]lib[\\/]s3[\\/]/, sideEffects: false }]
			},
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'framework',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|clsx|devalue)[\\/]|^\0(vite[\\/]preload-helper|rolldown[\\/]runtime)/
						}
					]
				}
			}
		}
	},
	// ES module workers can load chunks on demand (the JavaScript hashing fallback) instead of
	// carrying them inlined.
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.spec.ts'],
		environment: 'node'
	}
});
