import { readDocumentsOrThrow } from '../../src/lib/documents/readDocuments';
import { test, expect, axeViolations } from './fixtures';

const { datasets } = readDocumentsOrThrow();

test('home page in Japanese names every document’s trials and the RMP, and links every dataset by trial', async ({
	page,
	problems
}) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('試験エビデンス・エクスプローラー');
	for (const trial of ['MM-001', 'CRB-401', 'MM-003', 'CheckMate 017'])
		await expect(page.getByRole('heading', { name: trial, exact: true })).toBeVisible();
	// each document's trials under its own heading
	await expect(page.getByRole('heading', { name: '試験：CheckMate 017 試験の公表論文（ニボルマブ）' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'リツキシマブ 医薬品リスク管理計画書' })).toBeVisible();
	expect(problems).toEqual([]);
});

test('language switch keeps the page and changes every label', async ({ page, problems }) => {
	await page.goto('/datasets/gl_t7_mm003_pfs/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'表 7 MM-003 PFS の中間解析（2022 年 4 月 18 日データカットオフ）'
	);
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/en\/datasets\/gl_t7_mm003_pfs\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { name: 'Provenance' })).toBeVisible();
	await expect(page.getByRole('link', { name: /Back to all datasets/ })).toBeVisible();
	await page.getByRole('link', { name: '日本語' }).click();
	await expect(page).toHaveURL(/\/datasets\/gl_t7_mm003_pfs\/$/);
	await expect(page.getByRole('heading', { name: '出典' })).toBeVisible();
	expect(problems).toEqual([]);
});

test('the dataset list links every catalogued dataset, in both languages', async ({ page, problems }) => {
	for (const prefix of ['', '/en']) {
		await page.goto(`${prefix}/datasets/`);
		const links = page.locator('table.dataset-list tbody a');
		await expect(links).toHaveCount(datasets.length);
		const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs.sort()).toEqual(datasets.map((d) => `${prefix}/datasets/${d.entry.id}/`).sort());
		// no two links read the same (issue 12: each dataset has its own label)
		const names = await links.allTextContents();
		expect(new Set(names).size).toBe(datasets.length);
	}
	expect(problems).toEqual([]);
});

test('navigation works from the keyboard: skip link, then main content', async ({ page }) => {
	await page.goto('/en/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	await page.goto('/en/datasets/');
	const first = page.locator('table.dataset-list tbody a').first();
	await first.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/en\/datasets\/[a-z0-9_]+\/$/);
});

test('the CSV download is the bundled file, byte for byte', async ({ page, request }) => {
	await page.goto('/en/datasets/gl_t2_mm001_2019_orr/');
	const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
	expect(href).toBe('/data/gl_t2_mm001_2019_orr.csv');
	const body = await (await request.get(href!)).text();
	expect(body).toContain('d150_450');
	expect(body).toContain('73.4');
});

// one page of every schema kind, plus home and the list, in both languages
const kinds = [...new Map(datasets.map((d) => [d.entry.schema, d.entry.id])).values()];
const pages = [
	'/',
	'/datasets/',
	'/documents/',
	'/documents/guideline/',
	'/documents/rmp/',
	...kinds.map((id) => `/datasets/${id}/`)
];
for (const prefix of ['', '/en']) {
	for (const path of pages) {
		test(`axe finds no violations on ${prefix}${path}`, async ({ page }) => {
			await page.goto(`${prefix}${path}`);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
}

test('a source line in a dataset opens the document at that line, which links back to the dataset', async ({
	page,
	problems
}) => {
	await page.goto('/en/datasets/gl_t7_mm003_pfs/');
	const link = page.locator('table.rows tbody tr').first().getByRole('link', { name: '251' });
	await link.click();
	await expect(page).toHaveURL(/\/en\/documents\/guideline\/#L251$/);
	const line = page.locator('#L251');
	await expect(line).toContainText('PFS イベント (%)\t149 (58.7)\t93 (70.5)');
	await line.getByRole('link', { name: 'Table 7' }).click();
	await expect(page).toHaveURL(/\/en\/datasets\/gl_t7_mm003_pfs\/$/);
	await page.goto('/documents/');
	await expect(page.getByRole('link', { name: /リツキサン/ })).toBeVisible();
	expect(problems).toEqual([]);
});
