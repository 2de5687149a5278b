// A small HTTP server on 127.0.0.1 that one test owns, for answers the real RGW never gives:
// it lets any page read its answers (CORS) and leaves the rest to the test's handler.
import {
	createServer,
	type IncomingHttpHeaders,
	type IncomingMessage,
	type ServerResponse
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server got it. */
export interface ReceivedRequest {
	method: string;
	/** Path and query, as sent. */
	url: string;
	headers: IncomingHttpHeaders;
}

export interface LocalServer {
	/** http://127.0.0.1:<port> */
	origin: string;
	/** Every request so far, preflights included. */
	received: ReceivedRequest[];
	/** The same, as "METHOD /path?query" lines. */
	requests: () => string[];
	/** Closes the server and every open connection. */
	stop: () => Promise<void>;
}

/** Starts a server whose non-preflight requests go to `handle`; preflights are all allowed. */
export function startLocalServer(
	handle: (req: IncomingMessage, res: ServerResponse) => void
): Promise<LocalServer> {
	const received: ReceivedRequest[] = [];
	const server = createServer((req, res) => {
		received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
		res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
		res.setHeader('Access-Control-Expose-Headers', 'ETag, Date, Content-Range');
		res.setHeader('Vary', 'Origin');
		if (req.method === 'OPTIONS') {
			res.writeHead(204, {
				'Access-Control-Allow-Methods': 'GET, PUT, HEAD, POST, DELETE',
				'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
				'Access-Control-Max-Age': '0'
			});
			res.end();
			return;
		}
		handle(req, res);
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () =>
			resolve({
				origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
				received,
				requests: () => received.map((r) => `${r.method} ${r.url}`),
				stop: () =>
					new Promise<void>((done) => {
						server.close(() => done());
						server.closeAllConnections();
					})
			})
		)
	);
}
