import { createHash } from 'node:crypto';
import { test, expect, hydrated } from './fixtures';

const INJECTED = 'window.__pwned = 1;';
const INJECTED_HASH = `sha256-${createHash('sha256').update(INJECTED).digest('base64')}`;

const PAGES = ['/', '/en/safety/', '/efficacy/', '/present/'];

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0] !== '')
			.map(([name, ...values]) => [name!.toLowerCase(), values])
	);
}

for (const path of PAGES) {
	test(`${path}: the Content-Security-Policy blocks inline scripts, and the page still hydrates`, async ({
		page,
		problems
	}) => {
		const response = await page.goto(path);
		await hydrated(page);

		const meta = page.locator('meta[http-equiv="content-security-policy"]');
		await expect(meta).toHaveCount(1);
		const policy = (await meta.getAttribute('content'))!;
		const d = directives(policy);
		const scriptSrc = d.get('script-src')!;
		expect(scriptSrc).toContain("'self'");
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		expect(scriptSrc).not.toContain("'unsafe-eval'");
		// SvelteKit's own inline boot script is allowed by its hash only
		expect(scriptSrc.filter((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s))).toHaveLength(1);
		expect(d.get('default-src')).toEqual(["'self'"]);
		expect(d.get('object-src')).toEqual(["'none'"]);
		expect(d.get('base-uri')).toEqual(["'self'"]);
		// the meta tag precedes every script, so it governs all of them
		const order = await page.evaluate(() => {
			const all = Array.from(document.head.querySelectorAll('meta[http-equiv="content-security-policy"], script'));
			return all.map((el) => el.localName);
		});
		expect(order[0]).toBe('meta');
		// scripts/serve.mjs sends the same policy as a header, plus frame-ancestors (ignored in a meta tag)
		expect(response!.headers()['content-security-policy']).toBe(`${policy}; frame-ancestors 'none'`);

		const outcome = await page.evaluate(async (code) => {
			const w = window as unknown as { __pwned?: number };
			const violations: string[] = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				violations.push(`${e.effectiveDirective} ${e.blockedURI}`)
			);
			const s = document.createElement('script');
			s.textContent = code;
			document.body.append(s);
			// violation events are dispatched asynchronously
			await new Promise((r) => setTimeout(r, 200));
			return { pwned: w.__pwned ?? null, violations };
		}, INJECTED);
		expect(outcome.pwned).toBeNull();
		expect(outcome.violations.length).toBeGreaterThanOrEqual(1);
		expect(outcome.violations.every((v) => v === 'script-src-elem inline')).toBe(true);

		// the blocked script did not break the running app
		await expect(page.locator('html')).toHaveAttribute('data-hydrated');
		// the only console output is the browser's report of the blocked script (once per policy: meta and header)
		expect(problems.length).toBeGreaterThanOrEqual(1);
		for (const p of problems) {
			expect(p).toMatch(
				/^console\.error: .*inline script violates the following Content Security Policy directive '?"?script-src 'self' 'sha256-/
			);
			// Chromium names the hash that would have allowed the injected script: it is that script, nothing of the page's
			expect(p).toContain(INJECTED_HASH);
		}
	});
}

test('an inline event handler attribute does not run either', async ({ page }) => {
	await page.goto('/en/');
	await hydrated(page);
	const outcome = await page.evaluate(async () => {
		const violations: string[] = [];
		document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
		let errored = false;
		const img = document.createElement('img');
		img.addEventListener('error', () => (errored = true));
		img.setAttribute('onerror', 'window.__pwned = 2');
		img.src = 'data:,not-an-image';
		document.body.append(img);
		await new Promise((r) => setTimeout(r, 200));
		return { errored, pwned: (window as unknown as { __pwned?: number }).__pwned ?? null, violations };
	});
	// the error event did fire; only its inline handler was refused
	expect(outcome.errored).toBe(true);
	expect(outcome.pwned).toBeNull();
	expect(outcome.violations).toContain('script-src-attr');
});
