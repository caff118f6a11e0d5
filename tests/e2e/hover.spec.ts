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

	const row = page
		.locator('figure.interval-chart g.row')
		.filter({ hasText: 'Foreign cohort, 150×10⁶ CAR+ T cells' })
		.first();
	await row.locator('circle').hover();
	await expect(page.locator('figure.interval-chart .chart-tip')).toHaveText(
		'Foreign cohort, 150×10⁶ CAR+ T cells: ORR 50.0% (2/4) · printed interval [6.8, 93.2] · recomputed (Clopper–Pearson) [6.8, 93.2]'
	);
	expect(problems).toEqual([]);
});

test('the survival crosshair follows the pointer, marks both curves and reads S(t) beside the line', async ({
	page,
	problems
}) => {
	await page.goto('/en/survival/');
	await hydrated(page);
	const crosshair = page.locator('figure.survival-chart .crosshair');
	const overlay = page.locator('figure.survival-chart rect.overlay');
	// nothing rests on the plot at t = 0
	await expect(crosshair).toHaveCount(0);
	// hover() finds the overlay's centre when it acts, after the chart has been laid out at its shown width
	await overlay.hover();
	await expect(crosshair).toHaveCount(1);
	const t = Number(/t = ([\d.]+)/.exec((await page.locator('.readout').textContent())!)![1]);
	// the middle of a 0–33 month axis
	expect(t).toBeGreaterThan(14);
	expect(t).toBeLessThan(19);
	await expect(page.locator('.readout .readout-arm')).toHaveCount(2);
	await expect(crosshair.locator('circle.marker')).toHaveCount(2);
	// the drawn readout: beside the line (to its right in the middle of the plot), inside the drawing
	const svg = (await page.locator('figure.survival-chart > svg').boundingBox())!;
	const line = (await crosshair.locator('line').boundingBox())!;
	const readout = (await crosshair.locator('rect').boundingBox())!;
	expect(readout.x).toBeGreaterThanOrEqual(line.x);
	expect(readout.x + readout.width).toBeLessThanOrEqual(svg.x + svg.width);
	await expect(crosshair.locator('text')).toHaveCount(3);
	await expect(crosshair).toContainText(`t = ${t.toFixed(1)}`);
	// near the right edge it flips to the left of the line
	const box = (await overlay.boundingBox())!;
	await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
	await expect(crosshair).toContainText('t = 3');
	const right = (await crosshair.locator('rect').boundingBox())!;
	expect(right.x + right.width).toBeLessThanOrEqual((await crosshair.locator('line').boundingBox())!.x);
	// leaving the plot takes it away
	await page.mouse.move(1, 1);
	await expect(crosshair).toHaveCount(0);
	await expect(page.locator('.readout')).toHaveText('');
	expect(problems).toEqual([]);
});

test('a safety dot names its series, term and grade on hover, in Japanese', async ({ page, problems }) => {
	await page.goto('/safety/');
	await hydrated(page);
	await page
		.locator('figure.safety-dot-plot g.safety-row[data-term="pt:Cytokine release syndrome"] g.dot.grade-all')
		.first()
		.hover();
	await expect(page.locator('figure.safety-dot-plot .chart-tip')).toContainText('MM-001');
	await expect(page.locator('figure.safety-dot-plot .chart-tip')).toContainText(
		'サイトカイン放出症候群 · 全グレード: 84.7% [77.5, 90.3]'
	);
	expect(problems).toEqual([]);
});
