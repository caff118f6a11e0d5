import { test, expect, axeViolations, hydrated } from './fixtures';

test('side by side by default: the three pooled groups on their shared terms, with the values as a table', async ({
	page,
	problems
}) => {
	await page.goto('/en/safety/');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adverse reactions');
	const chart = page.locator('figure.safety-dot-plot');
	// all adverse reactions + the 7 SOCs and 14 PTs that MM-001, CRB-401 and MM-003 all print
	await expect(chart.locator('g.safety-row')).toHaveCount(22);
	await expect(chart.locator('g.legend-series')).toHaveCount(3);
	await expect(chart.locator('svg')).toHaveAttribute('role', 'img');
	await expect(chart.locator('desc')).toContainText('22 terms');
	const rows = page.locator('table.safety-table tbody tr');
	await expect(rows).toHaveCount(22 * 3 * 2);
	const crs = rows
		.filter({ hasText: 'MM-001 · Table 11' })
		.filter({ hasText: 'Cytokine release syndrome' })
		.filter({ hasText: '116/137' });
	await expect(crs).toHaveCount(1);
	await expect(crs).toContainText('84.7');
	await expect(crs).toContainText('[77.5, 90.3]');
	await expect(crs).toContainText('reproduced');
	await expect(crs.getByRole('link', { name: 'document line 363' })).toHaveAttribute(
		'href',
		'/en/documents/guideline/#L363'
	);
	await expect(crs.getByRole('link', { name: 'MM-001 · Table 11' })).toHaveAttribute(
		'href',
		'/en/datasets/gl_t11_mm001_adverse_reactions/'
	);
	// every chart links its source tables, with title and cut-off
	const sources = page.locator('ul.safety-sources li');
	await expect(sources).toHaveCount(3);
	await expect(sources.nth(2)).toContainText('data cut-off 2022-10-03');
	await expect(sources.nth(2).getByRole('link', { name: 'MM-003 · Table 13' })).toHaveAttribute(
		'href',
		'/en/datasets/gl_t13_mm003_adverse_reactions/'
	);
	expect(problems).toEqual([]);
});

test('filters change the plot and the table, live in the URL, and a reload restores them', async ({
	page,
	problems
}) => {
	await page.goto('/en/safety/');
	await hydrated(page);
	const chart = page.locator('figure.safety-dot-plot');
	const rows = page.locator('table.safety-table tbody tr');
	await page.getByRole('combobox', { name: 'Trial', exact: true }).selectOption('MM-003');
	await expect(page).toHaveURL(/trial=MM-003/);
	// every term of Table 13: all adverse reactions, 14 SOCs and 50 PTs, drawn in full (no truncation)
	await expect(chart.locator('g.safety-row')).toHaveCount(65);
	await expect(rows).toHaveCount(130);
	await page
		.getByRole('combobox', { name: 'System organ class (SOC)' })
		.selectOption({ label: 'Immune system disorders' });
	await page.getByRole('combobox', { name: 'Grades' }).selectOption('3plus');
	await expect(page).toHaveURL(/soc=Immune\+system\+disorders/);
	await expect(page).toHaveURL(/grade=3plus/);
	await expect(chart.locator('g.safety-row')).toHaveCount(3);
	await expect(chart.locator('g.dot.grade-3plus')).toHaveCount(3);
	await expect(chart.locator('g.dot.grade-all')).toHaveCount(0);
	await expect(rows).toHaveCount(3);
	await expect(rows.first()).toContainText('15/225');

	await page.reload();
	await hydrated(page);
	await expect(page.getByRole('combobox', { name: 'Trial', exact: true })).toHaveValue('MM-003');
	await expect(page.getByRole('combobox', { name: 'System organ class (SOC)' })).toHaveValue('Immune system disorders');
	await expect(page.getByRole('combobox', { name: 'Grades' })).toHaveValue('3plus');
	await expect(rows).toHaveCount(3);
	await expect(chart.locator('g.safety-row')).toHaveCount(3);
	expect(problems).toEqual([]);
});

