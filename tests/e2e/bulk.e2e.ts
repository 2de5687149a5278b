// Bulk links end to end against a real Ceph RGW: the page lists bulk50/ recursively,
// signs a link per object in its worker pool, and every link in the downloaded CSV fetches the
// exact bytes from Node. The test seeds bulk50/ itself and removes it afterwards, so the demo
// bucket's folder counts seen by other specs do not change.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { BUCKET } from './env';
import { parseCsv } from '../support/csv';
import { connect, openBucket, watchPage, type PageProblems } from './helpers';
import { encodeKey, mapLimit, putObject } from '../../scripts/lib/s3-node.mjs';
import { s3 } from './s3';

const PREFIX = 'bulk50/';
// 40 objects in bulk50/ and 10 one level down: the listing must be recursive.
const KEYS = Array.from({ length: 50 }, (_, i) =>
	i < 40
		? `${PREFIX}file-${String(i + 1).padStart(2, '0')}.txt`
		: `${PREFIX}sub/nested ${i + 1}.txt`
);
const bodyOf = (key: string) => `bulk object ${key} #${KEYS.indexOf(key)}\n`;

let problems: PageProblems;

test.beforeAll(async () => {
	await mapLimit(KEYS, 16, (key: string) => putObject(s3, BUCKET, key, bodyOf(key)));
});

test.afterAll(async () => {
	await mapLimit(KEYS, 16, async (key: string) => {
		const res = await s3.signedFetch('DELETE', `/${BUCKET}/${encodeKey(key)}`);
		await res.arrayBuffer();
	});
});

test.beforeEach(async ({ page }) => {
	problems = await watchPage(page);
});

test.afterEach(async () => {
	await problems.expectNone();
});

async function connectAndOpen(page: Page) {
	await page.goto('/');
	await connect(page);
	await openBucket(page, BUCKET);
	await page.getByRole('button', { name: PREFIX, exact: true }).click();
}

test('links for every object under bulk50/ download as CSV and all fetch the right bytes', async ({
	page
}) => {
	await connectAndOpen(page);
	await page.getByLabel('Bulk expiry (seconds)').fill('600');
	await page.getByLabel('Bulk signature version').selectOption('v4');
	await page.getByRole('button', { name: 'Create links for all' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'links ready' })).toContainText(
		'50 links ready'
	);
	const csvButton = page.getByRole('button', { name: 'Download CSV' });
	await expect(csvButton).toBeVisible();
	await expect(page.getByRole('button', { name: 'Download JSON' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Download shell script' })).toBeVisible();

	const [download] = await Promise.all([page.waitForEvent('download'), csvButton.click()]);
	expect(download.suggestedFilename()).toMatch(/\.csv$/);
	const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
	expect(rows[0]).toEqual(['key', 'size', 'url', 'expires_at']);
	const body = rows.slice(1);
	expect(body).toHaveLength(50);
	expect(body.map((r) => r[0]).sort()).toEqual([...KEYS].sort());

	const now = Date.now();
	await mapLimit(body, 8, async ([key, size, url, expiresAt]: string[]) => {
		expect(url).toContain('X-Amz-Signature=');
		const expires = Date.parse(expiresAt);
		expect(expires - now).toBeGreaterThan(500_000);
		expect(expires - now).toBeLessThanOrEqual(601_000);
		const res = await fetch(url);
		expect(res.status, key).toBe(200);
		const text = await res.text();
		expect(text, key).toBe(bodyOf(key));
		expect(Number(size)).toBe(Buffer.byteLength(text));
	});
});

test('SigV2 bulk links work too; the JSON export and the shell script recreate the folder', async ({
	page
}) => {
	await connectAndOpen(page);
	await page.getByLabel('Bulk signature version').selectOption('v2');
	await page.getByRole('button', { name: 'Create links for all' }).click();
	const jsonButton = page.getByRole('button', { name: 'Download JSON' });
	const [download] = await Promise.all([page.waitForEvent('download'), jsonButton.click()]);
	const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
	expect(json).toMatchObject({ bucket: BUCKET, prefix: PREFIX, signer: 'v2', count: 50 });
	const first = json.links[0];
	expect(first.url).toContain('Signature=');
	const res = await fetch(first.url);
	expect(res.status).toBe(200);
	expect(await res.text()).toBe(bodyOf(first.key));

	const [script] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download shell script' }).click()
	]);
	const sh = readFileSync(await script.path(), 'utf8');
	expect(sh).toMatch(/^#!\/bin\/sh\n/);
	expect(sh).toContain("mkdir -p ./'sub'");
	expect(sh).toContain("curl -fsS -o ./'sub/nested 41.txt' 'http");

	// Run it for real with curl: it recreates the folder tree with every object's bytes.
	const target = mkdtempSync(join(tmpdir(), 'bulk-sh-'));
	try {
		execFileSync('sh', [await script.path()], { cwd: target, stdio: 'pipe' });
		for (const key of KEYS) {
			expect(readFileSync(join(target, key.slice(PREFIX.length)), 'utf8'), key).toBe(bodyOf(key));
		}
	} finally {
		rmSync(target, { recursive: true, force: true });
	}
});
