import { test, expect, hydrated } from './fixtures';

test('hovering a mark shows its numbers as printed; leaving hides them', async ({ page, problems }) => {
	await page.goto('/en/efficacy/');
	await hydrated(page);
	const tip = page.locator('figure.response-chart .chart-tip');
	await expect(tip).toHaveCount(0);
	await page.locator('figure.response-chart g.bar[data-bar="d300|"] rect.seg-sCR').hover();
	await expect(tip).toHaveText('Foreign cohort, 300×10⁶ CAR+ T cells · sCR: 19 (27.1%) / n = 70 · ORR 68.6%');
	await page.mouse.move(1, 1);
	await expect(tip).toHaveCount(0);

	const row = page.locator('figure.interval-chart g.row').filter({ hasText: 'Foreign cohort, 150×10⁶ CAR+ T cells' }).first();
	await row.locator('circle').hover();
	await expect(page.locator('figure.interval-chart .chart-tip')).toHaveText(
		'Foreign cohort, 150×10⁶ CAR+ T cells: ORR 50.0% (2/4) · printed interval [6.8, 93.2] · recomputed (clopper-pearson) [6.8, 93.2]'
	);
	expect(problems).toEqual([]);
});

test('the survival crosshair follows the pointer and reads S(t) for both arms', async ({ page, problems }) => {
	await page.goto('/en/survival/');
	await hydrated(page);
	const box = (await page.locator('figure.survival-chart rect.overlay').boundingBox())!;
	await expect(page.locator('.readout')).toContainText('t = 0.0');
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page.locator('.readout')).not.toContainText('t = 0.0');
	const t = Number(/t = ([\d.]+)/.exec((await page.locator('.readout').textContent())!)![1]);
	// the middle of a 0–33 month axis
	expect(t).toBeGreaterThan(14);
	expect(t).toBeLessThan(19);
	await expect(page.locator('.readout .readout-arm')).toHaveCount(2);
	expect(problems).toEqual([]);
});

test('a safety dot names its series, term and grade on hover, in Japanese', async ({ page, problems }) => {
	await page.goto('/safety/');
	await hydrated(page);
	await page.locator('figure.safety-dot-plot g.safety-row[data-term="pt:Cytokine release syndrome"] g.dot.grade-all').first().hover();
	await expect(page.locator('figure.safety-dot-plot .chart-tip')).toContainText('MM-001');
	await expect(page.locator('figure.safety-dot-plot .chart-tip')).toContainText('サイトカイン放出症候群 · 全グレード: 84.7% [77.5, 90.3]');
	expect(problems).toEqual([]);
});
