// Links that open later ("Valid from") and relay links longer than 7 days, against the real RGW
// with the page's clock under test control. RGW 16.2 ignores start times, so every window the
// #/go page picks can be fetched at once: what is checked is which window it picks and when it
// sends nothing at all.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { APP_ORIGIN, BUCKET, ENDPOINT } from './env';
import { connect, createLink, failOnPageProblems, presignPanel } from './helpers';
import { decodeQrElement } from './qr';
import { s3 } from './s3';

const DAY = 86_400_000;
const RELAY = 'SigV4 relay (longer than 7 days)';
const KEY = 'README.txt';

failOnPageProblems();

/** `20260301T093000Z` → milliseconds. */
function amzDateMs(text: string): number {
	const m = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(text);
	expect(m, `X-Amz-Date ${text}`).not.toBeNull();
	const [, y, mo, d, h, mi, s] = (m as RegExpExecArray).map(Number);
	return Date.UTC(y, mo - 1, d, h, mi, s);
}

async function objectBytes(key: string): Promise<Buffer> {
	const res = await s3.signedFetch('GET', `/${BUCKET}/${key}`);
	expect(res.status).toBe(200);
	return Buffer.from(await res.arrayBuffer());
}

/** Every request a page sends to the storage server. */
function storageRequests(page: Page): string[] {
	const sent: string[] = [];
	page.on('request', (r) => {
		if (r.url().startsWith(ENDPOINT)) sent.push(r.url());
	});
	return sent;
}

/** Opens `relayUrl` in a new tab (no keys in it) whose clock reads `nowMs`. */
async function openRelay(context: BrowserContext, relayUrl: string, nowMs: number) {
	const tab = await context.newPage();
	await tab.clock.setFixedTime(nowMs);
	const sent = storageRequests(tab);
	return { tab, sent };
}

test('a 30-day relay link: the #/go page picks a window that covers day 0, 10 and 29, and nothing after day 30', async ({
	page,
	context
}) => {
	// Whole seconds: signing floors the time to the second.
	const day0 = Math.floor(Date.now() / 1000) * 1000;
	await page.clock.setFixedTime(day0);
	await page.goto('/');
	await connect(page);
	const relayUrl = await createLink(page, {
		key: KEY,
		expiresIn: 30 * 86400,
		signer: RELAY
	});
	expect(relayUrl.startsWith(`${APP_ORIGIN}/#/go?r=`)).toBe(true);
	const card = page.getByRole('article');
	await expect(card.getByRole('timer')).toHaveText(/^Expires in 30 d 00 h 00 min 00 s$/);
	await expect(card).toContainText('SigV4 relay of 5 links');
	// The QR carries the relay address itself.
	const qr = card.getByRole('img', { name: 'QR code for the presigned URL', exact: true });
	expect(await decodeQrElement(qr)).toBe(relayUrl);
	// Keys stay in the tab that signed: the relay address carries none.
	expect(relayUrl).not.toContain('testsecret');

	const bytes = await objectBytes(KEY);
	for (const day of [0, 10, 29]) {
		const now = day0 + day * DAY;
		const { tab, sent } = await openRelay(context, relayUrl, now);
		const answered = tab.waitForResponse((r) => r.url().startsWith(ENDPOINT));
		await tab.goto(relayUrl);
		const response = await answered;
		const q = new URL(response.url()).searchParams;
		const from = amzDateMs(q.get('X-Amz-Date') ?? '');
		const lasts = Number(q.get('X-Amz-Expires')) * 1000;
		expect(from, `day ${day}: dated no later than now`).toBeLessThanOrEqual(now);
		expect(now, `day ${day}: still inside the window`).toBeLessThan(from + lasts);
		expect(lasts).toBeLessThanOrEqual(7 * DAY);
		// The window with the most time left: day 10 uses the one dated day 6, day 29 the last one.
		expect(from).toBe(day0 + { 0: 0, 10: 6, 29: 24 }[day]! * DAY);
		expect(response.status()).toBe(200);
		expect(await response.body()).toEqual(bytes);
		expect(sent).toHaveLength(1);
		await tab.close();
	}

	const { tab, sent } = await openRelay(context, relayUrl, day0 + 31 * DAY);
	await tab.goto(relayUrl);
	await expect(tab.getByTestId('relay-state')).toContainText('expired');
	await expect(tab.getByRole('timer', { name: 'Time left on this link' })).toHaveText('Expired');
	await expect(tab.getByText(`${BUCKET}`, { exact: true })).toBeVisible();
	expect(sent).toEqual([]);
	await tab.close();

	// Inspect lists the windows of the relay address.
	await page.getByLabel('Paste a presigned URL').fill(relayUrl);
	await page.getByRole('button', { name: 'Inspect' }).click();
	await expect(page.getByRole('list', { name: 'Relay windows' }).getByRole('listitem')).toHaveCount(
		5
	);
	await expect(page.getByText('SigV4 relay of 5 links (region us-east-1)')).toBeVisible();
});

