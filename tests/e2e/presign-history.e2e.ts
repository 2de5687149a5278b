// After a link is made: disabling it by renaming or deleting its object (the bytes are kept, or
// asked for first), and the tab's link history with its exports.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { BUCKET } from './env';
import { failOnPageProblems } from './helpers';
import { card, connect, createLink, localRgw, objectBytes } from './presign';
import { putObject } from '../../scripts/lib/s3-node.mjs';
import { s3 } from './s3';

failOnPageProblems();

test('disable by renaming: the old link fails, the new key holds the same bytes', async ({
	page
}) => {
	const key = `revoke/rename ${Date.now()}.txt`;
	const body = `keep these bytes ${Math.random()}\n`;
	await putObject(s3, BUCKET, key, body);
	await page.goto('/');
	await connect(page, localRgw);
	const url = await createLink(page, { key });
	expect((await fetch(url)).status).toBe(200);

	await card(page).getByText('Disable this link before it expires').click();
	await card(page).getByRole('button', { name: 'Disable by renaming' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toContainText(key);
	const newKey = `${key}.off`;
	await dialog.getByLabel('New key').fill(newKey);
	await dialog.getByRole('button', { name: 'Rename and disable' }).click();
	await expect(card(page).getByTestId('revoke-outcome')).toContainText(
		`Renamed to "${newKey}" and verified`
	);

	expect((await fetch(url)).status).toBe(404);
	expect((await objectBytes(newKey)).toString()).toBe(body);
	await expect(
		page.getByRole('region', { name: 'Link history' }).getByText(`renamed to ${newKey}`)
	).toBeVisible();
	// The card shown is the same link: it says so and offers no second revoke.
	await expect(card(page)).toContainText(`Disabled: renamed to ${newKey}`);
	await expect(card(page).getByRole('button', { name: 'Disable by renaming' })).toBeDisabled();
	await expect(card(page).getByRole('button', { name: 'Disable by deleting' })).toBeDisabled();
});

test('disable by deleting asks first, naming the key', async ({ page }) => {
	const key = `revoke/delete ${Date.now()}.txt`;
	await putObject(s3, BUCKET, key, 'bye\n');
	await page.goto('/');
	await connect(page, localRgw);
	const url = await createLink(page, { key });
	await card(page).getByText('Disable this link before it expires').click();
	await card(page).getByRole('button', { name: 'Disable by deleting' }).click();
	await expect(page.getByRole('dialog')).toContainText(`Delete “${key}”?`);
	await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
	expect((await fetch(url)).status).toBe(200);
	await card(page).getByRole('button', { name: 'Disable by deleting' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete and disable' }).click();
	await expect(card(page).getByTestId('revoke-outcome')).toContainText('Deleted');
	expect((await fetch(url)).status).toBe(404);
});

test('history lists links newest first, exports CSV and JSON, and clears', async ({ page }) => {
	await page.goto('/');
	await connect(page, localRgw);
	await createLink(page, { key: 'README.txt' });
	await createLink(page, { key: 'images/logo.png', expires: '86400' });
	const history = page.getByRole('region', { name: 'Link history' });
	const items = history.getByRole('listitem');
	await expect(items).toHaveCount(2);
	await expect(items.first()).toContainText('demo/images/logo.png');
	await expect(items.nth(1)).toContainText('demo/README.txt');
	await expect(history.getByRole('timer')).toHaveCount(2);

	const csvDownload = page.waitForEvent('download');
	await history.getByRole('button', { name: 'Export CSV' }).click();
	const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
	expect(csv.split('\r\n')[0]).toBe('signed_at,expires_at,method,signer,bucket,key,status,url');
	expect(csv).toContain(',GET,v4,demo,images/logo.png,active,http');

	const jsonDownload = page.waitForEvent('download');
	await history.getByRole('button', { name: 'Export JSON' }).click();
	const json = JSON.parse(readFileSync((await (await jsonDownload).path())!, 'utf8'));
	expect(json.map((l: { key: string }) => l.key)).toEqual(['images/logo.png', 'README.txt']);

	await page.reload();
	await expect(items).toHaveCount(2); // sessionStorage survives a reload of the tab
	await history.getByRole('button', { name: 'Clear history' }).click();
	await expect(items).toHaveCount(0);
	expect(await page.evaluate(() => localStorage.length)).toBe(0);
});
