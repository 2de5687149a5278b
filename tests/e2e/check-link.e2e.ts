// "Check link" asks for one byte; a server that ignores Range answers with the whole object.
// The check must still give its verdict from the headers and let go of the body at once: here a
// server of the test's own streams 200 MiB (generated as it goes) and counts what it wrote
// before the browser closed the connection.
import type { ServerResponse } from 'node:http';
import { expect, test } from '@playwright/test';
import { BUCKET } from './env';
import { createLink, typeConnection, watchPage } from './helpers';
import { startLocalServer, type LocalServer } from './local-server';

const TOTAL = 200 * 1024 * 1024;
const KEY = 'big.bin';

/** What the server saw of the object's one answer. */
interface Delivery {
	written: number;
	closedEarly: boolean;
}

let server: LocalServer;
let deliveries: Delivery[];

/** Streams TOTAL bytes as fast as the client takes them, whatever Range asked for. */
function streamWhole(res: ServerResponse): void {
	const delivery: Delivery = { written: 0, closedEarly: false };
	deliveries.push(delivery);
	res.writeHead(200, {
		'Content-Type': 'application/octet-stream',
		'Content-Length': String(TOTAL)
	});
	const chunk = Buffer.alloc(64 * 1024, 0x61);
	const pump = () => {
		while (delivery.written < TOTAL && !res.destroyed) {
			delivery.written += chunk.byteLength;
			if (!res.write(chunk)) return void res.once('drain', pump);
		}
		res.end();
	};
	res.on('close', () => (delivery.closedEarly = !res.writableFinished));
	pump();
}

test.beforeAll(async () => {
	server = await startLocalServer((req, res) => {
		if (req.method === 'GET' && req.url?.startsWith(`/${BUCKET}/${KEY}?`)) return streamWhole(res);
		// Anything else (the app's Connect) is refused the way S3 refuses it.
		res.writeHead(403, { 'Content-Type': 'application/xml' });
		res.end('<?xml version="1.0"?><Error><Code>AccessDenied</Code><Message></Message></Error>');
	});
});
test.afterAll(() => server.stop());
test.beforeEach(() => {
	deliveries = [];
});

test('a server that ignores Range: the check gives its verdict and closes after a sliver of the body', async ({
	page
}) => {
	const problems = await watchPage(page);
	await page.goto('/');
	// Links are signed from the saved settings: Connect saves them even when the server refuses.
	await typeConnection(page, { endpoint: server.origin });
	await createLink(page, { key: KEY });

	await page.getByRole('button', { name: 'Check link' }).click();
	await expect(page.getByTestId('check-outcome')).toHaveText(
		'The link works (HTTP 200): the object has 209,715,200 bytes.'
	);
	await expect.poll(() => deliveries.length).toBe(1);
	await expect.poll(() => deliveries[0].closedEarly, { timeout: 20_000 }).toBe(true);
	const { written } = deliveries[0];
	test.info().annotations.push({
		type: 'bytes written before the browser closed',
		description: `${written} of ${TOTAL}`
	});
	expect(written).toBeLessThan(TOTAL / 10);
	await problems.expectNone();
});
