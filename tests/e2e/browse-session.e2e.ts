// The connection form and what it keeps: inline validation, a session that survives a reload of
// the tab but not a new browser context, and a secret that stays out of every store but this
// tab's sessionStorage. Every test also fails on a page error or a CSP violation.
import { expect, test } from '@playwright/test';
import { ACCESS_KEY, BUCKET, ENDPOINT, SECRET_KEY } from './env';
import {
	breadcrumbs as crumbs,
	connectFromHome as connect,
	failOnPageProblems,
	objectList as list,
	openBucket
} from './helpers';

failOnPageProblems();

test('validates the form inline and trims pasted whitespace', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Endpoint URL').fill('s3.example.com');
	await page.getByRole('button', { name: 'Connect' }).click();
	await expect(page.getByText('Endpoint URL must start with http:// or https://')).toBeVisible();
	await expect(page.getByText('Enter the access key ID.')).toBeVisible();
	await expect(page.getByText('Enter the secret access key.')).toBeVisible();

	await page.getByLabel('Endpoint URL').fill('http://192.168.1.20:7480');
	await expect(page.getByText('Plain http:// to another machine')).toBeVisible();

	await page.getByLabel('Endpoint URL').fill(ENDPOINT);
	await expect(page.getByText('Plain http:// to another machine')).toHaveCount(0);
	await page.getByLabel('Access key ID').fill(`  ${ACCESS_KEY}\n`);
	await page.getByLabel('Secret access key').fill(`${SECRET_KEY} `);
	await page.getByRole('button', { name: 'Connect' }).click();
	await expect(page.getByText('This server does not let a browser list buckets')).toBeVisible();
	await expect(
		page.getByText('Removed spaces or line breaks around: Access key ID, Secret access key.')
	).toBeVisible();
	await page.getByRole('button', { name: 'Change connection' }).click();
	await expect(page.getByLabel('Access key ID')).toHaveValue(ACCESS_KEY);
});

test('a reload keeps the session; a new browser context does not', async ({ page, browser }) => {
	await connect(page);
	await openBucket(page, BUCKET);
	await list(page).getByRole('button', { name: 'docs/', exact: true }).click();
	await expect(crumbs(page).getByText('docs')).toBeVisible();

	await page.reload();
	await expect(page.getByText(`Connected to ${ENDPOINT}`)).toBeVisible();
	await expect(crumbs(page).getByText('docs')).toHaveAttribute('aria-current', 'page');
	await expect(list(page).getByRole('button', { name: 'reports/', exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Change connection' }).click();
	await expect(page.getByLabel('Secret access key')).toHaveValue(SECRET_KEY);

	const other = await browser.newContext();
	const fresh = await other.newPage();
	await fresh.goto('/');
	await expect(fresh.getByLabel('Endpoint URL')).toHaveValue('');
	await expect(fresh.getByLabel('Secret access key')).toHaveValue('');
	await expect(fresh.getByText('Connected to')).toHaveCount(0);
	await other.close();
});

test('the secret stays out of every store but sessionStorage, and Forget wipes it', async ({
	page,
	context
}) => {
	await connect(page);
	await openBucket(page, BUCKET);
	await expect(list(page).getByText('README.txt')).toBeVisible();

	const stores = () =>
		page.evaluate(async () => {
			const dump = (s: Storage) => JSON.stringify(Object.entries(s));
			const cacheBodies: string[] = [];
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const request of await cache.keys()) {
					const response = await cache.match(request);
					cacheBodies.push(request.url, (await response?.text()) ?? '');
				}
			}
			const databases = await indexedDB.databases();
			return {
				local: dump(localStorage),
				session: dump(sessionStorage),
				indexedDb: JSON.stringify(databases),
				caches: cacheBodies.join('\n'),
				cookies: document.cookie,
				url: location.href
			};
		});

	const before = await stores();
	expect(before.session).toContain(SECRET_KEY); // the one place it may live, for reloads
	for (const place of ['local', 'indexedDb', 'caches', 'cookies', 'url'] as const) {
		expect(before[place], place).not.toContain(SECRET_KEY);
	}
	expect(JSON.stringify(await context.cookies())).not.toContain(SECRET_KEY);
	expect(page.url()).not.toContain(SECRET_KEY);

	await page.getByRole('button', { name: 'Forget credentials' }).click();
	await expect(page.getByLabel('Secret access key')).toHaveValue('');
	const after = await stores();
	for (const place of ['session', 'local', 'indexedDb', 'caches', 'cookies', 'url'] as const) {
		expect(after[place], place).not.toContain(SECRET_KEY);
	}
	expect(after.session).not.toContain(ACCESS_KEY);
});
