// The recipients' pages and the "Request files" panel in Japanese: a phone whose browser prefers
// Japanese gets the drop, upload, ticket and relay pages in Japanese, with sizes, progress and
// refusals of hostile links too. Links are made in the sender's tab switched to English, so the
// sender's forms (other parts of the app) are driven by their English labels.
import { Sha256 as JsSha256 } from '@aws-crypto/sha256-js';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { encodeKey } from '../../scripts/lib/s3-node.mjs';
import { dropPageUrl } from '../../src/lib/links/drop-link';
import { parseEndpoint } from '../../src/lib/s3/endpoint';
import { presignPost } from '../../src/lib/s3/post-policy';
import { presignUrl } from '../../src/lib/s3/presign';
import { ACCESS_KEY, APP_ORIGIN, BUCKET, ENDPOINT, REGION, SECRET_KEY } from './env';
import {
	connect,
	createLink,
	failOnPageProblems,
	openBucket,
	presignPanel,
	presignedUrl
} from './helpers';
import { englishProseIn } from './japanese';
import { s3 } from './s3';

test.use({ locale: 'ja-JP', serviceWorkers: 'block' });
failOnPageProblems();

const MB = 1024 * 1024;
const DAY = 86_400_000;
/** The recipient page's card: what a person reads there. */
const card = (page: Page) => page.locator('main section.card');
const noEnglish = async (part: Locator) => expect(await englishProseIn(part)).toEqual([]);

/** Opens the app in the sender's tab in English, connected (the language is per tab). */
async function senderInEnglish(page: Page) {
	await page.goto('/');
	await page.getByRole('button', { name: 'English' }).click();
	await connect(page);
}

async function objectText(key: string): Promise<string | null> {
	const res = await s3.signedFetch('GET', `/${BUCKET}/${encodeKey(key)}`);
	const text = await res.text();
	return res.status === 200 ? text : null;
}

