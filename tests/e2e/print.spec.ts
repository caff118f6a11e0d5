import { test, expect, hydrated } from './fixtures';

// A4 with the 15 mm @page margins of app.css, in CSS px (96 per inch)
const MM = 96 / 25.4;
const PRINTABLE = { width: (210 - 30) * MM, height: (297 - 30) * MM };

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

test('the page is printed with 15 mm margins', async ({ page }) => {
	await page.goto('/en/survival/');
	const margins = await page.evaluate(() =>
		Array.from(document.styleSheets)
			.flatMap((s) => Array.from(s.cssRules))
			.filter((r): r is CSSPageRule => r instanceof CSSPageRule)
			.map((r) => r.style.margin)
	);
	expect(margins).toEqual(['15mm']);
});

test('the survival chart re-lays itself out for the printed page: within its width, no text under 11 px, each chart whole', async ({
	page,
	problems
}) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto('/en/survival/');
	await hydrated(page);
	const svg = page.locator('figure.survival-chart > svg');
	// on screen the chart takes its box (wider than a printed page)
	expect((await svg.boundingBox())!.width).toBeGreaterThan(PRINTABLE.width);
	await page.emulateMedia({ media: 'print' });
	await expect
		.poll(async () => Number(await svg.evaluate((s: SVGSVGElement) => s.viewBox.baseVal.width)))
		.toBeLessThanOrEqual(PRINTABLE.width);
	const drawn = await svg.evaluate((s: SVGSVGElement) => {
		const box = s.getBoundingClientRect();
		const scale = box.width / s.viewBox.baseVal.width;
		const sizes = Array.from(s.querySelectorAll('text'))
			.filter((t) => (t.textContent ?? '').trim() !== '' && t.getBoundingClientRect().width > 0)
			.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
		return { width: box.width, scale, texts: sizes.length, smallest: sizes.reduce((m, s) => Math.min(m, s), Infinity) };
	});
	expect(drawn.width).toBeLessThanOrEqual(PRINTABLE.width);
	// re-laid out, not scaled down
	expect(drawn.scale).toBeCloseTo(1, 2);
	expect(drawn.texts).toBeGreaterThan(10);
	expect(drawn.smallest).toBeGreaterThanOrEqual(11);
	// every chart fits one printed page and is kept whole on it
	for (const f of await page.locator('figure.chart').all()) {
		expect(await f.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
		expect((await f.boundingBox())!.height).toBeLessThanOrEqual(PRINTABLE.height);
	}
	await page.emulateMedia({ media: 'screen' });
	await expect.poll(async () => (await svg.boundingBox())!.width).toBeGreaterThan(PRINTABLE.width);
	expect(problems).toEqual([]);
});

test('a printed page carries its link and the date of printing, and no interactive readouts', async ({
	page,
	problems
}) => {
	await page.goto('/en/survival/?endpoint=OS');
	await hydrated(page);
	const footer = page.locator('.print-footer');
	await expect(footer).toBeHidden();
	// a hover tip and the crosshair, as a reader would leave them before printing
	const chart = page.locator('figure.survival-chart');
	await chart.locator('[role="slider"]').focus();
	await page.keyboard.press('ArrowRight');
	await expect(chart.locator('.crosshair')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	const d = new Date();
	const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
	await expect(footer).toBeVisible();
	await expect(footer).toHaveText(`Printed from ${page.url()} on ${today}`);
	// and at the foot of every sheet: the @page margin box reads the same words from --print-footer
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-footer'))).toBe(
		JSON.stringify(`Printed from ${page.url()} on ${today}`)
	);
	for (const selector of [
		'.crosshair',
		'.readout',
		'.chart-tip',
		'.chart-export',
		'label.censor-toggle',
		'.site-footer'
	]) {
		const shown = await page
			.locator(selector)
			.evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
		expect(shown, selector).toBe(0);
	}
	await page.emulateMedia({ media: 'screen' });
	await expect(footer).toBeHidden();
	expect(problems).toEqual([]);
});

test('the printed footer follows the selection and is in the page’s language', async ({ page, problems }) => {
	await page.goto('/trials/mm-003/');
	await hydrated(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.print-footer')).toContainText(`${page.url()} から`);
	await expect(page.locator('.print-footer')).toContainText('に印刷');
	expect(problems).toEqual([]);
});
