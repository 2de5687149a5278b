// The link history, Check link, Inspect, disabling a link and bulk links in Japanese, against the
// local RGW. The connection and the links are made in English (forms other specs cover), then the
// page is switched to Japanese and every state of these panels is read for English left over.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { BUCKET } from './env';
import { connect, createLink, failOnPageProblems, openBucket } from './helpers';
import { englishProseIn } from './japanese';
import { encodeKey, putObject } from '../../scripts/lib/s3-node.mjs';
import { s3 } from './s3';

failOnPageProblems();
test.use({ locale: 'ja-JP' });

const RUN = Date.now();
const FIRST = `jahist/first-${RUN}.txt`;
const SECOND = `jahist/second-${RUN}.txt`;
const REVOKED = `jahist/revoke-${RUN}.txt`;
const FOLDER = `jahist-bulk-${RUN}/`;
const IN_FOLDER = [1, 2, 3].map((n) => `${FOLDER}item-${n}.txt`);
const BODY = 'ja history\n';
/** Header names that read the same in both languages. */
const HEADER_NAMES = ['x-amz-storage-class'];

test.beforeAll(async () => {
	for (const key of [FIRST, SECOND, REVOKED, ...IN_FOLDER]) await putObject(s3, BUCKET, key, BODY);
});

test.afterAll(async () => {
	// The folder and objects go again, so other specs see the bucket as they left it.
	const keys = [FIRST, SECOND, REVOKED, `${REVOKED}.off`, ...IN_FOLDER];
	for (const key of keys) {
		const res = await s3.signedFetch('DELETE', `/${BUCKET}/${encodeKey(key)}`);
		await res.arrayBuffer();
	}
});

/** Connects and opens the bucket in English (the setup), with the browser asking for Japanese. */
async function setUpInEnglish(page: Page): Promise<void> {
	await page.goto('/');
	await page.getByRole('button', { name: 'English' }).click();
	await connect(page);
	await openBucket(page, BUCKET);
}

