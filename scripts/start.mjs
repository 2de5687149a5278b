// npm start: build the app, bring up the local S3 (scripts/s3-local.sh), serve build/ on
// 127.0.0.1:4173 and print everything a newcomer needs to sign in. Ctrl-C stops the server
// and takes the local S3 down again.  Flags: --no-build  --port <n> (4173)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, stopServer } from './serve-static.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const portArg = args.indexOf('--port');
const appPort = portArg >= 0 ? Number(args[portArg + 1]) : 4173;
const rgwPort = process.env.RGW_PORT || '7480';
const dataDir = process.env.S3_LOCAL_DATA || `/tmp/s3-presign-rgw-${rgwPort}`;

let server;
let child; // the build or s3-local.sh, while one runs
let s3Started = false;
let stopping = false;
const forever = () => new Promise(() => {}); // shutdown() is on its way to process.exit

/** Runs a command with inherited stdio; resolves with its exit code. */
function run(cmd, cmdArgs, env = {}) {
	return new Promise((ok) => {
		child = spawn(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
		child.on('error', (err) => {
			console.error(`start: cannot run ${cmd}: ${err.message}`);
			ok(127);
		});
		child.on('exit', (code, signal) => {
			child = undefined;
			ok(code ?? (signal ? 128 : 1));
		});
	});
}

async function shutdown(code) {
	if (stopping) return;
	stopping = true;
	if (child) {
		// A terminal Ctrl-C already reached it; a lone SIGTERM to us did not.
		const exited = new Promise((ok) => child.once('exit', ok));
		child.kill('SIGTERM');
		await exited;
	}
	if (server) await stopServer(server);
	if (s3Started) {
		console.log('\nStopping the local S3...');
		await run('bash', ['scripts/s3-local.sh', 'down']);
	}
	process.exit(code);
}
process.on('SIGINT', () => shutdown(130));
process.on('SIGTERM', () => shutdown(143));

/** KEY=value lines of the env file s3-local.sh writes. */
function readEnvFile(file) {
	const env = {};
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		const m = /^([A-Z0-9_]+)=(.*)$/.exec(line);
		if (m) env[m[1]] = m[2];
	}
	return env;
}

const built = build ? await run('npm', ['run', 'build']) : 0;
if (stopping) await forever();
if (built !== 0) {
	console.error('start: the build failed; nothing was started.');
	process.exit(1);
}

// A gateway that was already running (another terminal's) is used as it is and left running.
const alreadyUp =
	(await run('bash', ['scripts/s3-local.sh', 'status'], { S3_LOCAL_QUIET: '1' })) === 0;
if (stopping) await forever();
// From here on, stopping must tear down a cluster we start, even a half-made one.
s3Started = !alreadyUp;
if (alreadyUp) console.log('start: the local S3 is already running; it stays up when this stops.');
const up = await run('bash', ['scripts/s3-local.sh', 'up'], { S3_LOCAL_QUIET: '1' });
if (stopping) await forever();
if (up !== 0) {
	console.error('start: the local S3 did not come up (see above).');
	await shutdown(1);
}

try {
	server = await startServer({ dir: join(root, 'build'), port: appPort, host: '127.0.0.1' });
} catch (err) {
	const why = err.code === 'EADDRINUSE' ? `port ${appPort} is already in use` : err.message;
	console.error(`start: cannot serve build/: ${why}`);
	await shutdown(1);
}

const env = readEnvFile(join(dataDir, 'env.sh'));
console.log(`
  S3 Presign is running.

  App URL            http://127.0.0.1:${appPort}/

  Sign in with:
    Endpoint URL       ${env.S3_ENDPOINT}
    Region             ${env.AWS_DEFAULT_REGION}
    Access key ID      ${env.AWS_ACCESS_KEY_ID}
    Secret access key  ${env.AWS_SECRET_ACCESS_KEY}
    Bucket             demo

  The bucket 'nocors' has no CORS rule: open it to see the CORS doctor.
  Press Ctrl-C to stop (this also stops and deletes the local S3).
`);
