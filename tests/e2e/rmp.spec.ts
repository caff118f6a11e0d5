import { test, expect, axeViolations, hydrated } from './fixtures';

test('the safety specification matrix: every concern by category, the additional activities as columns, routine ones said once', async ({
	page,
	problems
}) => {
	await page.goto('/en/rmp/');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rituximab risk management plan');
	const matrix = page.locator('table.rmp-matrix');
	// 14 important identified risks, 2 potential, 1 missing information, 2 efficacy considerations, in printed order
	await expect(matrix.locator('tbody tr[data-concern]')).toHaveCount(19);
	await expect(matrix.locator('tbody[data-category="important_identified_risk"] tr[data-concern]')).toHaveCount(14);
	await expect(matrix.getByRole('rowheader', { name: 'Important identified risks (14)' })).toBeVisible();
	await expect(matrix.getByRole('rowheader', { name: 'Efficacy considerations (2)' })).toBeVisible();
	await expect(matrix.locator('thead th.activity')).toHaveCount(9);
	await expect(matrix.getByRole('columnheader', { name: 'Additional pharmacovigilance (section 2)' })).toHaveAttribute(
		'colspan',
		'4'
	);
	// the CLL survey addresses infections only; TLS has routine activities only
	const infections = matrix.locator('tr[data-concern="infections"]');
	await expect(infections.locator('td.yes')).toHaveCount(9);
	await expect(infections.locator('td').first()).toHaveText('✓ yes');
	await expect(matrix.locator('tr[data-concern="tumour_lysis_syndrome"] td.yes')).toHaveCount(0);
	await expect(matrix.locator('tr[data-concern="hbv_fulminant_hepatitis"] td').first()).toHaveText('–no');
	await expect(infections.getByRole('link', { name: 'Infections' })).toHaveAttribute('href', '/en/documents/rmp/#L245');
	await expect(matrix.locator('th[data-activity="gus_cll"]').getByRole('link')).toHaveAttribute(
		'href',
		'/en/documents/rmp/#L458'
	);
	// routine activities once, not as a column of ticks
	const routine = page.getByRole('note', { name: 'Routine activities' });
	await expect(routine).toContainText('Routine pharmacovigilance applies to every safety concern');
	await expect(routine.getByRole('link', { name: 'Malignancies' })).toHaveAttribute('href', '/en/documents/rmp/#L436');
	// the first column stays in view when the table scrolls sideways
	await expect(matrix.locator('tr[data-concern="infections"] th')).toHaveCSS('position', 'sticky');
	expect(problems).toEqual([]);
});

test('incidence evidence: the first concern by default, plot and table of the same figures with source lines', async ({
	page,
	problems
}) => {
	await page.goto('/en/rmp/');
	await hydrated(page);
	const plot = page.locator('figure.incidence-plot');
	const rows = page.locator('table.rmp-figures tbody tr');
	await expect(page.getByRole('combobox', { name: 'Safety concern' })).toHaveValue('infusion_reaction');
	// 26 figures for infusion reaction in 14 indications; the two RAVE figures are printed without a count
	await expect(plot.locator('g.figure')).toHaveCount(26);
	await expect(plot.locator('g.indication')).toHaveCount(14);
	await expect(plot.locator('g.figure.percent-only')).toHaveCount(2);
	await expect(plot.locator('g.figure.percent-only').first()).toContainText(
		'12.1% — printed without a count: no interval'
	);
	await expect(page.locator('ul.percent-only li')).toHaveCount(2);
	await expect(rows).toHaveCount(26);
	const first = rows.filter({ hasText: '88/90' });
	await expect(first).toContainText('IDEC-C2B8-2');
	await expect(first).toContainText('97.8');
	await expect(first).toContainText('[92.2, 99.7]');
	await expect(first).toContainText('reproduced');
	await expect(first.getByRole('link', { name: 'document line 130' })).toHaveAttribute(
		'href',
		'/en/documents/rmp/#L130'
	);
	await expect(rows.filter({ hasText: '12.1' }).first()).toContainText('percentage only: nothing to recompute');
	await expect(page.getByText('Figures shown: 26 · indications: 14 · axis 0–100%.')).toBeVisible();
	// hover: the figure's numbers, as the table gives them
	await plot.locator('g.figure[data-figure="rmp_inc_a_001"] circle').hover();
	await expect(plot.locator('.chart-tip')).toHaveText(
		'IDEC-C2B8-2 · remission induction therapy · Non-haematological toxicity: 97.8% (88/90) [92.2, 99.7]'
	);
	expect(problems).toEqual([]);
});

