// Setting up a connection, browsing and what goes wrong, for a browser that prefers Japanese,
// against the real Ceph RGW: Import settings (picker and a line-numbered error), the summary,
// the Endpoint check, folders with breadcrumbs, filter and an empty one, a wrong secret, an
// endpoint where nothing listens, a skewed clock and the CORS doctor. Each panel, in each state
// reached, holds no English prose: keys, bucket names, code and server values aside.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	appCorsXml,
	corsXml,
	createBucket,
	putBucketCors,
	putObject
} from '../../scripts/lib/s3-node.mjs';
import { ACCESS_KEY, APP_ORIGIN, BUCKET, ENDPOINT, NO_CORS_BUCKET, SECRET_KEY } from './env';
import { failOnPageProblems } from './helpers';
import { englishProseIn } from './japanese';
import { s3 } from './s3';

failOnPageProblems();
test.use({ locale: 'ja-JP' });

const connectSection = (page: Page) => page.getByRole('region', { name: '接続', exact: true });
const browseSection = (page: Page) =>
	page.getByRole('region', { name: 'オブジェクト', exact: true });
const rows = (page: Page) => page.getByRole('list', { name: 'フォルダーとオブジェクト' });
const crumbs = (page: Page) => page.getByRole('navigation', { name: '現在の場所' });
const status = (page: Page) => browseSection(page).getByRole('status').first();

/** Asserts that `panel` shows no English prose, naming the state in a failure. */
async function expectJapanese(panel: Locator, state: string) {
	await expect(panel).toBeVisible();
	expect(await englishProseIn(panel), state).toEqual([]);
}

async function connect(page: Page, secret = SECRET_KEY, endpoint = ENDPOINT) {
	await page.goto('/');
	await page.getByLabel('エンドポイントURL').fill(endpoint);
	await page.getByLabel('アクセスキーID', { exact: true }).fill(ACCESS_KEY);
	await page.getByLabel('シークレットアクセスキー', { exact: true }).fill(secret);
	await page.getByRole('button', { name: '接続', exact: true }).click();
}

/** Connects to the RGW, which refuses ListBuckets to a browser: the picker asks for a name. */
async function connectAndWait(page: Page, secret = SECRET_KEY) {
	await connect(page, secret);
	await expect(
		page.getByText('このサーバーはブラウザーからのバケット一覧の取得を許可していません')
	).toBeVisible();
}

async function openBucket(page: Page, bucket: string) {
	await page.getByLabel('バケット', { exact: true }).fill(bucket);
	await page.getByRole('button', { name: 'バケットを開く' }).click();
}

// ~/.aws/credentials with two profiles; the broken copy has a line without "=".
const CREDENTIALS = `[default]
aws_access_key_id = AKIDDEFAULTEXAMPLE
aws_secret_access_key = defaultsecretexample
[rgw]
aws_access_key_id = ${ACCESS_KEY}
aws_secret_access_key = ${SECRET_KEY}
`;
const BROKEN = CREDENTIALS.replace('[rgw]\n', '[rgw]\nthis line has no equals sign\n');

test('Import settings: the line-numbered error, then the profile picker, in Japanese', async ({
	page
}) => {
	await page.goto('/');
	const section = connectSection(page);
	const field = page.getByLabel('設定のインポート');
	await field.fill(BROKEN);
	await page.getByRole('button', { name: 'インポート', exact: true }).click();
	await expect(
		section.getByText('5 行目：ここには [セクション] か「名前 = 値」形式の設定が必要です。')
	).toBeVisible();
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expectJapanese(section, 'import error');

	await field.fill(CREDENTIALS);
	await page.getByRole('button', { name: 'インポート', exact: true }).click();
	const report = section.getByRole('status').filter({ hasText: 'から入力しました' });
	// Sentences follow one another without the spaces English puts between them.
	await expect(report).toHaveText(
		'「default」（AWS CLI の設定）から入力しました：アクセスキーID、シークレットアクセスキー。' +
			'使用するには「接続」を押してください。'
	);
	await expectJapanese(section, 'imported');

	await page.getByLabel('プロファイル').selectOption('rgw');
	await expect(report).toContainText('「rgw」（AWS CLI の設定）から入力しました');
	await expect(page.getByLabel('アクセスキーID', { exact: true })).toHaveValue(ACCESS_KEY);
	await expectJapanese(section, 'profile chosen');

	await page.getByLabel('エンドポイントURL').fill(ENDPOINT);
	await page.getByRole('button', { name: '接続', exact: true }).click();
	await expect(section.getByText(`${ENDPOINT} に接続済み`)).toBeVisible();
});

