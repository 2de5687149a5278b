// What the measurements run against, set up for the groups that need it and torn down after:
// the local Ceph RGW with the large prefix seeded (listing), the built app (listing, screen) and
// the throwaway bench page (presign, listing, qr), served and open in Chromium.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { firstLoadSizes, precacheSizes } from '../postbuild.mjs';
import { startServer, stopServer } from '../serve-static.mjs';
import { CHROMIUM_ARGS, chromiumExecutable } from '../lib/chromium.mjs';
import {
	APP_PORT,
	MON_PORT,
	ORIGIN,
	PAGE_PORT,
	PREFIX,
	RGW_PORT,
	ROOT,
	conn,
	log,
	s3Env,
	timed
} from './common.mjs';
import { benchConfig } from './page-config.mjs';

// The comparison tools: this machine image ships the AWS CLI and botocore (pip); say so plainly
// where they are missing instead of failing half-way through a long run.
const LISTING_TOOLS = [
	['aws', ['--version'], 'pip install awscli  (or: apt-get install awscli)'],
	[
		'python3',
		['-c', 'import botocore'],
		'pip install botocore  (or: apt-get install python3-botocore)'
	]
];

/** Exits with a hint when a tool the listing compares against is missing. */
export function checkListingTools() {
	for (const [cmd, args, hint] of LISTING_TOOLS) {
		try {
			execFileSync(cmd, args, { stdio: 'ignore' });
		} catch {
			console.error(`bench: \`${cmd} ${args.join(' ')}\` failed; install it first: ${hint}`);
			process.exit(1);
		}
	}
}

/**
 * Sets up what `groups` need into `env` (an object the caller passes to teardown whatever
 * happens): env.seedSecs, env.appDir, env.budget, env.precache, env.browser, env.call(name, ...args)
 * on the bench page, env.serveAppGzip().
 */
export async function setUp(env, { groups, count }) {
	const needs = (...names) => names.some((g) => groups.includes(g));
	env.temp = mkdtempSync(join(tmpdir(), 's3-presign-bench-'));
	if (needs('listing')) {
		log(`local RGW on ${conn.endpoint} (mon ${MON_PORT})`);
		env.rgw = true;
		timed('bash', ['scripts/s3-local.sh', 'up'], { stdio: ['ignore', 'ignore', 'inherit'] });
		log(`ensuring ${count} objects under ${conn.bucket}/${PREFIX}`);
		const [, seedSecs] = timed('node', ['scripts/seed-large.mjs', String(count), PREFIX], {
			stdio: ['ignore', 'inherit', 'inherit']
		});
		env.seedSecs = seedSecs;
		log(`seed-large took ${seedSecs.toFixed(1)} s`);
	}
	if (needs('listing', 'screen')) {
		log('building the app');
		env.appDir = join(env.temp, 'app');
		const appEnv = { ...s3Env, BUILD_DIR: env.appDir, KIT_OUT_DIR: '.svelte-kit-bench' };
		timed('npx', ['vite', 'build'], { env: appEnv, stdio: 'ignore' });
		timed('node', ['scripts/postbuild.mjs', env.appDir], { env: appEnv, stdio: 'ignore' });
		env.budget = firstLoadSizes(env.appDir);
		env.precache = precacheSizes(env.appDir);
		env.appServer = await startServer({ dir: env.appDir, port: APP_PORT });
		env.serveAppGzip = async () => {
			await stopServer(env.appServer);
			env.appServer = await startServer({ dir: env.appDir, port: APP_PORT, gzip: true });
		};
	}
	const needsPage = needs('presign', 'listing', 'qr');
	if (needsPage) {
		log('building the bench page');
		// Its TypeScript is compiled under tsconfig.json, which extends the one Kit generates.
		if (!existsSync(join(ROOT, '.svelte-kit', 'tsconfig.json')))
			timed('npx', ['svelte-kit', 'sync'], { stdio: 'ignore' });
		const pageDir = join(env.temp, 'page');
		await build(benchConfig(pageDir));
		env.server = await startServer({ dir: pageDir, port: PAGE_PORT });
	}
	env.browser = await chromium.launch({
		executablePath: chromiumExecutable(),
		args: CHROMIUM_ARGS
	});
	if (needsPage) {
		const page = await env.browser.newPage();
		page.on('pageerror', (e) => log(`page error: ${e}`));
		await page.goto(`${ORIGIN}/index.html`);
		await page.waitForSelector('body[data-ready="true"]');
		env.call = (name, ...a) => page.evaluate(([n, a]) => window.bench[n](...a), [name, a]);
	}
	return env;
}

/** Closes what setUp opened; the RGW goes down unless `keep`. */
export async function tearDown(env, { keep }) {
	await env.browser?.close();
	if (env.server) await stopServer(env.server);
	if (env.appServer) await stopServer(env.appServer);
	if (env.temp) rmSync(env.temp, { recursive: true, force: true });
	rmSync(join(ROOT, '.svelte-kit-bench'), { recursive: true, force: true });
	if (!env.rgw) return;
	if (!keep)
		spawnSync('bash', ['scripts/s3-local.sh', 'down'], {
			cwd: ROOT,
			env: s3Env,
			stdio: ['ignore', 'ignore', 'inherit']
		});
	else
		log(
			`RGW kept on ${conn.endpoint}: RGW_PORT=${RGW_PORT} MON_PORT=${MON_PORT} bash scripts/s3-local.sh down`
		);
}
