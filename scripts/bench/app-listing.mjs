// The app itself, in Chromium, with a whole large prefix loaded: how long a person waits for
// Load all, and for the list to answer a scroll to the end, a filter and a sort. Uses the built
// app and the same form a person types into; seed-large names keys obj-000001.txt and so on.

/** Milliseconds from the start of `action` until `condition` resolves. */
async function timeUntil(action, condition) {
	const t0 = performance.now();
	await action();
	await condition();
	return performance.now() - t0;
}

/**
 * Opens the built app at `appUrl`, connects with `conn`, opens `conn.bucket`/`prefix`, loads
 * all `count` objects and times the list's answers (ms), with the rows left in the DOM.
 */
export async function measureAppListing(browser, { appUrl, conn, prefix, count }) {
	const page = await browser.newPage();
	const lastName = `obj-${String(count).padStart(Math.max(6, String(count).length), '0')}.txt`;
	const patient = { timeout: 10 * 60_000 };
	try {
		await page.goto(appUrl);
		await page.getByLabel('Endpoint URL').fill(conn.endpoint);
		await page.getByLabel('Access key ID').fill(conn.accessKeyId);
		await page.getByLabel('Secret access key').fill(conn.secretAccessKey);
		await page.getByRole('button', { name: 'Connect', exact: true }).click();
		await page.getByLabel('Bucket', { exact: true }).fill(conn.bucket);
		await page.getByRole('button', { name: 'Open bucket' }).click();
		const list = page.getByRole('list', { name: 'Folders and objects' });
		await list.getByRole('button', { name: prefix, exact: true }).click();
		const status = page.getByRole('status').filter({ hasText: 'loaded' });
		await status.filter({ hasText: 'more on the server' }).waitFor(patient);
		const loaded = `${count.toLocaleString('en-US')} objects loaded`;
		const loadAllMs = await timeUntil(
			() => page.getByRole('button', { name: 'Load all' }).click(),
			() => status.getByText(loaded, { exact: true }).waitFor(patient)
		);
		const rows = list.getByRole('listitem');
		const lastRow = rows.getByText(lastName, { exact: true });
		const scrollMs = await timeUntil(
			() => list.evaluate((el) => el.parentElement.scrollTo(0, el.scrollHeight)),
			() => lastRow.waitFor(patient)
		);
		const filterMs = await timeUntil(
			() => page.getByLabel('Filter').fill(lastName),
			async () => {
				await rows.first().getByText(lastName, { exact: true }).waitFor(patient);
				await rows.nth(1).waitFor({ state: 'detached', ...patient });
			}
		);
		await page.getByLabel('Filter').fill('');
		await list.evaluate((el) => el.parentElement.scrollTo(0, 0));
		const sortMs = await timeUntil(
			() => page.getByLabel('Sort').selectOption('name-desc'),
			() => rows.first().getByText(lastName, { exact: true }).waitFor(patient)
		);
		return { loadAllMs, scrollMs, filterMs, sortMs, domRows: await rows.count() };
	} finally {
		await page.close();
	}
}
