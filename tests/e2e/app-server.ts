// The built app on a server that one test owns: started on a free port, and stopped by the test
// when it needs the app's origin really gone (as a visitor whose network, or whose host, is down).
import type { AddressInfo } from 'node:net';
import { startServer, stopServer } from '../../scripts/serve-static.mjs';
import { BUILD_DIR, SUB_PATH } from './env';

export interface AppServer {
	/** http://<host>:<port>; on 127.0.0.1 a secure context like the suite's own app server. */
	origin: string;
	/** Closes the server and every open connection: from now on nothing answers at `origin`. */
	stop: () => Promise<void>;
}

/**
 * Serves the build at "/" and at the suite's sub-path, on `port` (0: any free one) of `host`.
 * Plain http on any address but loopback is not a secure context: the browser withholds WebCrypto.
 */
export async function serveApp(port = 0, host = '127.0.0.1'): Promise<AppServer> {
	const server = await startServer({ dir: BUILD_DIR, port, host, mounts: [SUB_PATH] });
	let stopped = false;
	return {
		origin: `http://${host}:${(server.address() as AddressInfo).port}`,
		stop: async () => {
			if (stopped) return;
			stopped = true;
			await stopServer(server);
		}
	};
}
