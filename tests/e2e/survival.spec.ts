import { test, expect, axeViolations, hydrated } from './fixtures';

test('the survival chart switches endpoint, keeps it in the URL, and its crosshair reads S(t) from the keyboard', async ({
	page,
	problems
}) => {
	await page.goto('/en/survival/');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Survival curves (reconstructed)');
	await expect(page.locator('p.note')).toContainText('Reconstructed curve');
	await expect(page.locator('figure.survival-chart path.km')).toHaveCount(2);
	// the at-risk table under the plot shows the printed numbers of Figure 1
	await expect(page.locator('figure.survival-chart g.at-risk')).toContainText('254');
	// the at-risk rows are labelled "printed" / "rebuilt" under a heading line per arm, none cut at the SVG's edge
	await expect(page.locator('figure.survival-chart g.at-risk text').filter({ hasText: /^printed$/ })).toHaveCount(2);
	// no resting crosshair: the slider is at 0 but nothing is drawn or read out until it is used
	const slider = page.getByRole('slider');
	await expect(slider).toHaveAttribute('aria-valuenow', '0');
	await expect(page.locator('figure.survival-chart .crosshair')).toHaveCount(0);
	await expect(page.locator('.readout')).toHaveText('');
	await slider.focus();
	await expect(page.locator('.readout')).toContainText('t = 0.0');
	for (let i = 0; i < 4; i++) await page.keyboard.press('PageUp');
	await expect(page.locator('.readout')).toContainText('t = 12.0');
	await expect(slider).toHaveAttribute('aria-valuenow', '12');
	// a marker on each curve and the readout beside the line, inside the drawing
	const crosshair = page.locator('figure.survival-chart .crosshair');
	await expect(crosshair.locator('circle.marker')).toHaveCount(2);
	await expect(crosshair).toContainText('t = 12.0');
	await page.keyboard.press('End');
	await expect(page.locator('.readout')).toContainText('t = 33.0');
	const svg = (await page.locator('figure.survival-chart > svg').boundingBox())!;
	const box = (await crosshair.locator('rect').boundingBox())!;
	const line = (await crosshair.locator('line').boundingBox())!;
	// near the right edge the readout flips to the left of the line
	expect(box.x + box.width).toBeLessThanOrEqual(line.x);
	expect(box.x).toBeGreaterThanOrEqual(svg.x);
	// leaving the slider takes the crosshair away; coming back starts where it was
	await slider.blur();
	await expect(crosshair).toHaveCount(0);
	await expect(slider).toHaveAttribute('aria-valuenow', '33');
	await slider.focus();
	await expect(page.locator('.readout')).toContainText('t = 33.0');
	await slider.blur();

	// the rebuilt curves' censor times are invented: no marks until the reader asks for them
	await expect(page.locator('figure.survival-chart line.censor')).toHaveCount(0);
	const toggle = page.getByRole('checkbox', { name: 'Show censor marks (rebuilt, not observed)' });
	await toggle.check();
	expect(await page.locator('figure.survival-chart line.censor').count()).toBeGreaterThan(10);
	await toggle.uncheck();
	await expect(page.locator('figure.survival-chart line.censor')).toHaveCount(0);

	await page.getByRole('button', { name: 'Overall survival (OS)' }).click();
	await expect(page).toHaveURL(/endpoint=OS/);
	await expect(page.locator('figure.survival-chart title')).toHaveText(
		'MM-003 OS: Kaplan–Meier curves (reconstructed)'
	);
	await expect(page.locator('table.survival-values tbody tr')).toHaveCount(17);
	await page.reload();
	await hydrated(page);
	await expect(page.getByRole('button', { name: 'Overall survival (OS)' })).toHaveAttribute('aria-pressed', 'true');
	expect(problems).toEqual([]);
});

test('the survival page sets printed against recomputed, in Japanese, and links its sources', async ({
	page,
	problems
}) => {
	await page.goto('/survival/');
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	const compare = page.locator('section[aria-labelledby="annot-title"]');
	await expect(compare).toContainText('0.493 [0.365, 0.666]');
	await expect(compare).toContainText('13.3 [11.8, 16.1]');
	await expect(compare.getByRole('link', { name: '出典の表' })).toHaveAttribute('href', '/datasets/gl_t7_mm003_pfs/');
	// the subgroup forest plot: Table 9's four rows and Table 10's Japanese population, as printed
	const forest = page.locator('figure.forest-plot g.forest-row');
	await expect(forest).toHaveCount(5);
	await expect(forest.nth(1)).toContainText('0.445 [0.292, 0.678]');
	await expect(forest.nth(4)).toContainText('推定不能');
	// and the same five rows as an HTML table (the plot's text alternative)
	const forestRows = page.locator('table.forest-values tbody tr');
	await expect(forestRows).toHaveCount(5);
	await expect(forestRows.nth(1)).toContainText('0.445 [0.292, 0.678]');
	await expect(forestRows.nth(4)).toContainText('推定不能');
	expect(problems).toEqual([]);
});

test('a third document’s trial is one more choice: CheckMate 017, rebuilt at its printed times, kept in the URL', async ({
	page,
	problems
}) => {
	await page.goto('/en/survival/');
	await hydrated(page);
	await page.getByRole('button', { name: 'CheckMate 017' }).click();
	await expect(page).toHaveURL(/trial=CheckMate\+017&endpoint=OS/);
	await expect(page.locator('figure.survival-chart title')).toHaveText(
		'CheckMate 017 OS: Kaplan–Meier curves (reconstructed)'
	);
	await expect(page.locator('#rebuilt-note')).toContainText('numbers at risk (at the printed times)');
	await expect(page.locator('figure.survival-chart g.at-risk')).toContainText('135');
	await expect(page.getByText('The document does not say how its hazard ratio was computed')).toBeVisible();
	// it prints no subgroup table: no forest plot
	await expect(page.locator('figure.forest-plot')).toHaveCount(0);
	// 0, 3, …, 21 months, as Figure 1A prints them
	await expect(page.locator('table.survival-values tbody tr')).toHaveCount(8);
	await page.reload();
	await hydrated(page);
	await expect(page.getByRole('button', { name: 'CheckMate 017' })).toHaveAttribute('aria-pressed', 'true');
	// the same link in Japanese: the title, the note and the arms in Japanese
	await page.goto('/survival/?trial=CheckMate+017&endpoint=OS');
	await hydrated(page);
	await expect(page.locator('figure.survival-chart title')).toHaveText(
		'CheckMate 017 試験 OS の Kaplan-Meier 曲線（再構成）'
	);
	await expect(page.locator('#rebuilt-note')).toContainText('時間軸は印刷された時点');
	await expect(page.locator('table.survival-values thead')).toContainText('ニボルマブ群');
	expect(problems).toEqual([]);
});

for (const path of [
	'/survival/',
	'/en/survival/',
	'/survival/?trial=CheckMate+017',
	'/en/survival/?trial=CheckMate+017'
]) {
	test(`axe finds no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await hydrated(page);
		expect(await axeViolations(page)).toEqual([]);
	});
}
