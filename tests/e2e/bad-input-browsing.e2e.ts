// Bad moments while browsing: the network drops, or a big listing is left mid-way. The message
// says what happened, nothing typed is lost, and the same buttons carry on.
import { expect, test } from '@playwright/test';
import { presignedUrl } from './bad-input';
import { BUCKET } from './env';
import {
	breadcrumbs as crumbs,
	connect,
	failOnPageProblems,
	objectList as list,
	openBucket,
	presignPanel as panel
} from './helpers';

failOnPageProblems({ home: true });

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
