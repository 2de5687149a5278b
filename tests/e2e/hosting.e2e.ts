// The app refuses keys for the origin it is served from. Here the build is really hosted inside a
// bucket of the suite's gateway, path-style, so the page and the endpoint share one origin, as
// they would at https://s3.example.org/bucket/app/: every object anyone puts on that endpoint
// would run as the page. The page must say why and sign, send and store nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { encodeKey, expectOk } from '../../scripts/lib/s3-node.mjs';
import { ACCESS_KEY, BUCKET, BUILD_DIR, ENDPOINT, SECRET_KEY } from './env';
import { typeConnection, watchPage } from './helpers';
import { s3 } from './s3';

const HOSTING_BUCKET = 'hosted-app';
const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

/** Uploads the build as world-readable objects under `prefix`, as the old hosting recipe did. */
async function hostBuildInBucket(prefix: string): Promise<void> {
	await expectOk(await s3.signedFetch('PUT', `/${HOSTING_BUCKET}`), 'PUT', HOSTING_BUCKET).catch(
		(e: { code?: string }) => {
			if (e.code !== 'BucketAlreadyOwnedByYou' && e.code !== 'BucketAlreadyExists') throw e;
		}
	);
	for (const file of filesUnder(BUILD_DIR)) {
		const key = prefix + relative(BUILD_DIR, file).split('\\').join('/');
		const path = `/${HOSTING_BUCKET}/${encodeKey(key)}`;
		const res = await s3.signedFetch('PUT', path, {
			headers: {
				'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
				'x-amz-acl': 'public-read'
			},
			body: readFileSync(file)
		});
		await expectOk(res, 'PUT', path);
	}
}

test('served from the endpoint’s own origin, the page refuses the keys: nothing signed, sent or stored', async ({
	page
}) => {
	await hostBuildInBucket('presign/');
	const problems = await watchPage(page);
	const signed: string[] = [];
	page.on('request', (request) => {
		const headers = request.headers();
		if (headers['authorization'] || /[?&](X-Amz-Signature|Signature)=/.test(request.url())) {
			signed.push(`${request.method()} ${request.url()}`);
		}
	});
	await page.goto(`${ENDPOINT}/${HOSTING_BUCKET}/presign/index.html`);
	await expect(page.getByRole('heading', { name: 'Connect' })).toBeVisible();

	await typeConnection(page); // the suite's gateway: the very origin serving this page
	const endpointField = page.getByLabel('Endpoint URL');
	await expect(endpointField).toHaveAccessibleDescription(
		new RegExp(
			`^This page is served from ${ENDPOINT.replace(/[.]/g, '\\.')}, the storage endpoint itself, ` +
				'so it will not take or use keys for it: .* Open S3 Presign from a host that serves only the app'
		)
	);
	await expect(page.getByText(`Connected to ${ENDPOINT}`)).toHaveCount(0);
	// What was typed stays in the form (nothing lost), but nothing left the form.
	await expect(page.getByLabel('Secret access key')).toHaveValue(SECRET_KEY);
	const stored = await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
	expect(stored).not.toContain(SECRET_KEY);
	expect(stored).not.toContain(ACCESS_KEY);

	// The presign form has no keys to sign with either.
	const form = page.getByRole('region', { name: 'Create a link' });
	await form.getByLabel('Bucket name').fill(BUCKET);
	await form.getByLabel('Object key').fill('README.txt');
	await form.getByRole('button', { name: 'Create link', exact: true }).click();
	await expect(page.getByLabel('Presigned URL', { exact: true })).toHaveCount(0);

	expect(signed).toEqual([]);
	await problems.expectNone();
});
