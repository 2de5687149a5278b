import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	optimizeDeps: { include: ['qrcode'] },
	build: { reportCompressedSize: true },
	test: {
		include: ['src/**/*.spec.ts'],
		environment: 'node'
	}
});
