// `npm run test:e2e`: makes sure a Chromium is there, then runs Playwright against the built app.
// Playwright cannot download its own browsers here, so we use Debian's chromium package.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function fail(message) {
	console.error(`e2e: ${message}`);
	process.exit(1);
}

if (!existsSync(chromium)) {
	if (process.env.CHROMIUM_PATH) fail(`CHROMIUM_PATH=${chromium} does not exist.`);
	if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
		fail('No Chromium found. Install Chromium and set CHROMIUM_PATH to its binary.');
	}
	if (process.getuid?.() !== 0) {
		fail('No Chromium found. Run `sudo apt-get install -y chromium` or set CHROMIUM_PATH.');
	}
	console.log("e2e: installing Debian's chromium (one time)...");
	const apt = (args) =>
		spawnSync('apt-get', args, {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		}).status === 0;
	const installArgs = [
		'install',
		'-y',
		'--no-install-recommends',
		'-o',
		'DPkg::Lock::Timeout=600',
		'chromium'
	];
	if (!apt(installArgs) && !(apt(['update']) && apt(installArgs))) {
		fail('apt-get could not install chromium.');
	}
}
const buildDir = process.env.BUILD_DIR ?? 'build';
if (!existsSync(`${buildDir}/index.html`))
	fail(`No ${buildDir}/ found: run \`npm run build\` first.`);

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, CHROMIUM_PATH: chromium }
});
process.exit(result.status ?? 1);
