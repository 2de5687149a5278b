// The foundation: the built app loads from / and from a sub-path (as when hosted inside a bucket)
// with its CSP intact, and loads nothing from any other origin.
import { expect, test } from '@playwright/test';
import { APP_ORIGIN, SUB_PATH } from './env';
import { watchPage } from './helpers';

for (const path of ['/', SUB_PATH, `${SUB_PATH}index.html`]) {
	test(`app loads at ${path} with zero CSP violations and page errors`, async ({ page }) => {
		const problems = await watchPage(page);
		const requestOrigins = new Set<string>();
		page.on('request', (request) => requestOrigins.add(new URL(request.url()).origin));

		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { name: 'Connect' })).toBeVisible();
		await page.waitForLoadState('networkidle');

		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).toContain("object-src 'none'");
		expect(csp).toContain("base-uri 'none'");
		expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
		expect(csp).not.toContain('unsafe-eval');

		expect([...requestOrigins]).toEqual([APP_ORIGIN]);
		await problems.expectNone();
	});
}
