// Requests a person can trust: a change of connection leaves nothing of the old one behind (no
// listing, no request signed for the old endpoint), and an endpoint that accepts the connection
// but never answers ends in a message, with a way out before that.
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { expect, test, type Page, type Request } from '@playwright/test';
import { ACCESS_KEY, BUCKET, ENDPOINT, SECRET_KEY } from './env';
import { connect, objectList, openBucket, typeConnection, watchPage } from './helpers';
import { startLocalServer, type LocalServer } from './local-server';

const OTHER_KEY = 'OTHERACCESSKEY987654';
const OTHER_SECRET = 'othersecretkey0987654321zyxwvutsrqponmlk';

/** The access key ID a SigV4 Authorization header was made with. */
const keyOf = (authorization: string | undefined) =>
	/Credential=([^/]+)\//.exec(authorization ?? '')?.[1];

interface Seen {
	method: string;
	url: string;
	key?: string;
}

/** Pages of `demo` on the second endpoint, by continuation token. */
const PAGES: Record<string, { keys: string[]; next?: string }> = {
	'': { keys: ['elsewhere-1.txt', 'elsewhere-2.txt'], next: 'second' },
	second: { keys: ['elsewhere-3.txt'], next: 'third' },
	third: { keys: ['elsewhere-4.txt'] }
};

function listing(token: string): string {
	const page = PAGES[token];
	const contents = page.keys
		.map(
			(key) =>
				`<Contents><Key>${key}</Key><LastModified>2024-01-01T00:00:00.000Z</LastModified>` +
				`<ETag>"e"</ETag><Size>1</Size><StorageClass>STANDARD</StorageClass></Contents>`
		)
		.join('');
	return (
		`<ListBucketResult><Name>${BUCKET}</Name><Prefix></Prefix><KeyCount>${page.keys.length}</KeyCount>` +
		`<MaxKeys>1000</MaxKeys><Delimiter>/</Delimiter><EncodingType>url</EncodingType>` +
		`<IsTruncated>${page.next ? 'true' : 'false'}</IsTruncated>` +
		(page.next ? `<NextContinuationToken>${page.next}</NextContinuationToken>` : '') +
		`${contents}</ListBucketResult>`
	);
}

/** A second S3 endpoint, just enough for Connect and a paged listing; it records every request. */
function secondEndpoint(): Promise<LocalServer> {
	return startLocalServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		const xml =
			url.pathname === '/'
				? '<ListAllMyBucketsResult><Owner><ID>other</ID></Owner><Buckets><Bucket>' +
					`<Name>${BUCKET}</Name><CreationDate>2024-01-01T00:00:00.000Z</CreationDate>` +
					'</Bucket></Buckets></ListAllMyBucketsResult>'
				: url.pathname === `/${BUCKET}`
					? listing(url.searchParams.get('continuation-token') ?? '')
					: null;
		res.setHeader('content-type', 'application/xml');
		if (xml === null) res.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
		else res.writeHead(200).end(xml);
	});
}

