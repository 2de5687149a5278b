// "Forget credentials when idle": with the page's clock under test control, credentials saved in
// this tab are wiped after the chosen minutes without input, and the page says why.
import { expect, test } from '@playwright/test';
import { ACCESS_KEY, ENDPOINT, SECRET_KEY } from './env';
import { watchPage } from './helpers';

test('credentials are forgotten after the chosen idle time, and the page says why', async ({
	page
}) => {
	const problems = await watchPage(page);
	await page.clock.install();
	// Credentials as the connect form saves them (the form itself is tested elsewhere).
	await page.addInitScript(
		({ endpointUrl, accessKeyId, secretAccessKey }) => {
			if (sessionStorage.getItem('s3presign.seeded')) return;
			sessionStorage.setItem('s3presign.seeded', '1');
			sessionStorage.setItem(
				's3presign.connection',
				JSON.stringify({
					endpointUrl,
					region: 'us-east-1',
					accessKeyId,
					secretAccessKey,
					sessionToken: '',
					pathStyle: null
				})
			);
		},
		{ endpointUrl: ENDPOINT, accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY }
	);
	await page.goto('/');
	const setting = page.getByLabel('Forget credentials when idle');
	await expect(setting).toHaveValue('0'); // off by default
	await setting.selectOption('5');

	// Activity keeps them: 4 minutes, a key press, 4 more minutes.
	await page.clock.fastForward('04:00');
	await page.keyboard.press('Shift');
	await page.clock.fastForward('04:00');
	const stored = () => page.evaluate(() => sessionStorage.getItem('s3presign.connection'));
	expect(await stored()).toContain(SECRET_KEY);

	await page.clock.fastForward('01:01');
	await expect(page.getByRole('alert')).toContainText(
		'Credentials forgotten after 5 minutes without activity'
	);
	expect(await stored()).toBeNull();
	// The choice itself survives a reload of the tab.
	await page.reload();
	await expect(page.getByLabel('Forget credentials when idle')).toHaveValue('5');
	await problems.expectNone();
});