test('an upload relay link opens the phone upload view with the window for the day', async ({
	page,
	context
}) => {
	const day0 = Math.floor(Date.now() / 1000) * 1000;
	await page.clock.setFixedTime(day0);
	await page.goto('/');
	await connect(page);
	const key = `relay-upload-${day0}.txt`;
	const relayUrl = await createLink(page, {
		key,
		method: 'PUT',
		expiresIn: 8 * 86400,
		signer: RELAY
	});
	const { tab, sent } = await openRelay(context, relayUrl, day0 + 7 * DAY);
	await tab.goto(relayUrl);
	await expect(tab.getByRole('heading', { name: 'Upload a file' })).toBeVisible();
	const put = new URLSearchParams(new URL(tab.url()).hash.split('?')[1]).get('put') ?? '';
	const windowUrl = new URL(Buffer.from(put, 'base64url').toString());
	expect(amzDateMs(windowUrl.searchParams.get('X-Amz-Date') ?? '')).toBe(day0 + 6 * DAY);
	expect(windowUrl.pathname).toBe(`/${BUCKET}/${key}`);
	expect(sent).toEqual([]);
	await tab.close();
});

test('a link valid from in 2 hours carries that X-Amz-Date, shows "Opens in", and the form says RGW ignores start times', async ({
	page
}) => {
	const now = Math.floor(Date.now() / 60_000) * 60_000;
	await page.clock.setFixedTime(now);
	await page.goto('/');
	await connect(page);
	// datetime-local takes local time: let the page write it in its own zone.
	const later = await page.evaluate(
		(ms) => {
			const d = new Date(ms);
			const p = (n: number) => String(n).padStart(2, '0');
			return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
		},
		now + 2 * 3600_000
	);
	const form = presignPanel(page);
	await form.getByLabel('Bucket name').fill(BUCKET);
	await form.getByLabel('Valid from').fill(later);
	await expect(form.getByTestId('start-times')).toHaveText(
		/This server ignores start times: the link will work at once/
	);

	const url = await createLink(page, { key: KEY, expiresIn: 3600, validFrom: later });
	const q = new URL(url).searchParams;
	expect(amzDateMs(q.get('X-Amz-Date') ?? '')).toBe(now + 2 * 3600_000);
	expect(q.get('X-Amz-Expires')).toBe('3600');
	await expect(page.getByRole('article').getByRole('timer')).toHaveText(
		/^Opens in 2 h 00 min 00 s$/
	);
	await expect(
		page
			.getByRole('region', { name: 'Link history' })
			.getByRole('timer', { name: `Time left on ${KEY}` })
	).toHaveText(/^Opens in 2 h/);
	// As the form said: this server lets it through before its start.
	expect((await fetch(url)).status).toBe(200);
});

test('SigV2 refuses a start time, and a crafted #/go address sends nothing', async ({
	page,
	context
}) => {
	await page.goto('/');
	await connect(page);
	const form = presignPanel(page);
	await form.getByLabel('Bucket name').fill(BUCKET);
	await form.getByLabel('Object key').fill(KEY);
	await form.getByLabel('Valid from').fill('2030-01-01T10:00');
	await form.getByLabel('Signature version').selectOption('SigV2 (legacy)');
	const refusal = form.getByText(/SigV2 links have no start time/);
	await expect(refusal).toBeVisible();
	await form.getByRole('button', { name: 'Create link', exact: true }).click();
	await expect(refusal).toBeVisible();
	await expect(page.getByLabel('Presigned URL', { exact: true })).toHaveCount(0);
	// What was typed stays.
	await expect(form.getByLabel('Valid from')).toHaveValue('2030-01-01T10:00');

	const tab = await context.newPage();
	const sent = storageRequests(tab);
	await tab.goto(`${APP_ORIGIN}/#/go?r=bm90LWEtcmVsYXktbGluaw`);
	await expect(tab.getByRole('alert')).toContainText('This relay link is damaged');
	expect(sent).toEqual([]);
	await tab.close();
});
