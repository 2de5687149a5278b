// Bad-input sweep: each wrong thing a person can type, or a server can answer,
// gets one specific message they can act on, no uncaught page error, and leaves what they typed
// in place. Real Chromium, the real Ceph RGW, and a small misbehaving server for the answers
// RGW never gives (a web page, 500, 503).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { ACCESS_KEY, BUCKET, ENDPOINT, SECRET_KEY } from './env';
import {
	breadcrumbs,
	connect,
	objectList,
	openBucket,
	presignPanel,
	typeConnection,
	watchPage,
	type PageProblems
} from './helpers';
import { startLocalServer, type LocalServer } from './local-server';

// ---------------------------------------------------------------- the misbehaving server
type Misbehaviour = 'html' | '500' | '503';
let misbehaviour: Misbehaviour = 'html';
let badServer: LocalServer;
let BAD_ENDPOINT = '';

/** An "S3 endpoint" on 127.0.0.1 that lets the browser read its (wrong) answers via CORS. */
async function startBadServer(): Promise<void> {
	badServer = await startLocalServer((req, res) => {
		if (misbehaviour === 'html') {
			res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
			res.end(
				'<!doctype html><html><head><title>Welcome to nginx!</title></head><body><h1>It works</h1></body></html>'
			);
		} else if (misbehaviour === '500') {
			res.writeHead(500, { 'Content-Type': 'text/plain' });
			res.end('Internal Server Error');
		} else {
			res.writeHead(503, { 'Retry-After': '30' });
			res.end();
		}
	});
	BAD_ENDPOINT = badServer.origin;
}

/** A port on 127.0.0.1 where nothing listens (bound once, then released). */
function closedPort(): Promise<number> {
	const probe = createServer();
	return new Promise((resolve) =>
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as AddressInfo;
			probe.close(() => resolve(port));
		})
	);
}

let CLOSED_ENDPOINT = '';

test.beforeAll(async () => {
	await startBadServer();
	CLOSED_ENDPOINT = `http://127.0.0.1:${await closedPort()}`;
});

test.afterAll(() => badServer.stop());

// ---------------------------------------------------------------- steps a case is made of
interface LinkInput {
	bucket?: string;
	key?: string;
	expiresIn?: string;
	filename?: string;
	signer?: 'SigV4' | 'SigV2 (legacy)';
}

const panel = presignPanel;

/** Fills the presign form and presses Create link. */
async function typeLink(page: Page, l: LinkInput): Promise<void> {
	const form = panel(page);
	await form.getByLabel('Bucket name').fill(l.bucket ?? BUCKET);
	await form.getByLabel('Object key').fill(l.key ?? 'README.txt');
	if (l.signer) await form.getByLabel('Signature version').selectOption(l.signer);
	await form.getByLabel('Expires in (seconds)').fill(l.expiresIn ?? '3600');
	if (l.filename !== undefined) await form.getByLabel('Download filename').fill(l.filename);
	await form.getByRole('button', { name: 'Create link', exact: true }).click();
}

async function inspect(page: Page, text: string): Promise<void> {
	await page.getByLabel('Paste a presigned URL').fill(text);
	await page.getByRole('button', { name: 'Inspect', exact: true }).click();
}

const presignedUrl = (page: Page) => page.getByLabel('Presigned URL', { exact: true });
const list = objectList;
const crumbs = breadcrumbs;

/** The connection form as typed (kept after a failed Connect). */
const typedConnection = (endpoint: string, secret = SECRET_KEY) => ({
	'Endpoint URL': endpoint,
	'Access key ID': ACCESS_KEY,
	'Secret access key': secret
});

// ---------------------------------------------------------------- the table
interface Case {
	name: string;
	/** Types the bad input (and whatever must come before it). */
	act: (page: Page) => Promise<void>;
	/** The specific message a person reads. */
	message: RegExp;
	/** The title of the error box (role=alert), when the message comes in one. */
	title?: string;
	/** Fields (by exact label) that must still hold what was typed. */
	kept: Record<string, string>;
	/** Extra checks after the message (no link created, the link works, …). */
	then?: (page: Page) => Promise<void>;
}