test('dose groups add series to the plot, and "shared terms only" switches to the union of terms', async ({
	page,
	problems
}) => {
	await page.goto('/en/safety/?trial=MM-001&grade=all');
	await hydrated(page);
	const chart = page.locator('figure.safety-dot-plot');
	await expect(chart.locator('g.legend-series')).toHaveCount(1);
	await expect(page.getByRole('checkbox', { name: 'Overall (150–450×10⁶ CAR+ T cells) (N = 137)' })).toBeDisabled();
	await page.getByRole('checkbox', { name: '150×10⁶ CAR+ T cells (N = 4)' }).check();
	await expect(page).toHaveURL(/mm001=d150\.overall/);
	await expect(chart.locator('g.legend-series')).toHaveCount(2);
	await expect(chart.locator('g.legend-series').first()).toContainText('1. MM-001 · 150×10⁶ CAR+ T cells');
	// MM-001: 1 + 9 SOCs + 23 PTs, two groups, all grades only
	await expect(page.locator('table.safety-table tbody tr')).toHaveCount(33 * 2);

	await page.getByRole('combobox', { name: 'Trial', exact: true }).selectOption('all');
	await expect(chart.locator('g.safety-row')).toHaveCount(22);
	await page.getByRole('checkbox', { name: 'Shared terms only (printed in every selected trial)' }).uncheck();
	await expect(page).toHaveURL(/shared=0/);
	const nausea = chart.locator('g.safety-row[data-term="pt:Nausea"]');
	await expect(nausea).toHaveCount(1);
	// MM-001 does not print nausea: said so for both MM-001 series, not drawn as 0
	await expect(nausea).toContainText('not in this table');
	expect(await chart.locator('g.safety-row').count()).toBeGreaterThan(22);
	expect(problems).toEqual([]);
});

test('column headers sort the table, set aria-sort, and the sort is kept in the URL', async ({ page, problems }) => {
	await page.goto('/en/safety/?trial=MM-003&soc=Immune+system+disorders&grade=all');
	await hydrated(page);
	const rows = page.locator('table.safety-table tbody tr');
	const printed = () => rows.locator('td:nth-child(7)').allTextContents();
	await expect(rows).toHaveCount(3);
	expect(await printed()).toEqual(['89.3', '87.6', '8.4']);
	const th = page.locator('table.safety-table th', { hasText: 'Printed %' });
	await expect(th).toHaveAttribute('aria-sort', 'none');
	await th.getByRole('button').click();
	await expect(th).toHaveAttribute('aria-sort', 'ascending');
	await expect(page).toHaveURL(/sort=printed&dir=asc/);
	expect(await printed()).toEqual(['8.4', '87.6', '89.3']);
	// the keyboard works too: Enter on the focused header button
	await th.getByRole('button').focus();
	await page.keyboard.press('Enter');
	await expect(th).toHaveAttribute('aria-sort', 'descending');
	expect(await printed()).toEqual(['89.3', '87.6', '8.4']);
	await page.reload();
	await hydrated(page);
	await expect(th).toHaveAttribute('aria-sort', 'descending');
	expect(await printed()).toEqual(['89.3', '87.6', '8.4']);
	expect(problems).toEqual([]);
});

test('the Japanese page shows Japanese labels', async ({ page, problems }) => {
	await page.goto('/safety/');
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('副作用の発現割合');
	const chart = page.locator('figure.safety-dot-plot');
	await expect(chart).toContainText('全グレード');
	await expect(chart).toContainText('グレード3以上');
	await expect(chart).toContainText('サイトカイン放出症候群');
	await expect(chart).toContainText('発現割合 (%)');
	await expect(page.locator('table.safety-table thead')).toContainText('基本語 (PT)');
	await expect(page.locator('table.safety-table thead')).toContainText('器官別大分類 (SOC)');
	await expect(
		page.getByRole('navigation', { name: 'メインナビゲーション' }).getByRole('link', { name: '安全性' })
	).toHaveAttribute('aria-current', 'page');
	expect(problems).toEqual([]);
});

for (const path of ['/safety/', '/en/safety/']) {
	test(`axe finds no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await hydrated(page);
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('switching language keeps the selection in the link', async ({ page, problems }) => {
	await page.goto('/en/safety/?trial=MM-003&grade=3plus');
	await hydrated(page);
	await page.getByRole('link', { name: '日本語' }).click();
	await expect(page).toHaveURL(/\/safety\/\?.*trial=MM-003/);
	await expect(page).toHaveURL(/grade=3plus/);
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.getByRole('combobox', { name: '試験', exact: true })).toHaveValue('MM-003');
	await expect(page.getByRole('combobox', { name: 'グレード', exact: true })).toHaveValue('3plus');
	expect(problems).toEqual([]);
});
