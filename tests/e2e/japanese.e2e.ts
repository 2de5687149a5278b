// Making a link in Japanese against the real RGW: every state of the presign form a person can
// reach reads in Japanese, bad expiries are refused in Japanese with the typed value kept, and the
// link card's QR code, countdown and URL stay what they are in English (the link works).
import { expect, test, type Page } from '@playwright/test';
import { ACCESS_KEY, BUCKET, ENDPOINT, SECRET_KEY } from './env';
import { failOnPageProblems } from './helpers';
import { englishProseIn } from './japanese';
import { objectBytes } from './presign';
import { decodeQrElement } from './qr';

failOnPageProblems();
test.use({ locale: 'ja-JP' });

const KEY = 'docs/reports/2026/summary.txt';
/** Protocol and product names, the same in both languages. */
const NAMES = ['Ceph RGW'];

/** The one-link presign form. */
const presignPanel = (page: Page) => page.getByRole('region', { name: 'リンクの作成' });
const card = (page: Page) => presignPanel(page).getByRole('article');

/** Connects in Japanese and opens the demo bucket, whose name the form then takes. */
async function connectAndOpenBucket(page: Page) {
	await page.goto('/');
	await page.getByLabel('エンドポイントURL').fill(ENDPOINT);
	await page.getByLabel('アクセスキーID').fill(ACCESS_KEY);
	await page.getByLabel('シークレットアクセスキー').fill(SECRET_KEY);
	await page.getByRole('button', { name: '接続', exact: true }).click();
	await page.getByLabel('バケット', { exact: true }).fill(BUCKET);
	await page.getByRole('button', { name: 'バケットを開く' }).click();
	await expect(presignPanel(page).getByLabel('バケット名')).toHaveValue(BUCKET);
}

test('the link form reads in Japanese in every state, and refuses bad expiries in Japanese', async ({
	page
}) => {
	await connectAndOpenBucket(page);
	const form = presignPanel(page);
	const expiry = form.getByLabel('有効期間（秒）');
	const method = form.getByLabel('メソッド');
	const signer = form.getByLabel('署名バージョン');
	await expect(form.getByRole('heading', { name: 'リンクの作成' })).toBeVisible();
	expect(await englishProseIn(form, NAMES)).toEqual([]);

	// Each bad expiry: the Japanese sentence beside the field, and the field keeps what was typed.
	const refusals: [string, string][] = [
		['abc', '有効期間は秒単位の整数で入力してください（例：3600）。'],
		['-5', '有効期間に負の値は指定できません。'],
		['0', '有効期間は 1 秒以上にしてください。'],
		['691200', 'SigV4 のリンクの有効期限は最長 7 日（604800 秒）です。']
	];
	const expiryError = form.locator('#expiry-error');
	for (const [typed, message] of refusals) {
		await expiry.fill(typed);
		await expect(expiryError).toContainText(message);
		await expect(expiry).toHaveValue(typed);
		await expect(expiry).toHaveAttribute('aria-invalid', 'true');
		expect(await englishProseIn(form, NAMES)).toEqual([]);
	}
	// Over 7 days with SigV4 the way out is offered in Japanese; the relay says what it is.
	await expect(form.getByRole('button', { name: 'SigV2（旧方式）に切り替える' })).toBeVisible();
	await form.getByRole('button', { name: 'SigV4 リレーに切り替える' }).click();
	await expect(signer).toHaveValue('relay');
	await expect(
		form.getByText('リレーリンクはこのアプリ自身のページを開き', { exact: false })
	).toBeVisible();
	expect(await englishProseIn(form, NAMES)).toEqual([]);
	await form.getByRole('button', { name: '7 日' }).click();
	await expect(expiry).toHaveValue('604800');

	// SigV2, then a start time it cannot have; SigV4 with a start time asks the server about it.
	await signer.selectOption({ label: 'SigV2（旧方式）' });
	await expect(form.getByText('SigV2 を受け付けるサーバー', { exact: false })).toBeVisible();
	expect(await englishProseIn(form, NAMES)).toEqual([]);
	const later = new Date(Date.now() + 2 * 3600_000);
	const local = new Date(later.getTime() - later.getTimezoneOffset() * 60_000);
	await form.getByLabel('有効開始日時').fill(local.toISOString().slice(0, 16));
	await expect(form.getByText('SigV2 のリンクには開始日時がなく', { exact: false })).toBeVisible();
	expect(await englishProseIn(form, NAMES)).toEqual([]);
	await signer.selectOption({ label: 'SigV4' });
	await expect(form.getByTestId('start-times')).toHaveText(/^このサーバーは開始時刻/);
	expect(await englishProseIn(form, NAMES)).toEqual([]);

	// Upload and large-upload forms have their own fields and hints.
	await method.selectOption({ label: 'アップロード（PUT）' });
	await expect(
		form.getByPlaceholder('任意（指定するとアップロード時に同じ値の送信が必要）')
	).toBeVisible();
	expect(await englishProseIn(form, NAMES)).toEqual([]);
	await method.selectOption({ label: '大容量アップロード（マルチパート）' });
	await expect(form.getByLabel('最大ファイルサイズ（GB）')).toBeVisible();
	expect(await englishProseIn(form, NAMES)).toEqual([]);
});

