// Import settings: a CLI tool's settings pasted or dropped fill the connection form, in the tab,
// without showing the secret again; broken text changes nothing and names its line.
import { expect, test, type Page } from '@playwright/test';
import { ACCESS_KEY, BUCKET, ENDPOINT, SECRET_KEY } from './env';
import { failOnPageProblems, presignedUrl, presignPanel } from './helpers';

failOnPageProblems();

// ~/.aws/config and ~/.aws/credentials pasted together, as `aws configure set` writes them.
const AWS_FILES = `[default]
region = eu-west-1
[profile rgw]
region = us-east-1
endpoint_url = ${ENDPOINT}
s3 =
    addressing_style = path
    signature_version = s3
[default]
aws_access_key_id = AKIDDEFAULTEXAMPLE
aws_secret_access_key = defaultsecretexample
[rgw]
aws_access_key_id = ${ACCESS_KEY}
aws_secret_access_key = ${SECRET_KEY}
`;

const field = (page: Page) => page.getByLabel('Import settings');

test('AWS CLI files fill the form; the profile picker switches; SigV2 is chosen; the link works', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(r.url());
	});
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'Connect', exact: true })).toBeVisible();
	const beforeImport = scripts.length;

	await field(page).fill(AWS_FILES);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	// The parsers are not part of the first load: the first Import fetches them.
	await expect.poll(() => scripts.length).toBeGreaterThan(beforeImport);
	await expect(page.getByRole('status').filter({ hasText: 'Filled from “default”' })).toBeVisible();
	await expect(page.getByLabel('Access key ID', { exact: true })).toHaveValue('AKIDDEFAULTEXAMPLE');
	await expect(page.getByLabel('Region', { exact: true })).toHaveValue('eu-west-1');

	await page.getByLabel('Profile').selectOption('rgw');
	await expect(page.getByLabel('Endpoint URL')).toHaveValue(ENDPOINT);
	await expect(page.getByLabel('Access key ID', { exact: true })).toHaveValue(ACCESS_KEY);
	await expect(page.getByLabel('Region', { exact: true })).toHaveValue('us-east-1');
	await expect(page.getByLabel('Path-style addressing')).toBeChecked();
	await expect(presignPanel(page).getByLabel('Signature version')).toHaveValue('v2');
	// The secret went into its password field, and nowhere it could be read back on screen.
	await expect(page.getByLabel('Secret access key', { exact: true })).toHaveValue(SECRET_KEY);
	await expect(page.getByLabel('Secret access key', { exact: true })).toHaveAttribute(
		'type',
		'password'
	);
	await expect(field(page)).toHaveValue('');
	expect(await page.locator('body').innerText()).not.toContain(SECRET_KEY);

	await page.getByRole('button', { name: 'Connect', exact: true }).click();
	await expect(page.getByText('This server does not let a browser list buckets')).toBeVisible();
	const form = presignPanel(page);
	await form.getByLabel('Bucket name').fill(BUCKET);
	await form.getByLabel('Object key').fill('README.txt');
	await form.getByRole('button', { name: 'Create link', exact: true }).click();
	await expect.poll(() => presignedUrl(page)).toContain('Signature=');
	const url = new URL(await presignedUrl(page));
	expect(url.searchParams.get('AWSAccessKeyId')).toBe(ACCESS_KEY);
	expect((await fetch(url)).status).toBe(200);

	// Kept in this tab's sessionStorage only.
	const stored = await page.evaluate(() => ({
		session: JSON.stringify(sessionStorage),
		local: JSON.stringify(localStorage)
	}));
	expect(stored.session).toContain(SECRET_KEY);
	expect(stored.local).not.toContain(SECRET_KEY);
});

test('a dropped rclone.conf fills the form', async ({ page }) => {
	await page.goto('/');
	const conf = `[ceph]\ntype = s3\nprovider = Ceph\naccess_key_id = ${ACCESS_KEY}\nsecret_access_key = ${SECRET_KEY}\nendpoint = ${ENDPOINT}\nforce_path_style = true\n`;
	const dataTransfer = await page.evaluateHandle((text) => {
		const dt = new DataTransfer();
		dt.items.add(new File([text], 'rclone.conf', { type: 'text/plain' }));
		return dt;
	}, conf);
	await field(page).dispatchEvent('drop', { dataTransfer });
	await expect(field(page)).toHaveValue(conf);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Filled from “ceph” (rclone.conf)' })
	).toBeVisible();
	await expect(page.getByLabel('Endpoint URL')).toHaveValue(ENDPOINT);
	await expect(page.getByLabel('Access key ID', { exact: true })).toHaveValue(ACCESS_KEY);
	await expect(page.getByLabel('Profile')).toHaveCount(0);
});

test('broken settings change nothing, keep the text, and name the line without the secret', async ({
	page
}) => {
	await page.goto('/');
	await page.getByLabel('Endpoint URL').fill('https://typed.example');
	await page.getByLabel('Access key ID', { exact: true }).fill('TYPEDKEY');
	const broken = `[default]\naws_access_key_id = IMPORTEDKEY\naws_secret_access_key ${SECRET_KEY}\n`;
	await field(page).fill(broken);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(
		page.getByText('Line 3: expected a [section] or a "name = value" setting here.')
	).toBeVisible();
	await expect(page.getByLabel('Endpoint URL')).toHaveValue('https://typed.example');
	await expect(page.getByLabel('Access key ID', { exact: true })).toHaveValue('TYPEDKEY');
	await expect(field(page)).toHaveValue(broken);
	await expect(field(page)).toHaveAttribute('aria-invalid', 'true');

	await field(page).fill('{ "AccessKeyId": "A", ');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(
		page.getByText('Line 1: this looks like JSON, but is not valid JSON.')
	).toBeVisible();
	await expect(page.getByLabel('Access key ID', { exact: true })).toHaveValue('TYPEDKEY');
});
