// Bad input in the presign form and the link inspector: each wrong bucket, key, expiry, header or
// pasted URL gets one specific message, signs nothing it should not, and keeps what was typed.
// Signing is local, so most of these need no Connect.
import { expect } from '@playwright/test';
import {
	testCases,
	inspect,
	presignedUrl,
	typeLink,
	typedConnection,
	type Case
} from './bad-input';
import { ACCESS_KEY, BUCKET, ENDPOINT } from './env';
import { connect, presignPanel as panel, typeConnection } from './helpers';

const KEY_1026_BYTES = '日'.repeat(342); // 342 characters, 1026 bytes in UTF-8

const CASES: Case[] = [
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

testCases(CASES);
