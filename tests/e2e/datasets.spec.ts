import { readDocumentsOrThrow } from '../../src/lib/documents/readDocuments';
import { test, expect, hydrated } from './fixtures';
import { languageProblems } from './languageCheck';

const { datasets } = readDocumentsOrThrow();
const locales = [
	{ lang: 'ja', prefix: '' },
	{ lang: 'en', prefix: '/en' }
] as const;

// the dataset pages in groups, each walked in one browser page: rows, provenance and every word in the page's language
const GROUPS = 3;
for (const { lang, prefix } of locales) {
	for (let g = 0; g < GROUPS; g++) {
		const group = datasets.filter((_, i) => i % GROUPS === g);
		test(`dataset pages (${lang}), part ${g + 1} of ${GROUPS}: every row with its provenance, every word in ${lang === 'ja' ? 'Japanese' : 'English'}`, async ({
			page,
			problems
		}) => {
			test.setTimeout(120_000);
			const wrongLanguage: string[] = [];
			for (const d of group) {
				await page.goto(`${prefix}/datasets/${d.entry.id}/`);
				await hydrated(page);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				// the heading names this dataset; the table's printed title is quoted under it
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(
					(lang === 'ja' ? d.entry.label_ja : d.entry.label_en)!
				);
				await expect(page.locator('main')).toContainText(lang === 'ja' ? d.entry.title_ja : d.entry.title_en);
				await expect(page.locator('table.rows tbody tr'), d.entry.id).toHaveCount(d.rows.length);
				const provenance = page.locator('section.provenance');
				await expect(provenance).toContainText(d.entry.document);
				await expect(provenance).toContainText(`${d.entry.source_lines[0]}–${d.entry.source_lines[1]}`);
				if (d.entry.cutoff) await expect(provenance).toContainText(d.entry.cutoff);
				for (const f of d.entry.footnotes) await expect(provenance).toContainText(f.slice(0, 40));
				// the first row's printed numbers and source line appear as they are in the CSV
				await expect(page.locator('table.rows tbody tr').first()).toContainText(d.rows[0]!.source_line!);
				wrongLanguage.push(...(await languageProblems(page, lang)).map((f) => `${d.entry.id}: ${f}`));
			}
			expect(wrongLanguage).toEqual([]);
			expect(problems).toEqual([]);
		});
	}
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
	// the other dataset of the same printed table, linked by its own label
	await expect(
		page.getByRole('link', { name: '表 2 MM-001 全奏効割合と 95% CI（2019 年 10 月 16 日データカットオフ）' })
	).toHaveAttribute('href', '/datasets/gl_t2_mm001_2019_orr/');
});

test('English pages translate the footnotes and assumptions and quote the printed original in Japanese', async ({
	page,
	problems
}) => {
	await page.goto('/en/datasets/gl_t10_mm003_japanese_orr/');
	const provenance = page.locator('section.provenance');
	const first = provenance.locator('ul.footnotes li').first();
	await expect(first).toContainText('*1: 2 patients with 3 prior regimens and 2 patients with 4 prior regimens.');
	await expect(first.locator('q[lang="ja"]')).toHaveText(
		'*1 : 3レジメンの前治療歴のある2例及び4レジメンの前治療歴のある2例。'
	);
	await expect(provenance.locator('ul.assumptions li')).toHaveCount(5);
	await expect(provenance.locator('ul.assumptions')).toContainText('Wald (normal-approximation) 95% intervals');
	await page.goto('/datasets/gl_t10_mm003_japanese_orr/');
	await expect(page.locator('section.provenance ul.footnotes li').first()).toHaveText(
		'*1 : 3レジメンの前治療歴のある2例及び4レジメンの前治療歴のある2例。'
	);
	await expect(page.locator('section.provenance ul.assumptions')).toContainText(
		'Wald 法（正規近似）による 95% CI と一致する'
	);
	await expect(page.locator('section.provenance')).toContainText('記載なし');
	expect(problems).toEqual([]);
});

test('the rows table marks the document’s Japanese on English pages and shows English translations', async ({
	page
}) => {
	await page.goto('/en/datasets/rmp_surveys/');
	const rows = page.locator('table.rows');
	await expect(rows).toContainText('1 June 2022 to 31 May 2030 (planned)');
	await expect(rows).toContainText('125 patients (115 patients evaluable for safety)');
	await expect(rows.locator('td[lang="ja"]')).toHaveCount(0);
	await page.goto('/en/datasets/gl_numeric_statements_section6/');
	// the source clause of each of the 8 rows, and the one value printed with a Japanese wave dash (30～60)
	await expect(page.locator('table.rows td.long[lang="ja"]')).toHaveCount(8);
	await expect(page.locator('table.rows td:not(.long)[lang="ja"]')).toHaveText(['30～60']);
	await page.goto('/en/datasets/gl_t7_mm003_pfs/');
	await expect(page.locator('table.rows')).toContainText('One-sided p-value');
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
