import { test, expect, axeViolations, hydrated } from './fixtures';

test('the ORR interval chart recomputes with the chosen method and keeps it in the URL', async ({ page, problems }) => {
	await page.goto('/en/efficacy/');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overall response rates and their intervals');
	const rows = page.locator('table.orr-table tbody tr');
	// 28 cohorts of the guideline's three trials and CheckMate 017's two arms
	await expect(rows).toHaveCount(30);
	const cohort = rows
		.filter({ hasText: 'Table 2' })
		.filter({ hasText: 'Foreign cohort, 150×10⁶ CAR+ T cells' })
		.first();
	// as stated: Clopper–Pearson reproduces the printed [6.8, 93.2]
	await expect(cohort).toContainText('[6.8, 93.2]');
	await page.getByRole('radio', { name: 'wald' }).check();
	await expect(page).toHaveURL(/method=wald/);
	await expect(cohort.locator('td').nth(5)).toHaveText('[1.0, 99.0]');
	// one recomputed line per interval (a zero-width Wald interval at 3/3 is drawn as a point)
	await expect(page.locator('figure.chart line.recomputed')).toHaveCount(30);
	await page.reload();
	await hydrated(page);
	await expect(page.getByRole('radio', { name: 'wald' })).toBeChecked();
	await expect(page.locator('table.orr-table')).toContainText('unreliable method');
	await expect(page.locator('table.orr-table .flag[data-flag="unreliable-method"]').first()).toHaveAttribute(
		'title',
		/Wald/
	);
	expect(problems).toEqual([]);
});

for (const path of ['/efficacy/', '/en/efficacy/']) {
	test(`axe finds no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('best response by cohort: one bar per column of the chosen table, kept in the URL, with the table as printed', async ({
	page,
	problems
}) => {
	await page.goto('/en/efficacy/');
	await hydrated(page);
	const chart = page.locator('figure.response-chart');
	await expect(chart.locator('g.bar')).toHaveCount(4); // Table 2: three doses and the pooled foreign cohort
	await expect(chart).toContainText('n = 128 · ORR 73.4%');
	await page.getByLabel('Table (trial and cut-off)').selectOption({ label: 'MM-003 · Table 9 · 2022-04-18' });
	await expect(page).toHaveURL(/table=gl_t9_mm003_prior_regimens_best_response/);
	await expect(chart.locator('g.bar')).toHaveCount(8);
	await expect(chart).toContainText('n = 254 · ORR 71.3%');
	await page.getByText('The table as printed (text alternative)').click();
	await expect(page.locator('details table.printed')).toContainText('90 (35.4)');
	expect(problems).toEqual([]);
});