test('the concern selector changes the plot, the table and the URL, and a reload keeps the choice', async ({
	page,
	problems
}) => {
	await page.goto('/en/rmp/');
	await hydrated(page);
	const plot = page.locator('figure.incidence-plot');
	const rows = page.locator('table.rmp-figures tbody tr');
	await page.getByRole('combobox', { name: 'Safety concern' }).selectOption('cytopenias');
	await expect(page).toHaveURL(/concern=cytopenias/);
	await expect(plot.locator('g.figure')).toHaveCount(50);
	await expect(rows).toHaveCount(50);
	// the chart's own title (labels shortened with … carry a <title> of their own)
	await expect(plot.locator('svg > title')).toContainText(
		'Pancytopenia, leukopenia, neutropenia, agranulocytosis, thrombocytopenia'
	);
	// the engine's denominator check (Akamatsu: 1/24 here, 47 patients elsewhere) beside the four rows of that figure
	await expect(plot.locator('g.figure.flagged')).toHaveCount(4);
	await expect(rows.locator('.denominator-flag')).toHaveCount(4);
	const flagged = rows.filter({ has: page.locator('.denominator-flag') }).first();
	await expect(flagged).toContainText('Akamatsu 2021');
	await expect(flagged).toContainText('mismatch');
	await expect(flagged).toContainText(
		'Denominator: 4.2% (1/24) here, 2.1% (1/47) with the denominator quoted elsewhere'
	);

	await page
		.getByRole('combobox', { name: 'Indication' })
		.selectOption({ label: 'suppression of antibody-mediated rejection (ABMR) (6)' });
	await expect(page).toHaveURL(/indication=suppression-of-antibody-mediated-rejection-abmr/);
	await expect(plot.locator('g.figure')).toHaveCount(6);
	await expect(rows).toHaveCount(6);

	await page.reload();
	await hydrated(page);
	await expect(page.getByRole('combobox', { name: 'Safety concern' })).toHaveValue('cytopenias');
	await expect(page.getByRole('combobox', { name: 'Indication' })).toHaveValue(
		'suppression-of-antibody-mediated-rejection-abmr'
	);
	await expect(plot.locator('g.figure')).toHaveCount(6);
	await expect(rows).toHaveCount(6);

	// another concern drops an indication it does not have
	await page.getByRole('combobox', { name: 'Safety concern' }).selectOption('hbv_fulminant_hepatitis');
	await expect(page).not.toHaveURL(/indication=/);
	await expect(rows).toHaveCount(1);
	// all its figures are small: the axis is zoomed to 0–0.5%
	await expect(page.getByText('Figures shown: 1 · indications: 1 · axis 0–0.5%.')).toBeVisible();
	await expect(rows.first()).toContainText('8/3964');
	await expect(rows.first()).toContainText('[0.087, 0.40]');
	expect(problems).toEqual([]);
});

test('the table sorts by its column headers, with aria-sort, and keeps the sort in the URL', async ({
	page,
	problems
}) => {
	await page.goto('/en/rmp/?concern=renal_disorders');
	await hydrated(page);
	const rows = page.locator('table.rmp-figures tbody tr');
	const printed = () => rows.locator('td:nth-child(8)').allTextContents();
	await expect(rows).toHaveCount(8);
	const th = page.locator('table.rmp-figures th', { hasText: 'Printed %' });
	await expect(th).toHaveAttribute('aria-sort', 'none');
	await th.getByRole('button').click();
	await expect(th).toHaveAttribute('aria-sort', 'ascending');
	await expect(page).toHaveURL(/sort=printed&dir=asc/);
	expect(await printed()).toEqual(['0.5', '2.7', '2.7', '3.6', '5.0', '16.7', '25.0', '25.0']);
	await th.getByRole('button').click();
	await expect(th).toHaveAttribute('aria-sort', 'descending');
	await page.reload();
	await hydrated(page);
	await expect(th).toHaveAttribute('aria-sort', 'descending');
	expect(await printed()).toEqual(['25.0', '25.0', '16.7', '5.0', '3.6', '2.7', '2.7', '0.5']);
	expect(problems).toEqual([]);
});

test('the Japanese page shows Japanese labels', async ({ page, problems }) => {
	await page.goto('/rmp/?concern=infections');
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('リツキシマブ 医薬品リスク管理計画');
	const matrix = page.locator('table.rmp-matrix');
	await expect(matrix.getByRole('rowheader', { name: '重要な特定されたリスク (14)' })).toBeVisible();
	await expect(matrix.locator('thead')).toContainText('CD20 陽性の CLL における一般使用成績調査');
	await expect(matrix.locator('tr[data-concern="infections"] td').first()).toHaveText('✓ 対象');
	await expect(page.getByRole('combobox', { name: '安全性検討事項' })).toHaveValue('infections');
	const plot = page.locator('figure.incidence-plot');
	await expect(plot).toContainText('発現割合 (%)');
	await expect(plot).toContainText('感染症');
	await expect(page.locator('table.rmp-figures thead')).toContainText('再計算した %');
	await expect(page.locator('table.rmp-figures thead')).toContainText('Clopper–Pearson 95% 信頼区間 (%)');
	await expect(
		page.getByRole('navigation', { name: 'メインナビゲーション' }).getByRole('link', { name: 'RMP' })
	).toHaveAttribute('aria-current', 'page');
	expect(problems).toEqual([]);
});

for (const path of ['/rmp/', '/en/rmp/', '/en/rmp/?concern=cytopenias']) {
	test(`axe finds no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await hydrated(page);
		expect(await axeViolations(page)).toEqual([]);
	});
}
