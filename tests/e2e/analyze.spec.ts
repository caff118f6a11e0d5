import { readFileSync } from 'node:fs';
import { test, expect, axeViolations, hydrated } from './fixtures';
import { bigAdverseReactionCsv, bigIpdCsv } from '../../scripts/bench/bigUploads';

const template = (kind: string) => ({
	name: `${kind}.csv`,
	mimeType: 'text/csv',
	buffer: readFileSync(`static/templates/${kind}.csv`)
});
const fileInput = (page: import('@playwright/test').Page) => page.locator('input[type="file"]');

test('the templates analysed in the browser: tables verified, survival rebuilt, nothing leaves the origin', async ({
	page,
	problems
}) => {
	const outside: string[] = [];
	page.on('request', (r) => {
		if (!r.url().startsWith('http://127.0.0.1:4174/') && !r.url().startsWith('blob:') && !r.url().startsWith('data:'))
			outside.push(r.url());
	});
	await page.goto('/en/analyze/');
	await hydrated(page);
	await fileInput(page).setInputFiles([
		template('best_response'),
		template('response_rate'),
		template('adverse_reaction'),
		template('at_risk'),
		template('survival_summary')
	]);
	const files = page.locator('table.upload-files tbody tr');
	await expect(files).toHaveCount(5);
	await expect(files.filter({ hasText: 'response_rate.csv' })).toContainText('4 rows accepted');
	await expect(page.getByText(/Analysed in \d+ ms/)).toBeVisible({ timeout: 30_000 });
	// the verification engine on the reader's tables: Table 2's intervals and their methods
	await expect(page.locator('table.upload-orr tbody tr').first()).toContainText('[6.8, 93.2]');
	await expect(page.locator('table.upload-orr tbody tr').nth(3)).toContainText('Wald');
	await expect(page.locator('figure.response-chart')).toHaveCount(1);
	await expect(page.locator('figure.safety-dot-plot')).toHaveCount(1);
	// MM-003 PFS rebuilt in table mode from Figure 1 and Table 7
	await expect(page.locator('figure.survival-chart path.km')).toHaveCount(2);
	const diag = page.locator('table.survival-diagnostics');
	await expect(diag).toContainText('149 / 149');
	await expect(diag).toContainText('all reproduced');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the rebuilt patient data (CSV)' }).click();
	const csv = readFileSync(await (await download).path(), 'utf8');
	expect(csv.split('\n')[0]).toBe('time,event,arm');
	expect(csv.trim().split('\n')).toHaveLength(1 + 254 + 132);
	expect(outside).toEqual([]);
	expect(problems).toEqual([]);
});

test('a bad file is listed with row and column and not accepted; cell text is shown as text', async ({
	page,
	problems
}) => {
	await page.goto('/en/analyze/');
	await hydrated(page);
	await page.getByText('Paste CSV').click();
	await page.getByLabel('Name').fill('evil.csv');
	await page.getByLabel('CSV text').fill('group_id,n,category,count\nd1,4,<img src=x onerror=alert(1)>,5\n');
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	const problems_ = page.locator('table.problems tbody tr');
	await expect(problems_).toHaveCount(2);
	await expect(problems_.first()).toContainText('category');
	await expect(problems_.first()).toContainText('<img src=x onerror=alert(1)>');
	await expect(problems_.nth(1)).toContainText('a value no larger than n (4)');
	await expect(page.locator('table.problems img')).toHaveCount(0);
	await expect(page.locator('table.upload-files')).toContainText('2 problems: not accepted');
	expect(problems).toEqual([]);
});

test('files are kept in this browser until "Forget my data"', async ({ page, problems }) => {
	await page.goto('/en/analyze/');
	await hydrated(page);
	await fileInput(page).setInputFiles([template('ipd')]);
	await expect(page.locator('table.upload-files tbody tr')).toHaveCount(1);
	await expect(page.locator('figure.survival-chart path.km')).toHaveCount(2, { timeout: 30_000 });
	await page.reload();
	await hydrated(page);
	await expect(page.locator('table.upload-files tbody tr')).toHaveCount(1);
	await page.getByRole('button', { name: 'Forget my data' }).click();
	await expect(page.getByText('The data kept in this browser has been removed.')).toBeVisible();
	await page.reload();
	await hydrated(page);
	await expect(page.getByText('No files yet. Try a template.')).toBeVisible();
	expect(problems).toEqual([]);
});

