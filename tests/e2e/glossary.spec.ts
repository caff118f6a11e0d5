import { test, expect, axeViolations, hydrated } from './fixtures';
import { GLOSSARY } from '../../src/lib/site/glossary';

test('the glossary lists every term with its anchor, in Japanese with the English name marked beside it', async ({
	page,
	problems
}) => {
	await page.goto('/glossary/');
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('統計用語集');
	await expect(page.locator('dl.glossary > div.entry')).toHaveCount(GLOSSARY.length);
	const cp = page.locator('#clopper-pearson');
	await expect(cp.locator('dfn')).toHaveText('Clopper–Pearson 法');
	await expect(cp.locator('dt [lang="en"]')).toHaveText('Clopper–Pearson exact interval');
	await expect(cp.locator('cite[lang="en"]')).toContainText('Biometrika 1934');
	await expect(page.locator('#censoring dd').first()).toContainText('打ち切られた患者');
	// the site's own terms name the file that defines them
	await expect(page.locator('#table-mode .source code')).toHaveText('src/lib/stats/survival/reconstruct/tableMode.ts');
	await expect(
		page.getByRole('navigation', { name: 'メインナビゲーション' }).getByRole('link', { name: '用語集' })
	).toHaveAttribute('aria-current', 'page');
	expect(problems).toEqual([]);
});

test('the English glossary defines in English and marks the Japanese name', async ({ page, problems }) => {
	await page.goto('/en/glossary/');
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary of statistical terms');
	await expect(page.locator('#stratified-hazard-ratio dfn')).toHaveText(
		'Stratified hazard ratio (stratified Cox model)'
	);
	await expect(page.locator('#stratified-hazard-ratio dt [lang="ja"]')).toHaveText('層別ハザード比（層別 Cox モデル）');
	await expect(page.locator('#brookmeyer-crowley .formula')).toContainText('{t : L(t) ≤ ½ ≤ U(t)}');
	// the citation is in the page's language: no lang of its own
	await expect(page.locator('#wilson cite')).not.toHaveAttribute('lang', /.+/);
	expect(problems).toEqual([]);
});

test("a term on the survival page leads to its entry, in the page's language", async ({ page, problems }) => {
	await page.goto('/survival/');
	await hydrated(page);
	await page.getByRole('link', { name: 'Brookmeyer–Crowley 法' }).click();
	await expect(page).toHaveURL(/\/glossary\/#brookmeyer-crowley$/);
	await expect(page.locator('#brookmeyer-crowley')).toBeInViewport();
	await expect(page.locator('.entry:target')).toHaveAttribute('id', 'brookmeyer-crowley');
	expect(problems).toEqual([]);
});

test('the efficacy table links each reproducing method and status to its entry on the English glossary', async ({
	page,
	problems
}) => {
	await page.goto('/en/efficacy/');
	await hydrated(page);
	const cohort = page
		.locator('table.orr-table tbody tr')
		.filter({ hasText: 'Table 2' })
		.filter({ hasText: 'Foreign cohort, 150×10⁶ CAR+ T cells' })
		.first();
	await expect(cohort.getByRole('link', { name: 'Clopper–Pearson' }).first()).toHaveAttribute(
		'href',
		'/en/glossary/#clopper-pearson'
	);
	await expect(cohort.getByRole('link', { name: 'reproduced' })).toHaveAttribute('href', '/en/glossary/#reproduced');
	await page.locator('table.orr-table .flag[data-flag="unreliable-method"]').first().click();
	await expect(page).toHaveURL(/\/en\/glossary\/#unreliable-method$/);
	await expect(page.locator('#unreliable-method')).toBeInViewport();
	expect(problems).toEqual([]);
});

test('the glossary fits a phone: long formulas wrap instead of pushing the page sideways', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto('/glossary/');
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
});

for (const path of ['/glossary/', '/en/glossary/']) {
	test(`axe finds no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		expect(await axeViolations(page)).toEqual([]);
	});
}
