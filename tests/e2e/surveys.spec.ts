import { test, expect, axeViolations, hydrated } from './fixtures';

test('choosing a survey prefills the calculator with its printed values, and changing n updates the power', async ({
	page,
	problems
}) => {
	await page.goto('/en/rmp/surveys/');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Post-marketing survey planner');
	await page.getByRole('combobox', { name: 'Survey' }).selectOption('gus_pemphigus');
	await expect(page).toHaveURL(/survey=gus_pemphigus/);
	await expect(page.getByRole('heading', { level: 2, name: /pemphigus/ })).toBeVisible();
	const power = page.locator('fieldset.calc-b');
	await expect(power.getByRole('textbox', { name: 'Number of patients n' })).toHaveValue('115');
	await expect(power.getByRole('textbox', { name: 'Threshold p0 (%)' })).toHaveValue('9');
	await expect(power.getByRole('textbox', { name: 'Expected p1 (%)' })).toHaveValue('18.0');
	await expect(power.getByRole('textbox', { name: 'Significance level (one-sided, %)' })).toHaveValue('5');
	await expect(power.getByRole('textbox', { name: 'Target power (%)' })).toHaveValue('90');
	await expect(power.getByRole('link', { name: 'printed (line 480)' }).first()).toHaveAttribute(
		'href',
		'/en/documents/rmp/#L480'
	);
	// normal approximation reproduces 115 (90.09%), the exact test does not (84.65%, 122 needed)
	await expect(power.locator('td.power-normal')).toHaveText('90.09%');
	await expect(power.locator('td.power-exact')).toHaveText('84.65%');
	await expect(power.locator('td.n-normal')).toHaveText('115');
	await expect(power.locator('td.n-exact')).toHaveText('122');
	await expect(power.locator('.power-verdict')).toContainText('disagree');
	const chart = power.locator('figure.power-curve');
	await expect(chart.locator('line.printed-n')).toHaveCount(1);
	await expect(chart).toContainText('printed n = 115');
	// probability of at least one: 1.5% among 125 ≥ 80%
	await expect(page.locator('fieldset.calc-a .result-prob')).toContainText('84.88%');
	await expect(page.locator('fieldset.calc-c .result-expected')).toHaveText('125 × 9% = 11.25 patients');
	// the engine's checks and the printed numbers of this survey
	await expect(page.locator('table.survey-checks tbody tr')).toHaveCount(4);
	await expect(page.locator('table.survey-checks tr[data-check$="/gus_pemphigus/21/sample_size"]')).toContainText(
		'reproduced'
	);
	await expect(page.locator('table.survey-numbers tbody tr')).toHaveCount(34);

	await power.getByRole('textbox', { name: 'Number of patients n' }).fill('122');
	await expect(power.locator('td.power-exact')).toHaveText('90.43%');
	await expect(power.locator('td.power-normal')).toHaveText('91.34%');
	await expect(chart).toContainText('n = 122');
	await expect(page).toHaveURL(/survey=gus_pemphigus/);
	await expect(page).toHaveURL(/[?&]n=122/);

	await page.reload();
	await hydrated(page);
	await expect(page.getByRole('combobox', { name: 'Survey' })).toHaveValue('gus_pemphigus');
	await expect(power.getByRole('textbox', { name: 'Number of patients n' })).toHaveValue('122');
	await expect(power.locator('td.power-exact')).toHaveText('90.43%');
	expect(problems).toEqual([]);
});

test('invalid inputs get a message next to the field, and the link restores a survey with its inputs', async ({
	page,
	problems
}) => {
	await page.goto('/en/rmp/surveys/?survey=sus_nmosd&en=190');
	await hydrated(page);
	await expect(page.getByRole('combobox', { name: 'Survey' })).toHaveValue('sus_nmosd');
	const expected = page.locator('fieldset.calc-c');
	await expect(expected.getByRole('textbox', { name: 'Number of patients n' })).toHaveValue('190');
	await expected.getByRole('textbox', { name: 'Number of patients n' }).fill('200');
	await expect(expected.locator('.result-expected')).toHaveText('200 × 5.3% = 10.60 patients');
	await expect(page).not.toHaveURL(/en=/);
	const nmosd = page.locator('table.survey-checks tbody tr');
	await expect(nmosd).toHaveCount(1);
	await expect(nmosd).toContainText('200 × 1/19 = 10.53');
	await expect(nmosd).toContainText('approximate');

	const p = expected.getByRole('textbox', { name: 'Incidence p (%)' });
	await p.fill('120');
	await expect(p).toHaveAttribute('aria-invalid', 'true');
	await expect(expected.locator('#survey-ep-err')).toHaveText('Enter a percentage greater than 0 and less than 100.');
	await expect(expected.locator('.result-expected')).toHaveText('Correct the inputs to see the result.');
	const n = page.locator('fieldset.calc-a').getByRole('textbox', { name: 'Number of patients n' });
	await n.fill('10.5');
	await expect(page.locator('#survey-an-err')).toHaveText('The number of patients must be a whole number.');
	await page.getByRole('button', { name: 'Reset to the printed values' }).click();
	await expect(p).toHaveValue('5.3');
	await expect(page.locator('.field-error')).toHaveCount(0);
	expect(problems).toEqual([]);
});

test('the timeline shows every activity of 5.1–5.3 with its status and the survey periods', async ({
	page,
	problems
}) => {
	await page.goto('/en/rmp/surveys/');
	await hydrated(page);
	const chart = page.locator('figure.activity-timeline');
	await expect(chart.locator('g.activity')).toHaveCount(25);
	await expect(chart.locator('rect.period')).toHaveCount(4);
	const rows = page.locator('table.survey-activities tbody tr');
	await expect(rows).toHaveCount(25);
	const cll = page.locator('table.survey-activities tr[data-key="5.1:gus_cll"]');
	await expect(cll).toContainText('ongoing');
	await expect(cll).toContainText('2019-06-03 – 2028-03-31');
	await expect(cll.getByRole('link', { name: 'document line 562' })).toHaveAttribute('href', '/en/documents/rmp/#L562');
	expect(problems).toEqual([]);
});

test('the Japanese page shows Japanese labels', async ({ page, problems }) => {
	await page.goto('/rmp/surveys/?survey=gus_pemphigus');
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('製造販売後調査のプランナー');
	await expect(page.getByRole('combobox', { name: '調査' })).toHaveValue('gus_pemphigus');
	const power = page.locator('fieldset.calc-b');
	await expect(power.locator('legend')).toHaveText('1 標本二項検定の検出力と症例数');
	await expect(power.getByRole('textbox', { name: '閾値 p0 (%)' })).toHaveValue('9');
	await expect(power).toContainText('正規近似');
	await expect(power).toContainText('正確な二項検定');
	await expect(page.locator('figure.activity-timeline')).toContainText('実施中');
	await expect(page.locator('figure.activity-timeline')).toContainText('表 5.1');
	await expect(page.locator('table.survey-activities thead')).toContainText('状況');
	expect(problems).toEqual([]);
});

for (const path of ['/rmp/surveys/', '/en/rmp/surveys/?survey=gus_pemphigus']) {
	test(`axe finds no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await hydrated(page);
		expect(await axeViolations(page)).toEqual([]);
	});
}