test('connected: the summary, a refused bucket name and the Endpoint check, in Japanese', async ({
	page
}) => {
	await connectAndWait(page);
	const section = connectSection(page);
	await expect(section.getByText(`${ENDPOINT} に接続済み`)).toBeVisible();
	await expect(section.getByText(`アクセスキー ${ACCESS_KEY} · us-east-1`)).toBeVisible();
	await expect(section.getByRole('button', { name: '接続を変更' })).toBeVisible();
	await expectJapanese(section, 'connected');

	await openBucket(page, 'No_Such..Bucket');
	await expect(section.getByRole('alert')).toHaveText(
		'バケット名「No_Such..Bucket」は無効です。ドットを 2 つ続けることはできません。'
	);
	await expectJapanese(section, 'bad bucket name');

	await openBucket(page, BUCKET);
	const check = page.getByRole('list', { name: 'エンドポイントの確認' });
	await expect(check.getByText('SigV2：受け付けます', { exact: true })).toBeVisible();
	await expect(
		check.getByText(/^サーバーの時計：(一致しています|この端末より.+(進んで|遅れて)います)$/)
	).toBeVisible();
	for (const header of ['ETag', 'Date', 'Content-Range']) {
		await expect(
			check.getByText(`CORS ヘッダー ${header}：公開されています`, { exact: true })
		).toBeVisible();
	}
	await expect(check.getByText('PUT：このページから許可されています')).toBeVisible();
	await expect(check.getByText('POST：このページから許可されています')).toBeVisible();
	await expect(check.getByText('バージョニング：一度も有効にされていません')).toBeVisible();
	await expect(section.getByRole('navigation', { name: 'このタブで開いたバケット' })).toContainText(
		BUCKET
	);
	await expectJapanese(section, 'endpoint checked');
});

test('browsing: counts, sizes and dates, folders by breadcrumb, the filter, in Japanese', async ({
	page
}) => {
	await connectAndWait(page);
	await openBucket(page, BUCKET);
	// Other specs upload into the bucket's root before this one runs: the counts vary, the wording not.
	await expect(status(page)).toHaveText(/^オブジェクト \d+ 件、フォルダー \d+ 件を読み込み済み$/);
	const readme = rows(page).getByRole('listitem').filter({ hasText: 'README.txt' });
	await expect(readme.locator('.size')).toHaveText(/^\d+ B$/);
	// Japanese dates read year/month/day, then the time.
	await expect(readme.locator('time')).toHaveText(/^\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}$/);
	await expect(page.getByRole('button', { name: 'README.txt を共有' })).toBeVisible();
	await expectJapanese(browseSection(page), 'bucket root');

	await rows(page).getByRole('button', { name: 'docs/', exact: true }).click();
	await rows(page).getByRole('button', { name: 'reports/', exact: true }).click();
	await rows(page).getByRole('button', { name: '2026/', exact: true }).click();
	await expect(crumbs(page).getByText('2026')).toHaveAttribute('aria-current', 'page');
	await expect(rows(page).getByText('summary.txt')).toBeVisible();
	await expect(status(page)).toHaveText('オブジェクト 1 件を読み込み済み');
	await expectJapanese(browseSection(page), 'a folder three deep');

	await crumbs(page).getByRole('button', { name: 'docs' }).click();
	await expect(rows(page).getByRole('button', { name: 'reports/', exact: true })).toBeVisible();
	await expect(status(page)).toHaveText('オブジェクト 0 件、フォルダー 1 件を読み込み済み');

	await crumbs(page).getByRole('button', { name: BUCKET }).click();
	await page.getByLabel('フィルター').fill('READ');
	await expect(status(page)).toContainText('フィルターに一致：1 件');
	await page.getByLabel('フィルター').fill('nothing-like-this');
	await expect(
		browseSection(page).getByText('読み込んだ中にフィルターに一致するものはありません。')
	).toBeVisible();
	await expectJapanese(browseSection(page), 'filter matching nothing');
	await page.getByLabel('並べ替え').selectOption('更新日時（新しい順）');
	await expect(page.getByLabel('並べ替え')).toHaveValue('date-desc');
});

test('an empty folder says so in Japanese', async ({ page }) => {
	const bucket = `ja-empty-${Date.now().toString(36)}`;
	await createBucket(s3, bucket);
	await putBucketCors(s3, bucket, appCorsXml([APP_ORIGIN]));
	// A console-made folder: a zero-byte object named like the prefix, and nothing under it.
	await putObject(s3, bucket, 'empty/', '');
	await connectAndWait(page);
	await openBucket(page, bucket);
	await rows(page).getByRole('button', { name: 'empty/', exact: true }).click();
	await expect(browseSection(page).getByText('このフォルダーは空です。')).toBeVisible();
	await expect(status(page)).toHaveText('オブジェクト 0 件を読み込み済み');
	await expectJapanese(browseSection(page), 'empty folder');
});

