import { readDataDirOrThrow } from '../../src/lib/data/readDataDir';
import { test, expect } from './fixtures';

const datasets = readDataDirOrThrow('static/data');
const locales = [
	{ lang: 'ja', prefix: '' },
	{ lang: 'en', prefix: '/en' }
] as const;

for (const { lang, prefix } of locales) {
	test.describe(`dataset pages (${lang})`, () => {
		for (const d of datasets) {
			test(`${d.entry.id} renders all ${d.rows.length} rows with provenance`, async ({ page, problems }) => {
				await page.goto(`${prefix}/datasets/${d.entry.id}/`);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'ja' ? d.entry.title_ja : d.entry.title_en);
				await expect(page.locator('table.rows tbody tr')).toHaveCount(d.rows.length);
				const provenance = page.locator('section.provenance');
				await expect(provenance).toContainText(d.entry.document);
				await expect(provenance).toContainText(`${d.entry.source_lines[0]}–${d.entry.source_lines[1]}`);
				if (d.entry.cutoff) await expect(provenance).toContainText(d.entry.cutoff);
				for (const f of d.entry.footnotes) await expect(provenance).toContainText(f.slice(0, 40));
				// the first row's printed numbers and source line appear as they are in the CSV
				const first = page.locator('table.rows tbody tr').first();
				await expect(first).toContainText(d.rows[0]!.source_line!);
				expect(problems).toEqual([]);
			});
		}
	});
}

test('the best-response table reads as printed: Table 2, 300×10⁶ column', async ({ page }) => {
	await page.goto('/datasets/gl_t2_mm001_2019_best_response/');
	const printed = page.locator('table.printed');
	await expect(printed.locator('tbody tr').first()).toContainText('19 (27.1)');
	await expect(printed.locator('tbody tr').first()).toContainText('1 (25.0)');
	await expect(printed.locator('thead')).toContainText('70 例');
	// the rates printed under the categories, from the companion dataset of the same table
	const last = printed.locator('tbody tr');
	await expect(last.filter({ hasText: '全奏効割合' })).toContainText('73.4');
	await expect(last.filter({ hasText: '95% CI' })).toContainText('[65.8, 81.1]');
	await expect(last.filter({ hasText: 'p 値' })).toContainText('<0.0001');
	await expect(page.getByRole('link', { name: /IMWG/ }).first()).toBeVisible();
});

test('the at-risk table says its time axis is an assumption', async ({ page }) => {
	await page.goto('/en/datasets/gl_f1_mm003_pfs_at_risk/');
	await expect(page.locator('p.note')).toContainText('assumption');
	await expect(page.locator('table.printed tbody tr').first()).toContainText('254');
	await expect(page.locator('section.provenance')).toContainText('3-month');
});

test('criteria read as nested lists in document order (Table 1)', async ({ page }) => {
	await page.goto('/en/datasets/gl_t1_mm001_eligibility/');
	const headings = page.locator('section[aria-labelledby="structured-title"] h3');
	await expect(headings).toHaveText(['Inclusion criteria', 'Exclusion criteria']);
	await expect(page.locator('ul.criteria ul.criteria').first()).toContainText('3');
});

test('the CRS algorithm reads grade by grade with its steps in order (Table 15)', async ({ page }) => {
	await page.goto('/datasets/gl_t15_crs_algorithm/');
	const rows = page.locator('table.algorithm tbody tr');
	await expect(rows).toHaveCount(4);
	await expect(rows.nth(0).locator('th')).toContainText('38.5℃以上の発熱');
	await expect(rows.nth(3).locator('td').first()).toContainText('トシリズマブ 8 mg/kg');
});
