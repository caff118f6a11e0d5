import { test, expect, axeViolations, hydrated } from './fixtures';

test('eligibility side by side: four columns aligned by topic, each item linked to its line', async ({
	page,
	problems
}) => {
	await page.goto('/en/guideline/');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Optimal-use guideline reference');
	const table = page.locator('table.guide-eligibility');
	await expect(table.locator('caption')).toHaveText(
		'Eligibility criteria by topic (MM-001 14 items, CRB-401 17, MM-003 13, approved population 15)'
	);
	await expect(table.locator('thead th')).toHaveCount(5);
	const ecog = table.locator('tr[data-topic="ecog"]');
	await expect(ecog.locator('td[data-column="MM-001"]')).toContainText('Patients with ECOG PS 0 or 1.');
	await expect(ecog.locator('td[data-column="approved"]')).toContainText(
		'Patients with an ECOG Performance Status of 2–4'
	);
	await expect(
		ecog.locator('td[data-column="approved"]').getByRole('link', { name: 'document line 608' })
	).toHaveAttribute('href', '/en/documents/guideline/#L608');
	await expect(table.locator('tr[data-topic="plasma_cell"] td[data-column="MM-003"]')).toHaveText('no item');
	await expect(table.locator('tr[data-topic="other"] td[data-column="approved"] li')).toHaveCount(4);
	await expect(page.locator('table.guide-ecog tbody tr')).toHaveCount(5);
	// facility checklist: section 4 with Table 14
	await expect(page.locator('section[aria-labelledby="guide-facility-title"]')).toContainText(
		'A clinical practice record of at least 5 cases of allogeneic hematopoietic cell transplantation.'
	);
	expect(problems).toEqual([]);
});

test('the grade selector changes the view and the URL, and a reload keeps it', async ({ page, problems }) => {
	await page.goto('/en/guideline/');
	await hydrated(page);
	const view = page.locator('.guide-grade');
	await expect(view).toHaveAttribute('data-grade', '1');
	await expect(view.locator('[data-column="corticosteroid"]')).toContainText('Not applicable');
	const grades = page.getByRole('group', { name: 'Grade' });
	await grades.getByRole('button', { name: 'Grade 2' }).click();
	await expect(page).toHaveURL(/algorithm=crs&grade=2/);
	await expect(grades.getByRole('button', { name: 'Grade 2' })).toHaveAttribute('aria-pressed', 'true');
	await expect(view.getByRole('heading', { level: 3 })).toHaveText('Grade 2: CRS (Table 15)');
	await expect(view).toContainText('Oxygen requirement FiO₂ <0.4');
	await expect(view.locator('[data-column="tocilizumab"] li')).toHaveCount(3);
	await expect(view.locator('[data-column="corticosteroid"]')).toContainText(
		'Consider dexamethasone 10 mg intravenously every 12–24 hours.'
	);
	await expect(view.getByRole('link', { name: 'document line 635' })).toHaveAttribute(
		'href',
		'/en/documents/guideline/#L635'
	);

	await page
		.getByRole('group', { name: 'Algorithm' })
		.getByRole('button', { name: 'Neurologic events (Table 16)' })
		.click();
	await expect(page).toHaveURL(/algorithm=neurologic&grade=2/);
	await expect(view).toContainText('Table 16 prints no grade definitions.');
	await expect(view).toContainText('Administer dexamethasone 10 mg intravenously every 12 hours for 2–3 days');

	await page.reload();
	await hydrated(page);
	await expect(view).toHaveAttribute('data-algorithm', 'neurologic');
	await expect(view).toHaveAttribute('data-grade', '2');
	await expect(page.getByRole('group', { name: 'Grade' }).getByRole('button', { name: 'Grade 2' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page.locator('table.algorithm caption')).toHaveText('Neurologic events (Table 16)');
	expect(problems).toEqual([]);
});

test('the timeline draws the printed days and lists them as text', async ({ page, problems }) => {
	await page.goto('/en/guideline/?algorithm=crs&grade=4');
	await hydrated(page);
	await expect(page.locator('.guide-grade')).toHaveAttribute('data-grade', '4');
	const chart = page.locator('figure.treatment-timeline');
	await expect(chart.locator('svg')).toHaveAttribute('role', 'img');
	await expect(chart.locator('g.lane')).toHaveCount(10);
	await expect(chart.locator('g.lane.kind-unscaled')).toHaveCount(2);
	const rows = page.locator('table.guide-timeline-table tbody tr');
	await expect(rows).toHaveCount(10);
	const ld = page.locator('tr[data-row="lymphodepletion"]');
	await expect(ld).toContainText('from 5 days before the infusion, once daily for 3 days');
	await expect(ld.getByRole('link', { name: 'document line 67' })).toHaveAttribute(
		'href',
		'/en/documents/guideline/#L67'
	);
	await expect(page.locator('tr[data-row="neuro-MM-001"]')).toContainText('median 6.0 days (range 1–720)');
	await expect(page.locator('tr[data-row="leukapheresis"]')).toContainText('day and length not printed');
	expect(problems).toEqual([]);
});

test('the Japanese page shows Japanese labels', async ({ page, problems }) => {
	await page.goto('/guideline/?algorithm=crs&grade=3');
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('最適使用推進ガイドライン早見表');
	await expect(page.locator('.guide-grade').getByRole('heading', { level: 3 })).toHaveText('Grade 3：CRS（表 15）');
	await expect(page.locator('.guide-grade')).toContainText('トシリズマブ 8 mg/kg の静脈内投与を行う');
	await expect(page.locator('table.guide-eligibility thead')).toContainText('投与対象（第 5 項）');
	await expect(page.locator('tr[data-row="crs-CRB-401"]')).toContainText('中央値 2.0 日（範囲 1～19 日）');
	await expect(page.locator('figure.treatment-timeline')).toContainText('本品投与からの日数（投与日 = 0）');
	expect(problems).toEqual([]);
});

for (const path of ['/guideline/', '/en/guideline/']) {
	test(`axe finds no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await hydrated(page);
		expect(await axeViolations(page)).toEqual([]);
	});
}
