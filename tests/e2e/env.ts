// Fixed facts of the test environment, shared by the Playwright config and the specs.
import { existsSync } from 'node:fs';
import { chromiumExecutable } from '../../scripts/lib/chromium.mjs';

// Ports and build folder can be moved (E2E_*) so that two test runs can share a machine.
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4174);
export const BUILD_DIR = process.env.BUILD_DIR ?? 'build';
/** Kit's output folder of that build (its Vite manifest names each module's chunk). */
export const KIT_OUT_DIR = process.env.KIT_OUT_DIR ?? '.svelte-kit';
export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;
export const RGW_PORT = Number(process.env.E2E_RGW_PORT ?? 7481);
export const MON_PORT = Number(process.env.E2E_MON_PORT ?? 3301);
export const ENDPOINT = `http://127.0.0.1:${RGW_PORT}`;
export const REGION = 'us-east-1';
export const ACCESS_KEY = 'TESTACCESSKEY1234567';
export const SECRET_KEY = 'testsecretkey1234567890abcdefghijklmnopq';
export const BUCKET = 'demo';
export const NO_CORS_BUCKET = 'nocors';
export const SUB_PATH = '/some-bucket/app/';

/** Debian's Chromium, or the browser named by CHROMIUM_PATH. */
export function chromiumPath(): string {
	const path = chromiumExecutable();
	if (!existsSync(path)) {
		throw new Error(
			`No Chromium at ${path}. Run \`npm run test:e2e\` as root to install Debian's chromium, ` +
				'or set CHROMIUM_PATH to a Chromium binary.'
		);
	}
	return path;
}