/** An endpoint that accepts TCP connections and never writes a byte (packets dropped further on). */
async function silentEndpoint() {
	const sockets = new Set<Socket>();
	let connections = 0;
	const server = createNetServer((socket) => {
		connections++;
		sockets.add(socket);
		socket.on('error', () => {});
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		connections: () => connections,
		close: () => {
			for (const socket of sockets) socket.destroy();
			return new Promise<void>((resolve) => server.close(() => resolve()));
		}
	};
}

/** Every request the page makes, with the key it was signed with (if signed). */
function recordRequests(page: Page) {
	const requests: Promise<Seen>[] = [];
	page.on('request', (request: Request) => {
		requests.push(
			request.allHeaders().then((headers) => ({
				method: request.method(),
				url: request.url(),
				key: keyOf(headers.authorization)
			}))
		);
	});
	return {
		/** How many requests were made so far: a mark to compare later requests against. */
		mark: () => requests.length,
		since: (mark: number) => Promise.all(requests.slice(mark))
	};
}

const LIST = '[aria-label="Folders and objects"]';

/** Notes whether the old listing disappeared and then came back (the page is observed, not polled). */
async function watchOldListing(page: Page, text: string) {
	await page.evaluate(
		({ list, text }) => {
			const w = window as unknown as { __old: { gone: boolean; back: boolean } };
			w.__old = { gone: false, back: false };
			const look = () => {
				const shown = document.querySelector(list)?.textContent?.includes(text) ?? false;
				if (!shown) w.__old.gone = true;
				else if (w.__old.gone) w.__old.back = true;
			};
			new MutationObserver(look).observe(document.body, {
				subtree: true,
				childList: true,
				characterData: true
			});
		},
		{ list: LIST, text }
	);
	return () =>
		page.evaluate(() => (window as unknown as { __old: { gone: boolean; back: boolean } }).__old);
}

test('a change of connection drops the old listing, and nothing signed goes to the wrong endpoint', async ({
	page
}) => {
	const problems = await watchPage(page);
	const other = await secondEndpoint();
	const requests = recordRequests(page);
	try {
		await page.goto('/');
		await connect(page);
		await openBucket(page, BUCKET);
		await objectList(page).getByRole('button', { name: 'many/', exact: true }).click();
		const count = page.getByRole('status').filter({ hasText: 'loaded' });
		await expect(count).toHaveText('1,000 objects loaded, more on the server');

		// Load all is on its way to the old endpoint when the connection changes.
		let release!: () => void;
		const released = new Promise<void>((resolve) => (release = resolve));
		let held!: () => void;
		const holding = new Promise<void>((resolve) => (held = resolve));
		await page.route(
			(url) => url.origin === ENDPOINT && url.searchParams.has('continuation-token'),
			async (route) => {
				held();
				await released;
				await route.continue().catch(() => {}); // the page aborted it meanwhile
			}
		);
		await page.getByRole('button', { name: 'Load all' }).click();
		await holding;
		const oldListing = await watchOldListing(page, 'item-00001.txt');

		await page.getByRole('button', { name: 'Change connection' }).click();
		const changed = requests.mark();
		await typeConnection(page, {
			endpoint: other.origin,
			accessKey: OTHER_KEY,
			secret: OTHER_SECRET
		});
		await expect(page.getByText(`Connected to ${other.origin}`)).toBeVisible();
		release();
		await expect(page.getByRole('navigation', { name: 'Buckets' })).toContainText(BUCKET);
		// Nothing of the old listing, and so no Load more or Load all that could sign for it.
		await expect(page.locator(LIST)).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Load all' })).toHaveCount(0);

		await page
			.getByRole('navigation', { name: 'Buckets' })
			.getByRole('button', { name: BUCKET })
			.click();
		await expect(objectList(page).getByText('elsewhere-1.txt')).toBeVisible();
		await expect(count).toHaveText('2 objects loaded, more on the server');
		await page.getByRole('button', { name: 'Load more' }).click();
		await expect(objectList(page).getByText('elsewhere-3.txt')).toBeVisible();
		await page.getByRole('button', { name: 'Load all' }).click();
		await expect(count).toHaveText('4 objects loaded');
		await expect(objectList(page).getByText('item-00001.txt')).toHaveCount(0);
		expect(await oldListing()).toEqual({ gone: true, back: false });

		// Since the change: not one request to the old endpoint, every signed one with the new key.
		const after = await requests.since(changed);
		expect(after.filter((r) => r.url.startsWith(ENDPOINT))).toEqual([]);
		const signed = after.filter((r) => r.key !== undefined);
		expect(signed.length).toBeGreaterThanOrEqual(4); // ListBuckets and three pages
		for (const r of signed) {
			expect(r.url.startsWith(other.origin), r.url).toBe(true);
			expect(r.key, r.url).toBe(OTHER_KEY);
		}
		// And the new endpoint never saw the old key; Load more and Load all went to it.
		const seen = other.received.map((r) => ({ ...r, key: keyOf(r.headers.authorization) }));
		expect(seen.filter((r) => r.key === ACCESS_KEY)).toEqual([]);
		const tokens = seen
			.filter((r) => r.method === 'GET')
			.map((r) => new URL(r.url, other.origin).searchParams.get('continuation-token'));
		expect(tokens).toEqual(expect.arrayContaining(['second', 'third']));
		await problems.expectNone();
	} finally {
		await other.stop();
	}
});

test('Connect to an endpoint that never answers can be cancelled, and gives up naming the likely causes', async ({
	page
}) => {
	test.setTimeout(120_000);
	const problems = await watchPage(page);
	const silent = await silentEndpoint();
	try {
		await page.goto('/');
		await typeConnection(page, { endpoint: silent.origin });
		const waiting = page.getByRole('button', { name: 'Connecting…' });
		await expect(waiting).toBeDisabled();
		await expect.poll(silent.connections).toBeGreaterThan(0);

		// The way out: Cancel, with the form as typed and a message saying what happened.
		await page.getByRole('button', { name: 'Cancel', exact: true }).click();
		const connectButton = page.getByRole('button', { name: 'Connect', exact: true });
		await expect(connectButton).toBeEnabled();
		await expect(page.getByRole('button', { name: 'Cancel', exact: true })).toHaveCount(0);
		await expect(page.getByLabel('Endpoint URL')).toHaveValue(silent.origin);
		await expect(page.getByLabel('Access key ID')).toHaveValue(ACCESS_KEY);
		await expect(page.getByLabel('Secret access key')).toHaveValue(SECRET_KEY);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('Connect cancelled');
		await expect(alert).toContainText(`No answer had come from ${silent.origin} yet.`);

		// Waited out: the deadline ends it with the likely causes, and the form is as typed.
		await connectButton.click();
		await expect(waiting).toBeDisabled();
		await expect(alert).toContainText('No answer from the endpoint', { timeout: 40_000 });
		await expect(alert).toContainText(`No answer from ${silent.origin} within 15 seconds.`);
		await expect(alert).toContainText('not be reachable from this network');
		await expect(alert).toContainText('VPN');
		await expect(alert).toContainText('firewall');
		await expect(connectButton).toBeEnabled();
		await expect(page.getByLabel('Endpoint URL')).toHaveValue(silent.origin);
		await expect(page.getByLabel('Secret access key')).toHaveValue(SECRET_KEY);

		// The form stays usable: the right endpoint connects.
		await page.getByLabel('Endpoint URL').fill(ENDPOINT);
		await connectButton.click();
		await expect(page.getByText(`Connected to ${ENDPOINT}`)).toBeVisible();
		await problems.expectNone();
	} finally {
		await silent.close();
	}
});
