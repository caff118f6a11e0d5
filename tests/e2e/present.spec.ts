import { test, expect, axeViolations, hydrated } from './fixtures';

const counter = (page: import('@playwright/test').Page) => page.locator('.slide-bar .counter');

test('presentation mode moves through the slides with the arrow keys and keeps the slide in the URL', async ({ page, problems }) => {
	await page.goto('/en/present/');
	await hydrated(page);
	// five best-response tables, the intervals, PFS, OS, the forest plot and the adverse reactions
	await expect(counter(page)).toHaveText('1 of 10');
	await expect(page.locator('.slide h2')).toContainText('MM-001');
	await expect(page.locator('.slide figure.chart')).toHaveCount(1);
	await page.keyboard.press('ArrowRight');
	await expect(counter(page)).toHaveText('2 of 10');
	await expect(page).toHaveURL(/slide=2/);
	await page.keyboard.press('End');
	await expect(counter(page)).toHaveText('10 of 10');
	await expect(page.locator('.slide figure.safety-dot-plot')).toHaveCount(1);
	await expect(page.locator('.slide-source')).toContainText('MM-001 · Table 11 · 2020-12-21');
	await expect(page.getByRole('button', { name: 'Next slide' })).toBeDisabled();
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator('.slide figure.forest-plot')).toHaveCount(1);
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator('.slide figure.survival-chart title')).toContainText('OS');
	await expect(page.locator('.slide-source')).toContainText('MM-003 · Table 8 · 2023-04-28');
	await page.reload();
	await hydrated(page);
	await expect(counter(page)).toHaveText('8 of 10');
	await page.keyboard.press('Home');
	await expect(counter(page)).toHaveText('1 of 10');
	expect(problems).toEqual([]);
});

test('the survival slide’s crosshair keeps its arrow keys; the deck can be one trial; a link can name the chart', async ({ page, problems }) => {
	await page.goto('/en/present/?chart=survival-PFS');
	await hydrated(page);
	await expect(counter(page)).toHaveText('7 of 10');
	await page.getByRole('slider').focus();
	await page.keyboard.press('ArrowRight');
	await expect(counter(page)).toHaveText('7 of 10');
	await expect(page.getByRole('slider')).not.toHaveAttribute('aria-valuenow', '0');
	await page.getByLabel('Slides').selectOption('MM-003');
	await expect(counter(page)).toHaveText('1 of 7');
	await expect(page).toHaveURL(/trial=MM-003/);
	await page.getByRole('button', { name: 'Next slide' }).click();
	await expect(counter(page)).toHaveText('2 of 7');
	expect(problems).toEqual([]);
});

test('full screen from the button and from the F key, in Japanese', async ({ page, problems }) => {
	await page.goto('/present/');
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(counter(page)).toHaveText('1 / 10');
	const fs = page.locator('.slide-bar button.fs');
	await fs.click();
	await expect(fs).toHaveAttribute('aria-pressed', 'true');
	expect(await page.evaluate(() => document.fullscreenElement?.classList.contains('stage'))).toBe(true);
	await expect(fs).toHaveText('全画面を終了');
	await page.keyboard.press('ArrowRight');
	await expect(counter(page)).toHaveText('2 / 10');
	await page.keyboard.press('f');
	await expect(fs).toHaveAttribute('aria-pressed', 'false');
	expect(problems).toEqual([]);
});

for (const path of ['/present/', '/en/present/', '/en/present/?chart=survival-OS', '/present/?chart=safety']) {
	test(`axe finds no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await hydrated(page);
		expect(await axeViolations(page)).toEqual([]);
	});
}
