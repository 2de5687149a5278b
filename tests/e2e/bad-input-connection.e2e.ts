// Bad input at Connect and Open bucket: each wrong endpoint, key or bucket, and each answer a
// server can give instead of S3 XML, gets one specific message and keeps what was typed. Real
// Chromium, the real Ceph RGW, and a small misbehaving server for the answers RGW never gives
// (a web page, 500, 503).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from '@playwright/test';
import { testCases, typedConnection, type Case } from './bad-input';
import { ACCESS_KEY, BUCKET, ENDPOINT, SECRET_KEY } from './env';
import { connect, openBucket, typeConnection } from './helpers';
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
	}
];

testCases(CASES);