test('Request files, the drop card and the drop page, in Japanese from end to end', async ({
	page,
	context
}) => {
	const folder = `ja-drop-${Date.now().toString(36)}/`;
	await senderInEnglish(page);
	await openBucket(page, BUCKET);
	await page.getByRole('button', { name: '日本語' }).click();
	const request = page.getByRole('region', { name: 'ファイルの受け取り' });
	await expect(request.getByLabel('受け取り用フォルダー')).toBeVisible();
	await noEnglish(request);

	// A size limit that is not a number is refused in Japanese.
	await request.getByLabel('受け取り用フォルダー').fill(folder);
	await request.getByLabel('最大ファイルサイズ（MB）').fill('大きい');
	await request.getByRole('button', { name: '受け取り用リンクを作成' }).click();
	await expect(
		request.getByText('最大ファイルサイズを MB で入力してください（例：100）。')
	).toBeVisible();
	await noEnglish(request);

	await request.getByLabel('最大ファイルサイズ（MB）').fill('1');
	await request.getByLabel('受け取り用リンクの有効期間（秒）').fill('3600');
	await request.getByRole('button', { name: '受け取り用リンクを作成' }).click();
	const link = request.getByLabel('受け取り用リンク', { exact: true });
	await expect(link).toHaveValue(/#\/drop\?d=/);
	const dropCard = request.getByRole('article');
	await expect(dropCard.getByRole('heading')).toContainText('へのファイル受け取り用リンク');
	await expect(
		dropCard.getByRole('timer', { name: 'この受け取り用リンクの残り時間' })
	).toBeVisible();
	await noEnglish(request);

	// The recipient's phone prefers Japanese too.
	const phone = await context.newPage();
	await phone.goto(await link.inputValue());
	await expect(phone.getByRole('heading', { name: 'ファイルの送信' })).toBeVisible();
	const destination = phone.getByRole('definition').filter({ hasText: 'MiB' });
	await expect(destination).toHaveText('1 MiB（1,048,576 バイト）');
	await noEnglish(card(phone));

	await phone.getByLabel('ファイルを選択').setInputFiles([
		{ name: 'memo.txt', mimeType: 'text/plain', buffer: Buffer.from('こんにちは') },
		{ name: 'large.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(2 * MB) }
	]);
	const files = phone.getByRole('list', { name: '送信するファイル' });
	const large = files.getByRole('listitem', { name: 'large.bin' });
	await expect(large.getByRole('status')).toHaveText('未送信');
	await expect(large).toContainText(
		'未送信：2 MiB（2,097,152 バイト）あり、この受け取り用リンクの上限 1 MiB を超えています。'
	);
	await noEnglish(card(phone));

	await phone.getByRole('button', { name: 'ファイルをアップロード' }).click();
	const memo = files.getByRole('listitem', { name: 'memo.txt' });
	await expect(memo.getByRole('status')).toHaveText('アップロード済み');
	await expect(large.getByRole('status')).toHaveText('未送信');
	await noEnglish(card(phone));
	expect(await objectText(`${folder}memo.txt`)).toBe('こんにちは');
	expect(await objectText(`${folder}large.bin`)).toBeNull();
	await phone.close();
});

test('a drop link cut short by temporary keys says so in Japanese, before and on its card', async ({
	page
}) => {
	const keysEnd = new Date(Math.floor(Date.now() / 1000) * 1000 + 2 * 3600_000);
	await page.goto('/');
	await page.getByRole('button', { name: 'English' }).click();
	const exported = {
		Version: 1,
		AccessKeyId: ACCESS_KEY,
		SecretAccessKey: SECRET_KEY,
		Expiration: keysEnd.toISOString().replace('.000Z', '+00:00')
	};
	await page.getByLabel('Import settings').fill(JSON.stringify(exported));
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByLabel('Access key ID', { exact: true })).toHaveValue(ACCESS_KEY);
	await connect(page, { accessKey: ACCESS_KEY, secret: SECRET_KEY });
	await openBucket(page, BUCKET);
	await page.getByRole('button', { name: '日本語' }).click();
	const request = page.getByRole('region', { name: 'ファイルの受け取り' });
	await request.getByLabel('受け取り用フォルダー').fill(`ja-keys-${Date.now().toString(36)}/`);
	await request.getByLabel('受け取り用リンクの有効期間（秒）').fill('604800');
	await expect(request.getByRole('status')).toHaveText(
		/^この受け取り用リンクは、一時的なキーの有効期限が切れる .+ に使えなくなります（指定より 6日2[12]時間 早く失効します）。$/
	);
	await noEnglish(request);
	await request.getByRole('button', { name: '受け取り用リンクを作成' }).click();
	await expect(request.getByRole('article')).toContainText(
		'署名に使った一時的なキーの有効期限（インポートした Expiration）で失効します。'
	);
	await noEnglish(request);
});

test('the phone upload page: destination, progress and result in Japanese', async ({ page }) => {
	const key = `ja-upload-${Date.now().toString(36)}.txt`;
	const signed = await presignUrl({
		signer: 'v4',
		method: 'PUT',
		endpoint: parseEndpoint(ENDPOINT),
		region: REGION,
		addressing: 'path',
		bucket: BUCKET,
		key,
		credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY },
		expiresIn: 3600,
		now: new Date(),
		sha256: JsSha256
	});
	await page.goto(`/#/upload?put=${Buffer.from(signed.url).toString('base64url')}`);
	await expect(page.getByRole('heading', { name: 'ファイルのアップロード' })).toBeVisible();
	await expect(page.getByRole('timer', { name: 'アップロードの残り時間' })).toBeVisible();
	await noEnglish(card(page));

	await page.getByLabel('アップロードするファイルを選択').setInputFiles({
		name: 'note.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('phone upload')
	});
	await expect(card(page)).toContainText('note.txt をアップロードしました（12 バイト）。');
	await expect(card(page)).toContainText('12 / 12 バイト（100%）');
	await noEnglish(card(page));
	expect(await objectText(key)).toBe('phone upload');
});

