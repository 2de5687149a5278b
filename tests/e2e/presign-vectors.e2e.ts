// With a frozen clock the presign form and the inspector reproduce botocore's URLs exactly
// (the vectors in src/lib/s3/fixtures/vectors.json), overrides included.
import { expect, test } from '@playwright/test';
import { failOnPageProblems } from './helpers';
import { connect, createLink, escapeRegExp, vector } from './presign';

failOnPageProblems();

const FORM_VECTORS = [
	'v4-minio-port-path',
	'v4-custom-https-virtual',
	'v4-custom-https-path',
	'v2-minio-port',
	'v2-custom-https',
	'v4-put-plain',
	'v2-put-content-type'
];

for (const id of FORM_VECTORS) {
	test(`with a frozen clock the form gives botocore's URL: ${id}`, async ({ page }) => {
		const v = vector(id);
		await page.clock.setFixedTime(v.signingTime);
		await page.goto('/');
		await connect(page, {
			// null = AWS: botocore's regional endpoint for the region
			endpoint: v.endpoint ?? `https://s3.${v.region}.amazonaws.com`,
			region: v.region,
			accessKey: v.accessKeyId,
			secret: v.secretAccessKey,
			pathStyle: v.addressing === 'path'
		});
		const headers = (v as unknown as { headers: Record<string, string> }).headers;
		const url = await createLink(page, {
			bucket: v.bucket,
			key: v.key,
			method: v.method === 'PUT' ? 'Upload (PUT)' : 'Download (GET)',
			signer: v.signer === 'v4' ? 'SigV4' : 'SigV2 (legacy)',
			expires: String(v.expiresIn),
			contentType: headers['content-type'] ?? ''
		});
		expect(url).toBe(v.expected.url);
	});
}

test('a download filename and content type become response-* overrides (botocore vector)', async ({
	page
}) => {
	const v = vector('v4-rcd-ascii');
	await page.clock.setFixedTime(v.signingTime);
	await page.goto('/');
	await connect(page, {
		endpoint: `https://s3.${v.region}.amazonaws.com`,
		region: v.region,
		accessKey: v.accessKeyId,
		secret: v.secretAccessKey,
		pathStyle: false
	});
	const url = await createLink(page, {
		bucket: v.bucket,
		key: v.key,
		filename: 'report final.pdf',
		contentType: 'application/pdf'
	});
	expect(url).toBe(v.expected.url);
});

for (const id of [
	'v4-aws-doc-example',
	'v2-aws-doc-example',
	'v4-key-japanese',
	'v2-long-expiry'
]) {
	test(`inspect shows expiry and key of an aws s3 presign URL: ${id}`, async ({ page }) => {
		const v = vector(id);
		await page.goto('/');
		const inspect = page.getByRole('region', { name: 'Inspect a presigned URL' });
		await inspect.getByLabel('Paste a presigned URL').fill(v.expected.url);
		await inspect.getByRole('button', { name: 'Inspect' }).click();
		const details = inspect.getByRole('definition');
		const expiresAt = new Date(Date.parse(v.signingTime) + v.expiresIn * 1000).toISOString();
		await expect(details.filter({ hasText: expiresAt })).toHaveCount(1);
		await expect(details.filter({ hasText: new RegExp(`^${escapeRegExp(v.key)}$`) })).toHaveCount(
			1
		);
		await expect(
			details.filter({ hasText: v.signer === 'v4' ? 'SigV4' : 'SigV2 (legacy)' })
		).toHaveCount(1);
		await expect(inspect.getByRole('timer')).toHaveText('Expired');
		// Long expired: the QR code is still drawn, dimmed.
		const qr = inspect.getByRole('img', { name: 'QR code for the inspected URL', exact: true });
		await expect(qr).toHaveClass(/dimmed/);
	});
}