test('a wrong secret: the error box in Japanese', async ({ page }) => {
	await connectAndWait(page, 'not-the-secret-at-all');
	await openBucket(page, BUCKET);
	const alert = browseSection(page).getByRole('alert');
	await expect(alert).toContainText('シークレットが誤っているか、アクセスキーが不明です');
	await expect(alert).toContainText('両方のキーを確認してください。');
	await expect(alert.getByRole('button', { name: '再試行' })).toBeVisible();
	await expectJapanese(browseSection(page), 'wrong secret');
});

test('an endpoint where nothing listens: the Connect error in Japanese', async ({ page }) => {
	await connect(page, SECRET_KEY, 'http://127.0.0.1:9');
	const alert = connectSection(page).getByRole('alert');
	await expect(alert).toContainText('エンドポイントに接続できません');
	await expect(alert).toContainText('http://127.0.0.1:9 から応答がありません。');
	await expectJapanese(connectSection(page), 'unreachable endpoint');
});

test('a clock 20 minutes behind: the offset in Japanese units, and signing by server time', async ({
	page
}) => {
	await page.clock.setFixedTime(Date.now() - 20 * 60_000);
	await connectAndWait(page);
	await openBucket(page, BUCKET);
	const alert = browseSection(page).getByRole('alert');
	await expect(alert).toContainText('この端末の時計がずれています');
	// The Date header has whole seconds, so the measure may come out a second short.
	await expect(alert).toContainText(
		/サーバーの時計はこの端末より(19分5\d秒|20分(\d+秒)?)進んでいます/
	);
	await expectJapanese(browseSection(page), 'clock refused');

	await alert.getByRole('button', { name: 'サーバーの時刻で署名' }).click();
	await expect(rows(page).getByText('README.txt')).toBeVisible();
	await expect(
		connectSection(page).getByText(/^サーバーの時刻で署名しています（この端末より/)
	).toBeVisible();
	await expect(
		connectSection(page).getByRole('button', { name: 'この端末の時計を使う' })
	).toBeVisible();
	await expectJapanese(connectSection(page), 'signing by server time');
});

test('a bucket without CORS: the error and the CORS doctor in Japanese', async ({ page }) => {
	await connectAndWait(page);
	await openBucket(page, NO_CORS_BUCKET);
	const section = browseSection(page);
	await expect(section.getByRole('alert')).toContainText(
		'ブラウザーが応答をブロックしました（CORS）'
	);
	await expect(section.getByRole('alert')).toContainText(`バケット「${NO_CORS_BUCKET}」`);
	const doctor = page.getByRole('region', { name: 'CORS 診断' });
	await expect(doctor).toContainText(`オリジン ${APP_ORIGIN} を許可している場合だけです。`);
	await expect(doctor).toContainText('cors.json として保存し、次のコマンドを実行します：');
	await expect(doctor.getByLabel('cors.xml', { exact: true })).toContainText(
		`<AllowedOrigin>${APP_ORIGIN}</AllowedOrigin>`
	);
	await expect(doctor).toContainText(`s3cmd setcors cors.xml s3://${NO_CORS_BUCKET}`);
	await expectJapanese(section, 'CORS doctor');
	const check = page.getByRole('list', { name: 'エンドポイントの確認' });
	for (const line of ['SigV2：不明', 'サーバーの時計：不明', 'PUT：不明', 'バージョニング：不明']) {
		await expect(check.getByText(line, { exact: true })).toBeVisible();
	}
	await expectJapanese(connectSection(page), 'Endpoint check of a bucket without CORS');
});

test('a CORS rule without ETag: the Endpoint check says what that breaks, in Japanese', async ({
	page
}) => {
	const bucket = `ja-noetag-${Date.now().toString(36)}`;
	await createBucket(s3, bucket);
	await putObject(s3, bucket, 'file.txt', 'an object to read headers from\n');
	await putBucketCors(
		s3,
		bucket,
		corsXml({ origins: [APP_ORIGIN], methods: ['GET', 'HEAD', 'PUT'], exposeHeaders: ['Date'] })
	);
	await connectAndWait(page);
	await openBucket(page, bucket);
	const check = page.getByRole('list', { name: 'エンドポイントの確認' });
	await expect(check.getByText('CORS ヘッダー ETag：公開されていません')).toBeVisible();
	await expect(check.getByText('POST：このページからは許可されていません')).toBeVisible();
	await expect(
		connectSection(page).getByText('バケットの CORS ルールが ETag を公開していないため')
	).toBeVisible();
	await expectJapanese(connectSection(page), 'rule without ETag');
});
