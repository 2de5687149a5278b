// Temporary keys end links early: with an imported Expiration, the form says so before signing,
// the card counts down to the keys' end with the reason, the summary counts the keys down, and
// bulk links get the same cap, and so do drop links: their POST policy ends with the keys.
import { expect, test, type Page } from '@playwright/test';
import { readDropLink } from '../../src/lib/links/drop-link';
import { ACCESS_KEY, BUCKET, SECRET_KEY } from './env';
import { connect, failOnPageProblems, openBucket, presignedUrl, presignPanel } from './helpers';

failOnPageProblems();

/** `aws configure export-credentials --format process` output for the test keys. */
function processJson(expiration: Date): string {
	return JSON.stringify(
		{
			Version: 1,
			AccessKeyId: ACCESS_KEY,
			SecretAccessKey: SECRET_KEY,
			Expiration: expiration.toISOString().replace('.000Z', '+00:00')
		},
		null,
		4
	);
}

async function importKeys(page: Page, expiration: Date) {
	await page.getByLabel('Import settings').fill(processJson(expiration));
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByLabel('Access key ID', { exact: true })).toHaveValue(ACCESS_KEY);
}

test('keys that expire in 2 hours cap a 7-day link: said before, shown on the card and summary', async ({
	page
}) => {
	const keysEnd = new Date(Math.floor(Date.now() / 1000) * 1000 + 2 * 3600_000);
	await page.goto('/');
	await importKeys(page, keysEnd);
	await connect(page, { accessKey: ACCESS_KEY, secret: SECRET_KEY });
	await expect(page.getByRole('timer', { name: 'Time left on these keys' })).toHaveText(
		/^Expires in (2 h 00|1 h 59) min \d\d s$/
	);

	const form = presignPanel(page);
	await form.getByLabel('Bucket name').fill(BUCKET);
	await form.getByLabel('Object key').fill('README.txt');
	await form.getByLabel('Expires in (seconds)').fill('604800');
	await expect(form.getByRole('status')).toHaveText(
		/^This link will stop working at .+, when your temporary keys expire — 6 d 2[12] h earlier than asked\.$/
	);
	await form.getByLabel('Expires in (seconds)').fill('600');
	await expect(form.getByText('when your temporary keys expire')).toHaveCount(0);
	await form.getByLabel('Expires in (seconds)').fill('604800');

	await form.getByRole('button', { name: 'Create link', exact: true }).click();
	await expect.poll(() => presignedUrl(page)).toContain('X-Amz-Expires=604800');
	const card = page.getByRole('article');
	await expect(card.getByRole('timer', { name: 'Time left on this link' })).toHaveText(
		/^Expires in (2 h 00|1 h 59) min \d\d s$/
	);
	await expect(card).toContainText('The temporary keys used to sign it expire first');
	expect((await fetch(await presignedUrl(page))).status).toBe(200);

	// Bulk links get the same cap.
	await openBucket(page, BUCKET);
	const bulk = page.getByRole('region', { name: 'Bulk links' });
	await bulk.getByLabel('Bulk expiry (seconds)').fill('604800');
	await expect(bulk.getByRole('status').first()).toHaveText(
		/^These links will stop working at .+, when your temporary keys expire/
	);
	await page.getByRole('button', { name: 'docs/', exact: true }).click();
	await bulk.getByRole('button', { name: 'Create links for all' }).click();
	await expect(bulk.getByText(`links ready, expiring ${keysEnd.toISOString()}.`)).toBeVisible();
});

/** The `expiration` of the POST policy inside a drop link, as the server reads it. */
function policyExpiration(dropLink: string): string {
	const drop = readDropLink(new URL(dropLink).hash);
	if (!drop) throw new Error(`no drop in ${dropLink}`);
	return JSON.parse(Buffer.from(drop.fields.policy, 'base64').toString('utf8')).expiration;
}

test('a drop link ends with the keys: its policy, countdown and card say so, whatever is typed', async ({
	page
}) => {
	const keysEnd = new Date(Math.floor(Date.now() / 1000) * 1000 + 2 * 3600_000);
	const policyEnd = keysEnd.toISOString().replace('.000Z', 'Z');
	await page.goto('/');
	await importKeys(page, keysEnd);
	await connect(page, { accessKey: ACCESS_KEY, secret: SECRET_KEY });
	await openBucket(page, BUCKET);
	const request = page.getByRole('region', { name: 'Request files' });
	await request.getByLabel('Drop folder').fill(`drop-keys-${Date.now().toString(36)}/`);
	const expiry = request.getByLabel('Drop expires in (seconds)');
	await expiry.fill('604800');
	await expect(request.getByRole('status')).toHaveText(
		/^This drop link will stop working at .+, when your temporary keys expire — 6 d 2[12] h earlier than asked\.$/
	);
	await expiry.fill('600');
	await expect(request.getByText('when your temporary keys expire')).toHaveCount(0);
	await expiry.fill('604800');
	await request.getByRole('button', { name: 'Create drop link' }).click();
	const field = request.getByLabel('Drop link', { exact: true });
	await expect(field).toHaveValue(/#\/drop\?d=/);
	expect(policyExpiration(await field.inputValue())).toBe(policyEnd);
	const card = request.getByRole('article');
	await expect(card.getByRole('timer', { name: 'Time left on this drop link' })).toHaveText(
		/^Expires in (2 h 00|1 h 59) min \d\d s$/
	);
	await expect(card).toContainText(
		'It ends when the temporary keys that signed it expire (their imported Expiration)'
	);

	// A year typed into the form still ends with the keys: the cap is applied when signing. (The
	// size changes too, so the new link differs from the first even within the same second.)
	const first = await field.inputValue();
	await expiry.fill('31536000');
	await request.getByLabel('Largest file (MB)').fill('7');
	await request.getByRole('button', { name: 'Create drop link' }).click();
	await expect(field).not.toHaveValue(first);
	expect(policyExpiration(await field.inputValue())).toBe(policyEnd);
});

test('typing another access key drops the imported expiry; keys already expired are named', async ({
	page
}) => {
	await page.goto('/');
	await importKeys(page, new Date(Date.now() - 60_000));
	const form = presignPanel(page);
	await expect(form.getByRole('status')).toHaveText(
		/^Your temporary keys expired at .+: a link signed with them will not work\./
	);
	await page.getByLabel('Access key ID', { exact: true }).fill('ANOTHERKEY');
	await expect(form.getByText('temporary keys')).toHaveCount(0);
});
