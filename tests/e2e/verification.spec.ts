import { test, expect, axeViolations, hydrated } from './fixtures';

test('the verification report filters, sorts and explains, in English', async ({ page, problems }) => {
	await page.goto('/en/verification/');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verification report');
	await page.getByRole('button', { name: /mismatch/ }).click();
	const rows = page.locator('table.checks tbody tr');
	await expect(rows).toHaveCount(3);
	await expect(rows.filter({ hasText: '164/222 = 73.8739% rounds to 73.9, not the printed 74.0' })).toHaveCount(1);
	await expect(rows.filter({ hasText: 'denominator of 219, 220, 221, 222' })).toHaveCount(1);
	await expect(rows.filter({ hasText: 'while 1/47 would be 2.1%' })).toHaveCount(1);

	// the method inference of Table 2's 150×10⁶ cohort
	await page.getByLabel('Status').selectOption('all');
	await page.getByLabel('Kind').selectOption('proportion_ci');
	await expect(rows).toHaveCount(32);
	await page.getByLabel('Search').fill('[6.8, 93.2]');
	await expect(rows).toHaveCount(2);
	await rows.first().getByText('Interval by method').click();
	await expect(rows.first().locator('ul.by-method')).toContainText('Clopper–Pearson: [6.8, 93.2] ✓');
	await expect(rows.first().locator('ul.by-method')).toContainText('Wald: [1.0, 99.0]');

	// sorting is announced
	const header = page.getByRole('columnheader', { name: 'Location' });
	await header.getByRole('button').click();
	await expect(header).toHaveAttribute('aria-sort', 'ascending');
	await header.getByRole('button').click();
	await expect(header).toHaveAttribute('aria-sort', 'descending');

	// every filter and the sort are in the URL: a reload (or a shared link) shows the same two rows in the same order
	await expect(page).toHaveURL(/status=all/);
	await expect(page).toHaveURL(/kind=proportion_ci/);
	await expect(page).toHaveURL(/sort=location&dir=desc/);
	await page.reload();
	await hydrated(page);
	await expect(page.getByLabel('Kind')).toHaveValue('proportion_ci');
	await expect(page.getByLabel('Search')).toHaveValue('[6.8, 93.2]');
	await expect(rows).toHaveCount(2);
	await expect(page.getByRole('columnheader', { name: 'Location' })).toHaveAttribute('aria-sort', 'descending');

	// each check links to its dataset and to its document line
	await rows
		.first()
		.getByRole('link', { name: /document line/ })
		.click();
	await expect(page).toHaveURL(/\/en\/documents\/guideline\/#L\d+$/);
	expect(problems).toEqual([]);
});

test('the Japanese report shows the same counts and the flagged Wald intervals', async ({ page, problems }) => {
	await page.goto('/verification/');
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('検証レポート');
	await expect(page.getByRole('button', { name: /不一致/ })).toContainText('3');
	await expect(page.locator('table.checks tbody tr', { hasText: '信頼性の低い方法' })).toHaveCount(2);
	// the filter words the statuses too
	await expect(page.getByLabel('判定').locator('option[value="mismatch"]')).toHaveText('不一致');

	// the engine's explanations and places are worded in Japanese, not shown in English
	await page.getByRole('button', { name: /不一致/ }).click();
	const rows = page.locator('table.checks tbody tr');
	await expect(rows).toHaveCount(3);
	await expect(
		rows.filter({ hasText: '164/222 = 73.8739% は四捨五入すると 73.9 となり、印刷値 74.0 と一致しない。' })
	).toHaveCount(1);
	await expect(rows.filter({ hasText: '例数 15 で 6.8% となる分母は 219、220、221、222 である。' })).toHaveCount(1);
	await expect(rows.filter({ hasText: 'ガイドライン 3.6 項、530 行目' })).toHaveCount(1);
	await expect(rows.filter({ hasText: 'rounds to' })).toHaveCount(0);
	// the search reads the Japanese wording
	await page.getByLabel('判定').selectOption('all');
	await page.getByLabel('検索').fill('記載の Clopper–Pearson 法で再現される');
	await expect(rows.first()).toContainText('全奏効割合の 95% 信頼区間');
	await expect(rows.filter({ hasText: '表 2、外国人コホート 150×10⁶個、全奏効割合の 95% 信頼区間' })).toHaveCount(1);
	expect(problems).toEqual([]);
});

for (const path of ['/verification/', '/en/verification/']) {
	test(`axe finds no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('MM-003: the reconstructed PFS data download from Figure 1, and Table 7 is set against it as approximate', async ({
	page,
	request,
	problems
}) => {
	await page.goto('/en/datasets/gl_f1_mm003_pfs_at_risk/');
	await hydrated(page);
	const link = page.getByRole('link', { name: 'Reconstructed PFS patient data (CSV)' });
	await expect(link).toBeVisible();
	const csv = await (await request.get((await link.getAttribute('href'))!)).text();
	const lines = csv.trim().split('\n');
	expect(lines[0]).toBe('time,event,arm');
	expect(lines.filter((l) => l.endsWith(',idecel'))).toHaveLength(254);
	expect(lines.filter((l) => l.endsWith(',standard'))).toHaveLength(132);
	expect(lines.filter((l) => l.endsWith(',1,idecel'))).toHaveLength(149);

	await page.goto('/en/verification/');
	await hydrated(page);
	await page.getByLabel('Status').selectOption('approximate');
	await page.getByLabel('Search').fill('stratified');
	const rows = page.locator('table.checks tbody tr');
	await expect(rows.filter({ hasText: 'PFS hazard ratio' })).toContainText('0.493 [0.365, 0.666]');
	await expect(rows.filter({ hasText: 'PFS hazard ratio' })).toContainText('unstratified Cox model');
	expect(problems).toEqual([]);
});