for (const path of ['/analyze/', '/en/analyze/']) {
	test(`axe finds no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await hydrated(page);
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('a 200,000-patient file is analysed in the worker: progress is shown and the page still answers (npm run bench times its longest task)', async ({
	page,
	problems
}) => {
	// a big file on a busy 2-core machine: its assertions wait up to 90 s, so the test may too
	test.slow();
	const buffer = bigIpdCsv();
	expect(buffer.length).toBeGreaterThan(2_000_000);
	await page.goto('/en/analyze/');
	await hydrated(page);
	await page.locator('input[type="file"]').setInputFiles({ name: 'big_ipd.csv', mimeType: 'text/csv', buffer });
	// while the worker runs, the page shows how far it got and still answers
	await expect(page.locator('p.progress progress')).toBeVisible();
	await page.getByText('Paste CSV').click();
	await expect(page.getByLabel('CSV text')).toBeVisible();
	await expect(page.getByText(/Analysed in \d+ ms/)).toBeVisible({ timeout: 60_000 });
	await expect(page.locator('table.upload-files')).toContainText('200000 rows accepted');
	await expect(page.locator('figure.survival-chart path.km')).toHaveCount(2);
	await expect(page.locator('table.survival-diagnostics')).toContainText('100000');
	expect(problems).toEqual([]);
});

test('a 5 MB adverse-reaction table: checked in the worker, the page shows the problems first and offers the whole report', async ({
	page,
	problems
}) => {
	// a big file on a busy 2-core machine: its assertions wait up to 90 s, so the test may too
	test.slow();
	const buffer = bigAdverseReactionCsv();
	expect(buffer.length).toBeGreaterThan(5_000_000);
	await page.goto('/en/analyze/');
	await hydrated(page);
	await page.locator('input[type="file"]').setInputFiles({ name: 'big_ae.csv', mimeType: 'text/csv', buffer });
	await expect(page.getByText(/Analysed in \d+ ms/)).toBeVisible({ timeout: 90_000 });
	await expect(page.locator('table.upload-files')).toContainText('135000 rows accepted');
	await expect(page.getByText(/Showing 1000 of \d+ checks, those that need attention first/)).toBeVisible();
	await expect(page.locator('table.upload-checks tbody tr').first()).toContainText('mismatch');
	await expect(page.locator('table.upload-checks tbody tr')).toHaveCount(1000);
	await expect(page.getByText('Drawing the first 200 of 67500 terms.')).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the whole verification report (CSV)' }).click();
	const csv = readFileSync(await (await download).path(), 'utf8');
	expect(csv.trim().split('\r\n').length).toBeGreaterThan(120_000);
	expect(problems).toEqual([]);
});

test('in Japanese: a digitized curve goes to the arm its file name holds, and the reader can give it to another', async ({
	page,
	problems
}) => {
	await page.goto('/analyze/');
	await hydrated(page);
	await page
		.locator('input[type="file"]')
		.setInputFiles([template('at_risk'), { ...template('km_curve'), name: 'input_curve_standard.csv' }]);
	await expect(page.getByText('input_curve_standard.csv：群 standard のデジタイズ曲線（曲線モード）')).toBeVisible({
		timeout: 30_000
	});
	await expect(
		page.locator('table.survival-diagnostics tbody tr').filter({ hasText: 'standard' }).first()
	).toContainText('曲線モード');
	await page.getByLabel('群（曲線）: input_curve_standard.csv').selectOption('idecel');
	await expect(page.getByText('input_curve_standard.csv：群 idecel のデジタイズ曲線（曲線モード）')).toBeVisible({
		timeout: 30_000
	});
	await expect(
		page.locator('table.survival-diagnostics tbody tr').filter({ hasText: 'standard' }).first()
	).toContainText('表モード');
	expect(problems).toEqual([]);
});