async function switchToJapanese(page: Page): Promise<void> {
	await page.getByRole('button', { name: '日本語' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
}

const historyPanel = (page: Page) => page.locator('section[aria-labelledby="history-title"]');
const inspectPanel = (page: Page) => page.locator('section[aria-labelledby="inspect-title"]');
const card = (page: Page) => page.getByRole('article');

async function expectJapanese(panel: Locator, allowed: string[] = []): Promise<void> {
	await expect(panel).toBeVisible();
	expect(await englishProseIn(panel, allowed)).toEqual([]);
}

test('the history lists both links in Japanese; Check link and Inspect answer in Japanese', async ({
	page
}) => {
	await setUpInEnglish(page);
	const firstUrl = await createLink(page, { key: FIRST });
	await createLink(page, { key: SECOND, expiresIn: 86400 });
	await switchToJapanese(page);

	const history = historyPanel(page);
	await expect(history.getByRole('heading', { name: 'このタブで作成したリンク' })).toBeVisible();
	const items = history.getByRole('listitem');
	await expect(items).toHaveCount(2);
	await expect(items.first()).toContainText(SECOND);
	await expect(items.nth(1)).toContainText(FIRST);
	await expect(history.getByText('有効', { exact: true })).toHaveCount(2);
	// Time left in Japanese units: the one-day link reads in hours, minutes and seconds.
	await expect(history.getByRole('timer', { name: `${SECOND} の残り時間` })).toHaveText(
		/\d+時間\d+分\d+秒/
	);
	await expect(history.getByRole('timer', { name: `${FIRST} の残り時間` })).toHaveText(
		/\d+分\d+秒/
	);
	for (const name of ['表示', 'CSV で書き出す', 'JSON で書き出す', '履歴を消去']) {
		await expect(history.getByRole('button', { name }).first()).toBeVisible();
	}
	await expectJapanese(history);

	// Check link on the card of the first link, opened from the history.
	await items.nth(1).getByRole('button', { name: '表示' }).click();
	await expect(card(page)).toContainText(FIRST);
	const check = card(page).locator('div.check');
	await check.getByRole('button', { name: 'リンクを確認' }).click();
	await expect(check.getByTestId('check-outcome')).toHaveText(
		`リンクは有効です（HTTP 206）。オブジェクトのサイズは ${BODY.length} バイトです。`
	);
	await expectJapanese(check);

	// Inspect: a refusal first, then the fields of the first link.
	const inspect = inspectPanel(page);
	await expect(inspect.getByRole('heading', { name: 'リンクの確認' })).toBeVisible();
	await expectJapanese(inspect);
	const pasted = inspect.getByLabel('署名付きURLを貼り付け');
	await pasted.fill('not a link at all');
	await inspect.getByRole('button', { name: '確認', exact: true }).click();
	await expect(
		inspect.getByText('https:// または http:// で始まるリンク全体を貼り付けてください。')
	).toBeVisible();
	await expectJapanese(inspect);
	await pasted.fill(firstUrl);
	await inspect.getByRole('button', { name: '確認', exact: true }).click();
	const details = inspect.locator('dl[aria-label="リンクの詳細"]');
	await expect(details).toBeVisible();
	const terms = [
		'エンドポイント',
		'バケット',
		'キー',
		'署名方式',
		'アクセスキーID',
		'署名日時',
		'有効期限'
	];
	await expect(details.locator('dt')).toHaveText(terms);
	await expect(details).toContainText('SigV4（リージョン us-east-1）');
	await expect(details).toContainText(FIRST);
	await expect(inspect.getByRole('timer', { name: '確認したリンクの残り時間' })).toHaveText(
		/\d+分\d+秒/
	);
	await expectJapanese(inspect);

	// Cleared, the history says so in Japanese.
	await history.getByRole('button', { name: '履歴を消去' }).click();
	await expect(items).toHaveCount(0);
	await expect(history).toContainText('まだありません。');
	await expectJapanese(history);
});

test('disabling a link: the dialog in Japanese, cancelled, then a rename read in Japanese', async ({
	page
}) => {
	await setUpInEnglish(page);
	const url = await createLink(page, { key: REVOKED });
	await switchToJapanese(page);

	const revoke = card(page).locator('details.revoke');
	await revoke.getByText('有効期限前にこのリンクを無効にする').click();
	await expect(revoke.getByRole('button', { name: '名前を変更して無効にする' })).toBeEnabled();
	await expectJapanese(revoke);

	// Deleting asks first, naming the key; Cancel deletes nothing.
	await revoke.getByRole('button', { name: '削除して無効にする' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('heading')).toHaveText(`「${REVOKED}」を削除しますか？`);
	await expectJapanese(dialog);
	await dialog.getByRole('button', { name: 'キャンセル' }).click();
	await expect(dialog).toHaveCount(0);
	expect((await fetch(url)).status).toBe(200);

	// Renaming, for real: the outcome and the history's status read in Japanese.
	await revoke.getByRole('button', { name: '名前を変更して無効にする' }).click();
	await expect(dialog.getByRole('heading')).toHaveText(`「${REVOKED}」の名前を変更しますか？`);
	await expectJapanese(dialog);
	const newKey = `${REVOKED}.off`;
	await dialog.getByLabel('新しいキー').fill(newKey);
	await dialog.getByRole('button', { name: '名前を変更して無効化' }).click();
	const outcome = revoke.getByTestId('revoke-outcome');
	await expect(outcome).toContainText(`「${newKey}」に名前を変更し、検証しました：サイズと ETag`);
	await expect(outcome).toContainText('古いキーへのリンクはすべて使えなくなりました。');
	await expectJapanese(revoke, HEADER_NAMES);
	expect((await fetch(url)).status).toBe(404);

	const history = historyPanel(page);
	await expect(history.getByText(`${newKey} に名前を変更済み`)).toBeVisible();
	await expectJapanese(history);

	// Check link now says the object is gone, in Japanese.
	const check = card(page).locator('div.check');
	await check.getByRole('button', { name: 'リンクを確認' }).click();
	await expect(check.getByTestId('check-outcome')).toHaveText(
		'リンクの署名は正しいものの、オブジェクトがありません（404）。削除されたか、名前が変更されています。'
	);
	await expectJapanese(check);
});

test('bulk links for a folder run and report in Japanese', async ({ page }) => {
	await setUpInEnglish(page);
	await page.getByRole('button', { name: FOLDER, exact: true }).click();
	await switchToJapanese(page);

	const bulk = page.getByRole('region', { name: '一括リンク' });
	await expect(bulk).toContainText(`${BUCKET}/${FOLDER} 以下のすべて`);
	await expect(bulk.getByLabel('一括作成の有効期間（秒）')).toBeVisible();
	await expectJapanese(bulk);
	await bulk.getByLabel('一括作成の署名バージョン').selectOption('v4');
	await bulk.getByRole('button', { name: 'すべてのリンクを作成' }).click();
	const ready = bulk.getByRole('status').filter({ hasText: '件のリンクを作成しました' });
	await expect(ready).toContainText(`${IN_FOLDER.length} 件のリンクを作成しました（有効期限 `);
	for (const name of [
		'CSV をダウンロード',
		'JSON をダウンロード',
		'シェルスクリプトをダウンロード'
	]) {
		await expect(bulk.getByRole('button', { name })).toBeVisible();
	}
	await expectJapanese(bulk);
});

test('a link that cannot be disabled from here says why in Japanese', async ({ page }) => {
	await setUpInEnglish(page);
	await createLink(page, { key: FIRST });
	await switchToJapanese(page);
	// A history saved by a version of the app that did not record the connection.
	await page.evaluate(() => {
		const name = 's3presign.links';
		const saved = JSON.parse(sessionStorage.getItem(name) ?? '[]') as Record<string, unknown>[];
		for (const link of saved)
			for (const field of ['endpoint', 'addressing', 'accessKeyId']) delete link[field];
		sessionStorage.setItem(name, JSON.stringify(saved));
	});
	await page.reload();
	await historyPanel(page).getByRole('button', { name: '表示' }).click();
	const revoke = card(page).locator('details.revoke');
	await revoke.getByText('有効期限前にこのリンクを無効にする').click();
	await expect(revoke.getByTestId('revoke-refusal')).toHaveText(
		'このリンクは作成時のエンドポイントとアクセスキーIDなしで保存されたため、どのサーバーにオブジェクトがあるか判断できません。ここからは無効にできず、名前の変更や削除は行われません。'
	);
	await expect(revoke.getByRole('button', { name: '削除して無効にする' })).toBeDisabled();
	await expectJapanese(revoke);
});
