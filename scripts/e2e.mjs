// `npm run test:e2e`: makes sure the tools the browser tests need are here (Debian's Chromium,
// the Ceph packages of the local S3), says which versions run, then runs Playwright against
// the built app. Playwright cannot download its own browsers here, so Debian's chromium it is.
// Every reason to stop is one line starting with "e2e: cannot run the browser tests:".
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumExecutable } from './lib/chromium.mjs';

const chromium = chromiumExecutable();

function fail(reason) {
	console.error(`e2e: cannot run the browser tests: ${reason}`);
	process.exit(1);
}

const canApt = process.platform === 'linux' && existsSync('/usr/bin/apt-get');
const isRoot = process.getuid?.() === 0;

/** apt-get install, retried once after `apt-get update` (a stale package list is common). */
function aptInstall(packages) {
	const apt = (args) =>
		spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], {
			stdio: ['ignore', 'inherit', 'inherit'],
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		}).status === 0;
	const install = ['install', '-y', '--no-install-recommends', ...packages];
	return apt(install) || (apt(['update']) && apt(install));
}

function ensureChromium() {
	if (existsSync(chromium)) return;
	if (process.env.CHROMIUM_PATH) fail(`CHROMIUM_PATH=${chromium} does not exist.`);
	if (!canApt) fail('no Chromium at /usr/bin/chromium and no apt-get here; set CHROMIUM_PATH.');
	if (!isRoot) fail('no Chromium; run `sudo apt-get install -y chromium` or set CHROMIUM_PATH.');
	console.log("e2e: installing Debian's chromium (one time)...");
	if (!aptInstall(['chromium']) || !existsSync(chromium)) {
		fail("Chromium is missing and `apt-get install chromium` failed (Debian's mirror reachable?).");
	}
}

/** "Chromium 150.0.7871.100", from the binary itself (Debian's wrapper also chatters on stderr). */
function chromiumVersion() {
	const run = spawnSync(chromium, ['--version'], { encoding: 'utf8', timeout: 60_000 });
	const version = run.stdout?.match(/Chromium [\d.]+/)?.[0];
	if (!version) fail(`${chromium} --version printed no version (exit ${run.status}).`);
	return version;
}

/** Installs the Ceph packages when missing (scripts/s3-local.sh install); returns the version. */
function cephVersion() {
	const run = spawnSync('bash', ['scripts/s3-local.sh', 'install'], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const version = run.stdout?.match(/ceph version [\d.]+/)?.[0];
	if (run.status !== 0 || !version) {
		fail('the Ceph packages (radosgw, ceph-mon, ceph-osd) are missing and could not be installed.');
	}
	return version;
}

ensureChromium();
const tools = `${chromiumVersion()} (${chromium}), ${cephVersion()} (radosgw)`;
console.log(`e2e: ${tools}`);

const buildDir = process.env.BUILD_DIR ?? 'build';
if (!existsSync(`${buildDir}/index.html`))
	fail(`no ${buildDir}/ found: run \`npm run build\` first.`);

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, CHROMIUM_PATH: chromium }
});
// Again at the end, where a reader of a long CI log looks first.
console.log(`e2e: ran with ${tools}`);
process.exit(result.status ?? 1);
