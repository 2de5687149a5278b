// The first screen in Japanese: chosen from the browser's languages, switched and remembered in
// the tab, with the document's lang following, and nothing Japanese fetched for an English visit.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page, type Response } from '@playwright/test';
import { ENDPOINT } from './env';
import { failOnPageProblems } from './helpers';
import { englishProseIn } from './japanese';

failOnPageProblems();

const CATALOGUE_DIR = new URL('../../src/lib/i18n/ja/', import.meta.url);
/** Japanese sentences of every catalogue part, as written in the source. */
const CATALOGUE_SENTENCES = readdirSync(CATALOGUE_DIR)
	.filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
	.flatMap((name) => {
		const source = readFileSync(new URL(name, CATALOGUE_DIR), 'utf8');
		return Array.from(source.matchAll(/'([^'\n]*[\u3040-\u30ff][^'\n]*)'/g), (m) => m[1]);
	})
	.filter((sentence) => sentence.length >= 12 && !sentence.includes('\\'));

/** Scripts the page fetched that hold a sentence of a Japanese catalogue part. */
function catalogueScripts(page: Page): Response[] {
	const found: Response[] = [];
	page.on('response', async (response) => {
		if (!response.url().endsWith('.js')) return;
		const body = await response.text().catch(() => '');
		if (CATALOGUE_SENTENCES.some((sentence) => body.includes(sentence))) found.push(response);
	});
	return found;
}

test.describe('a browser that prefers Japanese', () => {
	test.use({ locale: 'ja-JP' });

	test('gets the first screen in Japanese, with nothing left in English', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { name: '接続' })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		await expect(page.getByLabel('エンドポイントURL')).toBeVisible();
		await expect(page.getByLabel('シークレットアクセスキー')).toBeVisible();
		await expect(page.getByRole('button', { name: '日本語' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		// The frame and the connection form; the sections below have their own Japanese tests.
		const firstScreen = page.locator('header.app-header, footer.app-footer, form.connect-form');
		const english = async () =>
			(await Promise.all((await firstScreen.all()).map((part) => englishProseIn(part)))).flat();
		expect(await firstScreen.count()).toBe(3);
		expect(await english()).toEqual([]);

		// What Connect says about empty fields is Japanese too, and names the field.
		await page.getByLabel('エンドポイントURL').fill(ENDPOINT);
		await page.getByRole('button', { name: '接続', exact: true }).click();
		await expect(page.getByText('アクセスキーIDを入力してください。')).toBeVisible();
		await expect(page.getByText('シークレットアクセスキーを入力してください。')).toBeVisible();
		await page.getByLabel('エンドポイントURL').fill('https://s3.example.com/bucket');
		await page.getByRole('button', { name: '接続', exact: true }).click();
		await expect(
			page.getByText('エンドポイントURLにパス（「/bucket」）は指定できません。', { exact: false })
		).toBeVisible();
		expect(await english()).toEqual([]);
	});

	test('switches to English, and the tab remembers it over a reload', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.getByRole('heading', { name: 'Connect' })).toBeVisible();
		await expect(page.getByLabel('Endpoint URL')).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.reload();
		await expect(page.getByLabel('Endpoint URL')).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.getByRole('button', { name: '日本語' }).click();
		await expect(page.getByLabel('エンドポイントURL')).toBeVisible();
		expect(await page.evaluate(() => localStorage.length)).toBe(0);
	});
});

test('an English visit fetches no Japanese, and draws the page in English', async ({ page }) => {
	expect(CATALOGUE_SENTENCES.length).toBeGreaterThan(20);
	const japanese = catalogueScripts(page);
	await page.goto('/');
	await expect(page.getByLabel('Endpoint URL')).toBeEditable();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	// Everything the page asks for while idle (the later parts) arrives too, none of it Japanese.
	await page.waitForLoadState('networkidle');
	expect(japanese.map((r) => r.url())).toEqual([]);
	await page.getByRole('button', { name: '日本語' }).click();
	await expect(page.getByLabel('エンドポイントURL')).toBeVisible();
	await expect.poll(() => japanese.length).toBeGreaterThan(0);
});
