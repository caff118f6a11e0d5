import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** A page that fails the test on any console error, page error or failed request. */
export const test = base.extend<{ problems: string[] }>({
	problems: async ({ page }, use) => {
		const problems: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
		});
		page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
		page.on('requestfailed', (r) => {
			// a navigation cancels the old page's requests in flight (net::ERR_ABORTED): not a failure of the page
			const reason = r.failure()?.errorText ?? '';
			if (reason !== 'net::ERR_ABORTED') problems.push(`requestfailed: ${r.url()} ${reason}`);
		});
		page.on('response', (r) => {
			if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
		});
		await use(problems);
	}
});

/** Waits until the prerendered page has hydrated: its controls only respond once Svelte has attached them. */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Runs axe-core in the page and returns its violations as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
	// evaluated through the DevTools protocol: the pages' Content-Security-Policy refuses an injected inline <script>
	await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, { resultTypes: ['violations'] });
		return result.violations.map(
			(v: { id: string; help: string; nodes: { target: string[] }[] }) =>
				`${v.id}: ${v.help} (${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join(', ')})`
		);
	});
	return violations as string[];
}

export { expect };