const KEY_1026_BYTES = '日'.repeat(342); // 342 characters, 1026 bytes in UTF-8

const CASES: Case[] = [
	// Connection
	{
		name: 'endpoint without a scheme',
		act: (page) => typeConnection(page, { endpoint: 'htp//127.0.0.1:7480' }),
		message: /Endpoint URL must start with http:\/\/ or https:\/\//,
		kept: typedConnection('htp//127.0.0.1:7480')
	},
	{
		name: 'endpoint with an impossible port',
		act: (page) => typeConnection(page, { endpoint: 'http://127.0.0.1:99999' }),
		message: /"http:\/\/127\.0\.0\.1:99999" is not a valid URL\./,
		kept: typedConnection('http://127.0.0.1:99999')
	},
	{
		name: 'endpoint with a bucket path',
		act: (page) => typeConnection(page, { endpoint: `${ENDPOINT}/demo` }),
		message: /The endpoint URL must not have a path \("\/demo"\).*the bucket goes in its own field/,
		kept: typedConnection(`${ENDPOINT}/demo`)
	},
	{
		name: 'region with a space',
		act: (page) => typeConnection(page, { region: 'us east 1' }),
		message: /A region is letters, digits and dashes, e\.g\. us-east-1\./,
		kept: { ...typedConnection(ENDPOINT), Region: 'us east 1' }
	},
	{
		name: 'unknown host',
		act: (page) => typeConnection(page, { endpoint: 'http://no-such-host.invalid:7480' }),
		message: /Nothing answered at http:\/\/no-such-host\.invalid:7480\. Check the URL and port/,
		kept: typedConnection('http://no-such-host.invalid:7480')
	},
	{
		name: 'closed port 1',
		act: (page) => typeConnection(page, { endpoint: 'http://127.0.0.1:1' }),
		message: /Nothing answered at http:\/\/127\.0\.0\.1:1\. Check the URL and port/,
		kept: typedConnection('http://127.0.0.1:1')
	},
	{
		name: 'closed port where nothing listens',
		act: (page) => typeConnection(page, { endpoint: CLOSED_ENDPOINT }),
		message: /Nothing answered at http:\/\/127\.0\.0\.1:\d+\. Check the URL and port/,
		kept: { 'Access key ID': ACCESS_KEY, 'Secret access key': SECRET_KEY }
	},
	{
		name: 'endpoint answering a web page instead of XML',
		act: async (page) => {
			misbehaviour = 'html';
			await typeConnection(page, { endpoint: BAD_ENDPOINT });
		},
		message: /web page \("Welcome to nginx!"\) instead of S3 XML\. Check the endpoint URL/,
		title: 'Not an S3 answer',
		kept: { 'Access key ID': ACCESS_KEY, 'Secret access key': SECRET_KEY }
	},
	{
		name: 'endpoint answering 500',
		act: async (page) => {
			misbehaviour = '500';
			await typeConnection(page, { endpoint: BAD_ENDPOINT });
		},
		message: /The server had an internal error\. Try again in a moment\./,
		title: 'The server is having trouble (HTTP 500)',
		kept: { 'Access key ID': ACCESS_KEY, 'Secret access key': SECRET_KEY }
	},
	{
		name: 'endpoint answering 503',
		act: async (page) => {
			misbehaviour = '503';
			await typeConnection(page, { endpoint: BAD_ENDPOINT });
		},
		message: /The server is unavailable\. Try again in a moment\./,
		title: 'The server is having trouble (HTTP 503)',
		kept: { 'Access key ID': ACCESS_KEY, 'Secret access key': SECRET_KEY }
	},
	{
		name: 'wrong secret',
		act: async (page) => {
			await connect(page, { secret: 'not-the-secret-at-all' });
			await openBucket(page, BUCKET);
		},
		message:
			/either the secret access key is wrong, or the server does not know this access key ID/,
		kept: { Bucket: BUCKET }
	},
	{
		name: 'unknown access key',
		act: async (page) => {
			await connect(page, { accessKey: 'NOSUCHKEY00000000000' });
			await openBucket(page, BUCKET);
		},
		message: /Wrong secret or unknown access key/,
		kept: { Bucket: BUCKET }
	},
	// Buckets
	{
		name: 'invalid bucket name',
		act: async (page) => {
			await connect(page);
			await openBucket(page, 'Bad_Bucket!');
		},
		message: /Bucket name "Bad_Bucket!" is not valid: use only letters, digits, dots and hyphens\./,
		kept: { Bucket: 'Bad_Bucket!' }
	},
	{
		name: 'missing bucket',
		act: async (page) => {
			await connect(page);
			await openBucket(page, 'no-such-bucket-h7');
		},
		// RGW answers a missing bucket without CORS headers, so the page cannot tell it from a
		// bucket without a CORS rule: the message names both, the missing bucket first.
		message: /Either there is no bucket “no-such-bucket-h7” at this endpoint \(check the spelling/,
		kept: { Bucket: 'no-such-bucket-h7' }
	},
	// The presign form (signing is local: no Connect needed for these)
	{
		name: 'presign without credentials',
		act: (page) => typeLink(page, { key: 'docs/a.txt' }),
		// Checked as Connect checks them: the topmost empty field is named first.
		message:
			/Enter the endpoint URL, e\.g\. https:\/\/s3\.example\.com \(Connection settings, above\.\)/,
		kept: { 'Bucket name': BUCKET, 'Object key': 'docs/a.txt' },
		then: async (page) => expect(presignedUrl(page)).toHaveCount(0)
	},
	{
		name: 'presign with an invalid bucket name',
		act: async (page) => {
			await connect(page);
			await typeLink(page, { bucket: 'ab' });
		},
		message: /Bucket name "ab" is not valid: it must be 3 to 63 characters long\./,
		kept: { 'Bucket name': 'ab', 'Object key': 'README.txt' },
		then: async (page) => expect(presignedUrl(page)).toHaveCount(0)
	},
	{
		name: 'empty key',
		act: async (page) => {
			await connect(page);
			await typeLink(page, { key: '' });
		},
		message: /Enter an object key \(the file name in the bucket\)\./,
		kept: { 'Bucket name': BUCKET, 'Expires in (seconds)': '3600' },
		then: async (page) => expect(presignedUrl(page)).toHaveCount(0)
	},
	{
		name: 'key over 1024 bytes',
		act: async (page) => {
			await connect(page);
			await typeLink(page, { key: KEY_1026_BYTES });
		},
		message: /The object key is 1026 bytes long in UTF-8; S3 allows at most 1024\./,
		kept: { 'Object key': KEY_1026_BYTES },
		then: async (page) => expect(presignedUrl(page)).toHaveCount(0)
	},
	{
		name: 'expiry 0',
		act: async (page) => {
			await connect(page);
			await typeLink(page, { expiresIn: '0' });
		},
		message: /The expiry must be at least 1 second\./,
		kept: { 'Expires in (seconds)': '0', 'Object key': 'README.txt' },
		then: async (page) => expect(presignedUrl(page)).toHaveCount(0)
	},
	{
		name: 'negative expiry',
		act: async (page) => {
			await connect(page);
			await typeLink(page, { expiresIn: '-60' });
		},
		message: /The expiry cannot be negative\./,
		kept: { 'Expires in (seconds)': '-60' },
		then: async (page) => expect(presignedUrl(page)).toHaveCount(0)
	},
	{
		name: 'expiry that is not a number',
		act: async (page) => {
			await connect(page);
			await typeLink(page, { expiresIn: 'one hour' });
		},
		message: /Enter the expiry as a whole number of seconds, e\.g\. 3600\./,
		kept: { 'Expires in (seconds)': 'one hour' },
		then: async (page) => expect(presignedUrl(page)).toHaveCount(0)
	},
	{
		name: 'expiry above the SigV4 limit',
		act: async (page) => {
			await connect(page);
			await typeLink(page, { expiresIn: '604801' });
		},
		message: /SigV4 links can last at most 7 days \(604800 seconds\)\./,
		kept: { 'Expires in (seconds)': '604801' },
		then: async (page) => {
			await expect(presignedUrl(page)).toHaveCount(0);
			// The way out is one click away, and keeps the typed expiry.
			await page.getByRole('button', { name: 'Switch to SigV2 (legacy)' }).click();
			await panel(page).getByRole('button', { name: 'Create link', exact: true }).click();
			await expect(presignedUrl(page)).toHaveValue(/[?&]Expires=\d+/);
		}
	},
	{
		// SigV2 has no cap, but its Expires is a date: 10^20 seconds is past any date a browser
		// (or S3) can represent. src/lib/s3 now refuses it with an InputError on 'expiresIn'.
		// KNOWN FAILURE, presign panel (not edited here): PresignForm hides every submit error
		// whose field is 'expiresIn' (it shows only the live expiryProblem() there), so nothing
		// is shown; before the s3 fix it said "Could not sign the link: RangeError: Invalid time
		// value". Expected at the expiry field: the message below (or expiryProblem() catching it).
		name: 'SigV2 expiry past any representable date',
		act: async (page) => {
			await connect(page);
			await typeLink(page, { signer: 'SigV2 (legacy)', expiresIn: '99999999999999999999' });
		},
		message: /The expiry is too far in the future: the link would outlive the year 9999\./,
		kept: { 'Expires in (seconds)': '99999999999999999999', 'Object key': 'README.txt' },
		then: async (page) => expect(presignedUrl(page)).toHaveCount(0)
	},
	{
		name: 'secret access key with a space inside',
		act: (page) => typeConnection(page, { secret: 'testsecret key' }),
		message: /A secret access key has no spaces\./,
		kept: typedConnection(ENDPOINT, 'testsecret key')
	},
	{
		name: 'download filename with quotes and a line break',
		act: async (page) => {
			await connect(page);
			await typeLink(page, { filename: 'my "final"\r\nreport\\.txt' });
		},
		message: /Download link for demo\/README\.txt/,
		// A one-line <input> never holds a line break: Chromium turns a pasted CR LF into a space.
		// (The app strips control characters too: contentDispositionAttachment's unit tests.)
		kept: { 'Download filename': 'my "final" report\\.txt' },
		then: async (page) => {
			// The link works, and the header it makes S3 send is one clean, quoted header.
			const response = await fetch(await presignedUrl(page).inputValue());
			expect(response.status).toBe(200);
			expect(response.headers.get('content-disposition')).toBe(
				`attachment; filename="my _final_ report_.txt"; filename*=UTF-8''my%20%22final%22%20report%5C.txt`
			);
		}
	},
	// Inspect
	{
		name: 'garbage pasted into the inspector',
		act: (page) => inspect(page, 'lorem ipsum !!! <script>'),
		message: /Paste a complete link starting with https:\/\/ or http:\/\/\./,
		kept: { 'Paste a presigned URL': 'lorem ipsum !!! <script>' }
	},
	{
		name: 'URL of a non-S3 site pasted into the inspector',
		act: (page) => inspect(page, 'https://example.com/about?page=2'),
		message:
			/This link has no S3 signature \(X-Amz-Signature or Signature\): it is not a presigned S3 URL\./,
		kept: { 'Paste a presigned URL': 'https://example.com/about?page=2' }
	},
	{
		name: 'presigned URL cut short before its signature',
		act: (page) =>
			inspect(
				page,
				`${ENDPOINT}/demo/README.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${ACCESS_KEY}%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host`
			),
		message: /This link has no X-Amz-Signature\./,
		kept: {}
	}
];

// ---------------------------------------------------------------- running the table
let problems: PageProblems;

test.beforeEach(async ({ page }) => {
	problems = await watchPage(page);
	await page.goto('/');
});

test.afterEach(async () => {
	await problems.expectNone();
});

for (const c of CASES) {
	test(`bad input: ${c.name}`, async ({ page }) => {
		await c.act(page);
		await expect(page.getByText(c.message).first()).toBeVisible();
		if (c.title)
			await expect(page.getByRole('alert').getByText(c.title, { exact: true })).toBeVisible();
		for (const [label, value] of Object.entries(c.kept)) {
			await expect(page.getByLabel(label, { exact: true }), `kept: ${label}`).toHaveValue(value);
		}
		await c.then?.(page);
	});
}

test('bad input: offline while browsing', async ({ page, context }) => {
	await connect(page);
	await openBucket(page, BUCKET);
	await expect(list(page).getByText('README.txt')).toBeVisible();
	await panel(page).getByLabel('Object key').fill('docs/typed-before.txt');

	await context.setOffline(true);
	try {
		await list(page).getByRole('button', { name: 'docs/', exact: true }).click();
		const message =
			/You are offline: the endpoint cannot be reached\. Links can still be created\./;
		await expect(page.getByRole('alert').getByText(message)).toBeVisible();
		// Retrying while still offline says the same, plainly.
		await page.getByRole('button', { name: 'Try again' }).click();
		await expect(page.getByRole('alert').getByText(message)).toBeVisible();
		// Nothing typed is lost, and links can indeed still be created.
		await expect(page.getByLabel('Bucket', { exact: true })).toHaveValue(BUCKET);
		await expect(panel(page).getByLabel('Object key')).toHaveValue('docs/typed-before.txt');
		await panel(page).getByLabel('Bucket name').fill(BUCKET);
		await panel(page).getByRole('button', { name: 'Create link', exact: true }).click();
		await expect(presignedUrl(page)).toHaveValue(/docs\/typed-before\.txt\?X-Amz-Algorithm=/);
	} finally {
		await context.setOffline(false);
	}
	// Back online, the same Try again lists the folder.
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(list(page).getByRole('button', { name: 'reports/', exact: true })).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('bad input: a big listing aborted mid-way', async ({ page }) => {
	await connect(page);
	await openBucket(page, BUCKET);
	await expect(list(page).getByText('README.txt')).toBeVisible();
	await panel(page).getByLabel('Object key').fill('many/item-00001.txt');

	// Hold every later page of many/ so the listing is surely mid-way when the user acts.
	let release = () => {};
	await page.route(/[?&]continuation-token=/, async (r) => {
		await new Promise<void>((resolve) => (release = resolve));
		await r.continue().catch(() => {}); // the page aborted it meanwhile
	});
	const count = page.getByRole('status').filter({ hasText: 'loaded' });
	const midway = async () => {
		await list(page).getByRole('button', { name: 'many/', exact: true }).click();
		await expect(count).toHaveText('1,000 objects loaded, more on the server');
		const aborted = page.waitForEvent('requestfailed', (r) =>
			r.url().includes('continuation-token')
		);
		await page.getByRole('button', { name: 'Load all' }).click();
		await expect(page.getByText('Loading…')).toBeVisible();
		return { aborted };
	};

	// Walking away to another prefix cancels it.
	const { aborted } = await midway();
	await crumbs(page).getByRole('button', { name: BUCKET }).click();
	expect((await aborted).failure()?.errorText).toContain('ERR_ABORTED');
	release();
	await expect(list(page).getByText('README.txt')).toBeVisible();
	await expect(count).toHaveText('2 objects and 6 folders loaded');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByText('Loading…')).toHaveCount(0);
	// Nothing lost: the opened bucket and what was typed in the presign form.
	await expect(page.getByLabel('Bucket', { exact: true })).toHaveValue(BUCKET);
	await expect(panel(page).getByLabel('Object key')).toHaveValue('many/item-00001.txt');

	// Stop, the other way to abort, keeps the page already loaded.
	const { aborted: stopped } = await midway();
	await page.getByRole('button', { name: 'Stop' }).click();
	expect((await stopped).failure()?.errorText).toContain('ERR_ABORTED');
	release();
	await expect(page.getByText('Loading…')).toHaveCount(0);
	await expect(count).toHaveText('1,000 objects loaded, more on the server');
	await expect(page.getByRole('button', { name: 'Load more' })).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});
