// What a person reads when browsing fails: wrong keys, readable S3 error codes, a bucket without
// CORS (the CORS doctor prints the app's one rule), an endpoint where nothing listens, and a
// device clock far from the server's. Every test also fails on a page error or a CSP violation.
import { expect, test } from '@playwright/test';
import { CORS_RULE } from '../../src/lib/s3/cors-rule.js';
import { ACCESS_KEY, APP_ORIGIN, BUCKET, ENDPOINT, NO_CORS_BUCKET, SECRET_KEY } from './env';
import {
	connectFromHome as connect,
	failOnPageProblems,
	objectList as list,
	openBucket
} from './helpers';

failOnPageProblems();

test('a wrong secret is reported as a credentials problem', async ({ page }) => {
	await connect(page, { secret: 'not-the-secret-at-all' });
	await openBucket(page, BUCKET);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Wrong secret or unknown access key');
	await expect(alert).toContainText('the secret access key is wrong');
	await expect(page.getByRole('heading', { name: 'CORS doctor' })).toHaveCount(0);
});

test('an unknown access key is reported as a credentials problem', async ({ page }) => {
	await connect(page, { accessKey: 'NOSUCHKEY00000000000' });
	await openBucket(page, BUCKET);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Wrong secret or unknown access key');
	await expect(alert).toContainText('does not know this access key ID');
});

// RGW sends auth errors without CORS headers, so the browser cannot read their codes; servers
// that do send them (MinIO, and AWS for most errors) get the exact message. Simulated here.
for (const [code, title] of [
	['SignatureDoesNotMatch', 'Wrong secret access key'],
	['InvalidAccessKeyId', 'Unknown access key'],
	['AccessDenied', 'Access denied'],
	['NoSuchBucket', 'No such bucket']
] as const) {
	test(`a readable ${code} gets its own message`, async ({ page }) => {
		await connect(page);
		await page.route(`${ENDPOINT}/${BUCKET}?**`, (route) =>
			route.fulfill({
				status: code === 'NoSuchBucket' ? 404 : 403,
				headers: {
					'access-control-allow-origin': APP_ORIGIN,
					'content-type': 'application/xml'
				},
				body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message></Message><RequestId>tx-test</RequestId></Error>`
			})
		);
		await openBucket(page, BUCKET);
		const alert = page.getByRole('alert');
		await expect(alert.getByText(title, { exact: true })).toBeVisible();
		await expect(alert).toContainText(code);
		await expect(alert).toContainText('tx-test');
	});
}

test('a bucket without CORS shows the CORS doctor with this origin', async ({ page }) => {
	await connect(page);
	await openBucket(page, NO_CORS_BUCKET);
	await expect(page.getByRole('alert')).toContainText('The browser blocked the answer (CORS)');
	const doctor = page.getByRole('region', { name: 'CORS doctor' });
	await expect(doctor).toBeVisible();
	const json = JSON.parse(
		(await doctor.getByLabel('cors.json', { exact: true }).textContent()) ?? ''
	);
	expect(json.CORSRules[0].AllowedOrigins).toEqual([APP_ORIGIN]);
	expect(json.CORSRules[0].ExposeHeaders).toEqual(CORS_RULE.exposeHeaders);
	await expect(doctor.getByLabel('cors.xml', { exact: true })).toContainText(
		`<AllowedOrigin>${APP_ORIGIN}</AllowedOrigin>`
	);
	await expect(doctor).toContainText(
		`aws s3api put-bucket-cors --bucket ${NO_CORS_BUCKET} --cors-configuration file://cors.json --endpoint-url ${ENDPOINT}`
	);
	await expect(doctor).toContainText(`s3cmd setcors cors.xml s3://${NO_CORS_BUCKET}`);
	await expect(doctor).toContainText('MINIO_API_CORS_ALLOW_ORIGIN');
});

test('an endpoint where nothing listens is reported as unreachable', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Endpoint URL').fill('http://127.0.0.1:9');
	await page.getByLabel('Access key ID').fill(ACCESS_KEY);
	await page.getByLabel('Secret access key').fill(SECRET_KEY);
	await page.getByRole('button', { name: 'Connect' }).click();
	await expect(page.getByRole('alert')).toContainText('Cannot reach the endpoint');
});

test('a clock 20 minutes behind is refused by the server, detected, and signing moves to server time', async ({
	page
}) => {
	// Past SigV4's 15-minute window, so listing fails unless the correction really applies.
	const skewMs = 20 * 60_000;
	await page.clock.setFixedTime(Date.now() - skewMs);
	const signedAt: number[] = [];
	page.on('request', (request) => {
		const amzDate = request.headers()['x-amz-date'];
		if (request.url().startsWith(`${ENDPOINT}/${BUCKET}`) && amzDate) {
			signedAt.push(
				Date.parse(amzDate.replace(/^(....)(..)(..)T(..)(..)(..)Z$/, '$1-$2-$3T$4:$5:$6Z'))
			);
		}
	});
	await connect(page);
	await openBucket(page, BUCKET);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('This device’s clock is off');
	// The Date header has whole seconds, so the measure may come out a second short.
	await expect(alert).toContainText(/(19 min 5\d s|20 min( \d+ s)?) ahead of this device/);
	await expect(list(page).getByText('README.txt')).toHaveCount(0);
	const refusedAt = signedAt.at(-1)!;

	await alert.getByRole('button', { name: 'Sign with server time' }).click();
	await expect(list(page).getByText('README.txt')).toBeVisible();
	await expect(page.getByText('Signing with the server’s time')).toBeVisible();
	// The listing that worked was dated by the server's clock: 20 minutes later than the refused one.
	const acceptedAt = signedAt.at(-1)!;
	expect(acceptedAt - refusedAt).toBeGreaterThan(skewMs - 60_000);
	expect(acceptedAt - refusedAt).toBeLessThan(skewMs + 60_000);
});