test('the ticket page sends a small file in parts, saying so in Japanese', async ({
	page,
	browser
}) => {
	const key = `ja-ticket-${Date.now().toString(36)}.bin`;
	await senderInEnglish(page);
	const form = presignPanel(page);
	await form.getByLabel('Bucket name').fill(BUCKET);
	await form.getByLabel('Object key').fill(key);
	await form.getByLabel('Method').selectOption('Large upload (multipart)');
	await form.getByLabel('Largest file (GB)').fill('0.01');
	await form.getByLabel('Expires in (seconds)').fill('3600');
	await form.getByRole('button', { name: 'Create link', exact: true }).click();
	await expect.poll(() => presignedUrl(page)).toContain('#/ticket?m=');
	const ticketUrl = await presignedUrl(page);

	const them = await browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
	const phone = await them.newPage();
	await phone.goto(ticketUrl);
	await expect(phone.getByRole('heading', { name: '大きなファイルの送信' })).toBeVisible();
	await expect(phone.getByLabel('ファイルを選択')).toBeVisible();
	await noEnglish(card(phone));

	const bytes = Buffer.alloc(3 * MB, 7);
	await phone.getByLabel('ファイルを選択').setInputFiles({
		name: 'part.bin',
		mimeType: 'application/octet-stream',
		buffer: bytes
	});
	await phone.getByRole('button', { name: 'ファイルをアップロード' }).click();
	await expect(card(phone)).toContainText('アップロード完了：part.bin、3,145,728 バイト。');
	await noEnglish(card(phone));
	const res = await s3.signedFetch('GET', `/${BUCKET}/${encodeKey(key)}`);
	expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
	await them.close();
});

test('the relay page, open and expired, in Japanese', async ({ page, context }) => {
	const day0 = Math.floor(Date.now() / 1000) * 1000;
	await page.clock.setFixedTime(day0);
	await senderInEnglish(page);
	const relayUrl = await createLink(page, {
		key: `ja-relay-${day0}.txt`,
		method: 'PUT',
		expiresIn: 8 * 86400,
		signer: 'SigV4 relay (longer than 7 days)'
	});

	// Open: the page goes on to the upload page, in Japanese as well.
	const open = await context.newPage();
	await open.clock.setFixedTime(day0 + DAY);
	await open.goto(relayUrl);
	await expect(open.getByRole('heading', { name: 'ファイルのアップロード' })).toBeVisible();
	await noEnglish(card(open));
	await open.close();

	const late = await context.newPage();
	await late.clock.setFixedTime(day0 + 9 * DAY);
	await late.goto(relayUrl);
	await expect(late.getByRole('heading', { name: '共有リンク' })).toBeVisible();
	await expect(late.getByTestId('relay-state')).toContainText('に有効期限が切れました');
	await expect(late.getByRole('timer', { name: 'このリンクの残り時間' })).toBeVisible();
	await noEnglish(late.locator('main'));
	await late.close();
});

test.describe('hostile links are refused in Japanese', () => {
	test('an upload link to the app’s own server', async ({ page }) => {
		const own = await presignUrl({
			signer: 'v4',
			method: 'PUT',
			endpoint: parseEndpoint(APP_ORIGIN),
			region: REGION,
			addressing: 'path',
			bucket: BUCKET,
			key: 'trap.bin',
			credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY },
			expiresIn: 3600,
			now: new Date(),
			sha256: JsSha256
		});
		await page.goto(`/#/upload?put=${Buffer.from(own.url).toString('base64url')}`);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('このページ自体の配信元');
		await expect(alert).toContainText('アップロードは行われていません。');
		await expect(page.getByLabel('アップロードするファイルを選択')).toHaveCount(0);
		await noEnglish(card(page));
	});

	test('a drop link to the app’s own server', async ({ page }) => {
		const post = await presignPost({
			signer: 'v4',
			endpoint: parseEndpoint(APP_ORIGIN),
			region: REGION,
			addressing: 'path',
			bucket: BUCKET,
			prefix: 'trap/',
			maxBytes: MB,
			credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY },
			expiresIn: 3600,
			now: new Date()
		});
		await page.goto(dropPageUrl(`${APP_ORIGIN}/`, { url: post.url, fields: post.fields }));
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('このページ自体の配信元');
		await expect(page.getByLabel('ファイルを選択')).toHaveCount(0);
		await noEnglish(card(page));
	});

	test('a ticket link whose manifest sits on the app’s own server', async ({ page }) => {
		const own = `${APP_ORIGIN}/${BUCKET}/.presign-tickets/x.json?X-Amz-Algorithm=AWS4-HMAC-SHA256`;
		await page.goto(`/#/ticket?m=${Buffer.from(own).toString('base64url')}`);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('このチケットのリンクは、ストレージサーバーではなく');
		await expect(page.getByLabel('ファイルを選択')).toHaveCount(0);
		await noEnglish(card(page));
	});

	test('a damaged relay link', async ({ page }) => {
		await page.goto('/#/go?r=bm90LWEtcmVsYXktbGluaw');
		await expect(page.getByRole('alert')).toContainText('このリレーリンクは壊れています。');
		await noEnglish(page.locator('main'));
	});
});
