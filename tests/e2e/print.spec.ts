import { test, expect, hydrated } from './fixtures';

test('printing a chart page keeps the charts whole and leaves the controls out', async ({ page, problems }) => {
	await page.goto('/en/survival/');
	await hydrated(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.switch').first()).toBeHidden();
	await expect(page.locator('.site-header nav').first()).toBeHidden();
	await expect(page.locator('figure.survival-chart svg')).toBeVisible();
	expect(await page.locator('figure.survival-chart').evaluate((f) => getComputedStyle(f).breakInside)).toBe('avoid');
	// the printed page is a real PDF with the chart on it (A4, a few pages)
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	expect(pages).toBeGreaterThan(0);
	expect(pages).toBeLessThan(12);
	await page.emulateMedia({ media: 'screen' });
	await expect(page.locator('.switch').first()).toBeVisible();
	expect(problems).toEqual([]);
});
