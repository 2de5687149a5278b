// node scripts/serve-static.mjs <dir> <port> [--host 127.0.0.1] [--mount /bucket/app/]... [--verbose]
// A tiny static server for the built app: <dir> at "/" and again under every --mount prefix,
// so tests can prove the build also works from a sub-path (as when hosted in a bucket).
import { createReadStream, realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2'
};

/** Types a static host commonly compresses (with --gzip). */
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.svg',
	'.json',
	'.webmanifest',
	'.txt'
]);

/** "/a/b" or "a/b/" -> "/a/b/". */
function normalizeMount(m) {
	return ('/' + m + '/').replace(/\/{2,}/g, '/');
}

/** Maps a request path to a file path inside root, or null (404). */
export function resolveFile(root, mounts, pathname) {
	let rel = null;
	for (const prefix of ['/', ...mounts].sort((a, b) => b.length - a.length)) {
		if (pathname.startsWith(prefix)) {
			rel = pathname.slice(prefix.length);
			break;
		}
	}
	if (rel === null) return null;
	if (rel === '') rel = 'index.html';
	let decoded;
	try {
		decoded = decodeURIComponent(rel);
	} catch {
		return null;
	}
	if (decoded.includes('\0') || decoded.endsWith('/')) return null;
	const file = resolve(root, decoded);
	return file.startsWith(root + sep) ? file : null; // no way out of root
}

function cacheControl(root, file) {
	const rel = file
		.slice(root.length + 1)
		.split(sep)
		.join('/');
	if (rel.startsWith('_app/immutable/')) return 'public, max-age=31536000, immutable';
	return 'no-cache'; // index.html, service-worker.js and everything else: revalidate
}

/**
 * Starts the server; resolves with the listening http.Server.
 * With `gzip`, text files go out gzip-encoded to clients that accept it, as most hosts send them.
 * @param {{ dir: string, port: number, host?: string, mounts?: string[], verbose?: boolean, gzip?: boolean }} options
 * @returns {Promise<import('node:http').Server>}
 */
export function startServer({
	dir,
	port,
	host = '127.0.0.1',
	mounts = [],
	verbose = false,
	gzip = false
}) {
	const root = realpathSync(resolve(dir));
	const prefixes = mounts.map(normalizeMount);

	const server = createServer(async (req, res) => {
		const send = (status, body, headers = {}) => {
			res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
			res.end(req.method === 'HEAD' ? undefined : body);
			if (verbose) console.log(`${status} ${req.method} ${req.url}`);
		};
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			return send(405, 'Method Not Allowed\n', { allow: 'GET, HEAD' });
		}
		const pathname = req.url.replace(/[?#].*$/s, ''); // raw path; resolveFile confines it
		const bare = prefixes.find((p) => p.slice(0, -1) === pathname);
		if (bare) return send(301, '', { location: bare }); // relative URLs need the slash

		const file = resolveFile(root, prefixes, pathname);
		const info = file && (await stat(file).catch(() => null));
		if (!info?.isFile()) return send(404, 'Not Found\n');

		const ext = extname(file).toLowerCase();
		const compress =
			gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
		res.writeHead(200, {
			'content-type': TYPES[ext] ?? 'application/octet-stream',
			...(compress
				? { 'content-encoding': 'gzip', vary: 'accept-encoding' }
				: { 'content-length': info.size }),
			'cache-control': cacheControl(root, file),
			'x-content-type-options': 'nosniff'
		});
		if (verbose) console.log(`200 ${req.method} ${req.url}`);
		if (req.method === 'HEAD') return res.end();
		const body = createReadStream(file).on('error', () => res.destroy());
		(compress ? body.pipe(createGzip({ level: 9 })) : body).pipe(res);
	});

	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => {
			server.off('error', fail);
			ok(server);
		});
	});
}

/** Closes the server and any keep-alive connections. */
export function stopServer(server) {
	return new Promise((ok) => {
		server.close(() => ok());
		server.closeAllConnections();
	});
}

function parseArgs(argv) {
	const opts = { mounts: [], host: '127.0.0.1', verbose: false };
	const positional = [];
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--host') opts.host = argv[++i];
		else if (a === '--mount') opts.mounts.push(argv[++i]);
		else if (a === '--verbose') opts.verbose = true;
		else positional.push(a);
	}
	[opts.dir, opts.port] = positional;
	opts.port = Number(opts.port);
	if (!opts.dir || !Number.isInteger(opts.port) || opts.mounts.includes(undefined) || !opts.host) {
		console.error(
			'usage: node scripts/serve-static.mjs <dir> <port> [--host 127.0.0.1] [--mount /prefix/]... [--verbose]'
		);
		process.exit(2);
	}
	return opts;
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const opts = parseArgs(process.argv.slice(2));
	try {
		const server = await startServer(opts);
		const base = `http://${opts.host}:${opts.port}`;
		console.log(`Serving ${opts.dir} at ${base}/`);
		for (const m of opts.mounts) console.log(`  and at ${base}${normalizeMount(m)}`);
		const stop = async () => {
			await stopServer(server);
			process.exit(0);
		};
		process.once('SIGINT', stop);
		process.once('SIGTERM', stop);
	} catch (err) {
		console.error(
			`serve-static: ${err.code === 'EADDRINUSE' ? `port ${opts.port} is in use` : err.message}`
		);
		process.exit(1);
	}
}
