// Shared e2e helpers: every test fails on an uncaught page error or a CSP violation.
import { expect, type Page } from '@playwright/test';

export interface PageProblems {
	pageErrors: string[];
	/** CSP violations reported by the page itself. */
	cspViolations: () => Promise<string[]>;
	/** Asserts that neither kind of problem happened so far. */
	expectNone: () => Promise<void>;
}

/** Starts collecting uncaught errors and CSP violations; call before the first navigation. */
export async function watchPage(page: Page): Promise<PageProblems> {
	const pageErrors: string[] = [];
	page.on('pageerror', (error) => pageErrors.push(String(error)));
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(`${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	const cspViolations = () =>
		page.evaluate(
			() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []
		);
	return {
		pageErrors,
		cspViolations,
		expectNone: async () => {
			expect(pageErrors, 'uncaught page errors').toEqual([]);
			expect(await cspViolations(), 'CSP violations').toEqual([]);
		}
	};
}
