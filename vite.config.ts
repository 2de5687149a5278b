import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	optimizeDeps: { include: ['qrcode'] },
	build: { reportCompressedSize: true },
	// ES module workers can load chunks on demand (the JavaScript hashing fallback) instead of
	// carrying them inlined.
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.spec.ts'],
		environment: 'node'
	}
});
