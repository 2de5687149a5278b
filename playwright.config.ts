import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/lib/chromium.mjs';
import { APP_PORT, BUILD_DIR, chromiumPath } from './tests/e2e/env';

// End-to-end tests run against the BUILT app (npm run build) and a real Ceph RGW that
// global-setup starts on its own ports, so they never collide with a running `npm start`.
export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	globalSetup: './tests/e2e/global-setup.ts',
	workers: 1, // two cores: RGW and Chromium share them
	retries: 0,
	// Budgets for a busy 2-core machine (RGW, Chromium and other work share it): a passing test
	// never waits for them, they only decide when a stuck one gives up.
	timeout: 120_000,
	expect: { timeout: 20_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${APP_PORT}/`,
		// The interface follows the browser's languages: tests read English unless they ask.
		locale: 'en-US',
		launchOptions: {
			// Playwright cannot download its own browser here: Debian's Chromium it is.
			executablePath: chromiumPath(),
			args: CHROMIUM_ARGS
		}
	},
	webServer: {
		command: `node scripts/serve-static.mjs ${BUILD_DIR} ${APP_PORT} --mount /some-bucket/app/`,
		url: `http://127.0.0.1:${APP_PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
