import { test, expect, axeViolations, hydrated } from './fixtures';

test('the trials overview lists every document’s trials with their printed response rates', async ({
	page,
	problems
}) => {
	await page.goto('/en/trials/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trials');
	await expect(page.locator('article.card')).toHaveCount(4);
	const mm001 = page.locator('article.card').filter({ hasText: 'MM-001' });
	await expect(mm001).toContainText('ORR 73.4% [65.8, 81.1]');
	await expect(mm001).toContainText('2019-10-16, 2020-12-21');
	await mm001.getByRole('link', { name: 'MM-001 page' }).click();
	await expect(page).toHaveURL(/\/en\/trials\/mm-001\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('MM-001');
	expect(problems).toEqual([]);
});

test('a trial page shows that trial only: its intervals, its response tables (kept in the URL) and no survival', async ({
	page,
	problems
}) => {
	await page.goto('/en/trials/mm-001/');
	await hydrated(page);
	const key = page.locator('table.trial-orr tbody tr');
	// Table 2 (4 cohorts) and Table 3 with the Japanese cohort: MM-001 rows only
	await expect(key.filter({ hasText: 'CRB-401' })).toHaveCount(0);
	await expect(key.filter({ hasText: 'Table 2' })).toHaveCount(4);
	await expect(key.filter({ hasText: 'Foreign cohort, 150×10⁶–450×10⁶ CAR+ T cells' }).first()).toContainText(
		'[65.8, 81.1]'
	);
	await expect(page.locator('figure.chart line.recomputed')).toHaveCount(await key.count());
	await expect(page.locator('figure.survival-chart')).toHaveCount(0);
	await page.getByLabel('Table (trial and cut-off)').selectOption({ label: 'Table 3 · 2020-12-21' });
	await expect(page).toHaveURL(/table=gl_t3_mm001_2020_best_response/);
	await expect(page.getByRole('link', { name: 'Source table: Table 3' })).toHaveAttribute(
		'href',
		'/en/datasets/gl_t3_mm001_2020_best_response/'
	);
	await page.reload();
	await hydrated(page);
	await expect(page.getByLabel('Table (trial and cut-off)')).toHaveValue('gl_t3_mm001_2020_best_response');
	await expect(page.getByRole('link', { name: 'Open this trial on the safety page' })).toHaveAttribute(
		'href',
		'/en/safety/?trial=MM-001'
	);
	expect(problems).toEqual([]);
});

test('the MM-003 page in Japanese draws the rebuilt survival and the forest plot, endpoint kept in the URL', async ({
	page,
	problems
}) => {
	await page.goto('/trials/mm-003/');
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.locator('figure.survival-chart path.km')).toHaveCount(2);
	await expect(page.locator('figure.forest-plot g.forest-row')).toHaveCount(5);
	await page.getByRole('button', { name: '全生存期間（OS）' }).click();
	await expect(page).toHaveURL(/endpoint=OS/);
	await expect(page.locator('figure.survival-chart title')).toContainText('OS');
	await page.reload();
	await hydrated(page);
	await expect(page.getByRole('button', { name: '全生存期間（OS）' })).toHaveAttribute('aria-pressed', 'true');
	await expect(
		page.getByRole('link', { name: '生存のページで詳しく（各時点の S(t) の表、再構成の方法）' })
	).toHaveAttribute('href', '/survival/?trial=MM-003&endpoint=OS');
	expect(problems).toEqual([]);
});

for (const prefix of ['', '/en']) {
	for (const path of ['/trials/', '/trials/mm-001/', '/trials/crb-401/', '/trials/mm-003/', '/trials/checkmate-017/']) {
		test(`axe finds no violations on ${prefix}${path}`, async ({ page }) => {
			await page.goto(`${prefix}${path}`);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
}
