import { execFileSync } from 'node:child_process';
import { APP_PORT, MON_PORT, RGW_PORT } from './env';

const s3Env = {
	...process.env,
	RGW_PORT: String(RGW_PORT),
	MON_PORT: String(MON_PORT),
	APP_ORIGINS: `http://127.0.0.1:${APP_PORT},http://localhost:${APP_PORT}`
};

/** Start a real Ceph RGW with the demo data; the returned function stops it after the run. */
export default function globalSetup() {
	execFileSync('bash', ['scripts/s3-local.sh', 'up'], { stdio: 'inherit', env: s3Env });
	return () => {
		execFileSync('bash', ['scripts/s3-local.sh', 'down'], { stdio: 'inherit', env: s3Env });
	};
}
