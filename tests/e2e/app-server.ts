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

export interface ServeOptions {
	/** 0 (the default): any free port. */
	port?: number;
	/** A build folder; the suite's build by default. */
	dir?: string;
	/**
	 * 127.0.0.1 by default. Plain http on any address but loopback is not a secure context: the
	 * browser withholds WebCrypto and the service worker there.
	 */
	host?: string;
}

/** Serves a build at "/" and at the suite's sub-path. */
export async function serveApp({
	port = 0,
	dir = BUILD_DIR,
	host = '127.0.0.1'
}: ServeOptions = {}): Promise<AppServer> {
	const server = await startServer({ dir, port, host, mounts: [SUB_PATH] });
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