test('a GET link made in Japanese: its QR code is the URL shown, the URL downloads the object, the countdown is in Japanese', async ({
	page
}) => {
	await connectAndOpenBucket(page);
	const form = presignPanel(page);
	await form.getByLabel('オブジェクトキー').fill(KEY);
	await form.getByRole('button', { name: 'リンクを作成', exact: true }).click();

	const field = card(page).getByRole('textbox', { name: '署名付きURL', exact: true });
	await expect(field).toHaveValue(/^http:\/\//);
	const url = await field.inputValue();
	await expect(card(page).getByRole('heading', { level: 3 })).toHaveText(
		`${BUCKET}/${KEY} のダウンロード用リンク`
	);

	const qr = card(page).getByRole('img', { name: '署名付きURLのQRコード', exact: true });
	await expect(qr).toBeVisible();
	expect(await decodeQrElement(qr)).toBe(url);
	const res = await fetch(url);
	expect(res.status).toBe(200);
	expect(Buffer.from(await res.arrayBuffer())).toEqual(await objectBytes(KEY));

	await expect(card(page).getByRole('timer')).toHaveText(/^残り (\d+分\d+秒|\d+時間)/);
	await expect(card(page).getByRole('timer')).toHaveAccessibleName('このリンクの残り時間');
	expect(await englishProseIn(card(page), NAMES)).toEqual([]);
	expect(await englishProseIn(form, NAMES)).toEqual([]);

	await card(page).getByRole('button', { name: '拡大表示' }).click();
	const large = page.getByRole('img', { name: '署名付きURLのQRコード（拡大表示）' });
	expect(await decodeQrElement(large)).toBe(url);
	await page.getByRole('dialog').getByRole('button', { name: '閉じる' }).click();
	await expect(large).toBeHidden();
});

test('a session token that expires first: the form warns in Japanese, the card says why, an upload card too', async ({
	page
}) => {
	const exp = Math.floor(Date.now() / 1000) + 2 * 3600;
	const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
	const token = `${part({ alg: 'HS512' })}.${part({ accessKey: 'TEMP', exp })}.signature`;
	await page.goto('/');
	// Signing needs no Connect: the form signs with what the connection fields hold.
	await page.getByLabel('エンドポイントURL').fill('https://s3.example.ac.jp');
	await page.getByLabel('アクセスキーID').fill(ACCESS_KEY);
	await page.getByLabel('シークレットアクセスキー').fill(SECRET_KEY);
	await page.getByLabel('セッショントークン').fill(token);
	const form = presignPanel(page);
	await form.getByLabel('バケット名').fill('my-bucket');
	await form.getByLabel('オブジェクトキー').fill('k.txt');
	await form.getByLabel('有効期間（秒）').fill('86400');
	await expect(form.getByRole('status')).toHaveText(
		/^このリンクは一時的なキーが失効する .+ に使えなくなります（指定より 2[12]時間(\d+分)? 早く失効します）。$/
	);
	expect(await englishProseIn(form, NAMES)).toEqual([]);

	await form.getByLabel('メソッド').selectOption({ label: 'アップロード（PUT）' });
	await form.getByRole('button', { name: 'リンクを作成', exact: true }).click();
	await expect(card(page).getByRole('heading', { level: 3 })).toHaveText(
		'my-bucket/k.txt のアップロード用リンク'
	);
	await expect(card(page).getByRole('timer')).toHaveText(/^残り (2時間00分|1時間59分)\d\d秒$/);
	await expect(card(page)).toContainText('署名に使ったセッショントークンの有効期限');
	await expect(
		card(page).getByRole('heading', { name: 'スマートフォンからアップロード' })
	).toBeVisible();
	expect(await englishProseIn(card(page), NAMES)).toEqual([]);
});
