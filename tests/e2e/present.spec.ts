import { test, expect, axeViolations, hydrated } from './fixtures';
import { SLIDE_CHART_BUDGET, SLIDE_CHART_WIDTH } from '../../src/lib/site/slides';

const counter = (page: import('@playwright/test').Page) => page.locator('.slide-bar .counter');
const total = async (page: import('@playwright/test').Page) =>
	Number(/(\d+)\D*$/.exec((await counter(page).textContent()) ?? '')?.[1]);

/** Waits until the slide's chart is laid out at the width it is shown at (after hydration measures its box). */
async function laidOut(page: import('@playwright/test').Page): Promise<void> {
	await expect
		.poll(() =>
			page.evaluate(() => {
				const svg = document.querySelector<SVGSVGElement>('.slide figure.chart > svg');
				return svg !== null && Math.abs(svg.getBoundingClientRect().width - svg.viewBox.baseVal.width) < 1;
			})
		)
		.toBe(true);
}

test('presentation mode moves through the slides with the arrow keys and keeps the slide in the URL', async ({
	page,
	problems
}) => {
	await page.goto('/en/present/');
	await hydrated(page);
	// six best-response tables, six interval tables, MM-003's PFS and OS, CheckMate 017's OS, the forest plot and the
	// adverse reactions per trial in 4 + 4 + 7 parts
	await expect(counter(page)).toHaveText('1 of 31');
	await expect(page.locator('.slide h2')).toContainText('MM-001');
	await expect(page.locator('.slide figure.chart')).toHaveCount(1);
	await page.keyboard.press('ArrowRight');
	await expect(counter(page)).toHaveText('2 of 31');
	await expect(page).toHaveURL(/slide=2/);
	await page.keyboard.press('End');
	await expect(counter(page)).toHaveText('31 of 31');
	await expect(page.locator('.slide figure.safety-dot-plot')).toHaveCount(1);
	await expect(page.locator('.slide h2')).toHaveText(
		'Adverse reactions with Clopper–Pearson 95% intervals: MM-003 · Table 13 (part 7 of 7)'
	);
	await expect(page.locator('.slide-source')).toContainText('Optimal Use Promotion Guideline');
	await expect(page.locator('.slide-source')).toContainText('Table 13, lines 457–528 · data cut-off 2022-10-03');
	await expect(page.getByRole('button', { name: 'Next slide' })).toBeDisabled();
	await page.keyboard.press('Home');
	for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
	await expect(page.locator('.slide figure.forest-plot')).toHaveCount(1);
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator('.slide h2')).toHaveText('CheckMate 017 OS: Kaplan–Meier curves (reconstructed)');
	await expect(page.locator('.slide-source')).toContainText('(CheckMate 017, N Engl J Med 2015)');
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator('.slide figure.survival-chart title').first()).toContainText('OS');
	await expect(page.locator('.slide-source')).toContainText('Table 8');
	await expect(page.locator('.slide-source')).toContainText('data cut-off 2023-04-28');
	await page.reload();
	await hydrated(page);
	await expect(counter(page)).toHaveText('14 of 31');
	await page.keyboard.press('Home');
	await expect(counter(page)).toHaveText('1 of 31');
	expect(problems).toEqual([]);
});

test('each ORR interval table has its own slide with its own rows, title and source', async ({ page, problems }) => {
	await page.goto('/en/present/?chart=intervals-MM-003-gl_t9_mm003_prior_regimens_orr');
	await hydrated(page);
	await expect(counter(page)).toHaveText('10 of 31');
	await expect(page.locator('.slide h2')).toHaveText('Overall response rate with 95% intervals: MM-003 · Table 9');
	// Table 9 prints 8 intervals (2, 3, 4 prior regimens and overall, each arm)
	await expect(page.locator('.slide figure.interval-chart .row')).toHaveCount(8);
	await expect(page.locator('.slide-source')).toContainText('Table 9');
	// a link made before the split opens the first interval slide
	await page.goto('/en/present/?chart=intervals');
	await hydrated(page);
	await expect(counter(page)).toHaveText('7 of 31');
	await expect(page.locator('.slide h2')).toHaveText('Overall response rate with 95% intervals: MM-001 · Table 2');
	await expect(page.locator('.slide figure.interval-chart .row')).toHaveCount(4);
	expect(problems).toEqual([]);
});

test('the survival slide’s crosshair keeps its arrow keys and rests hidden; the deck can be one trial', async ({
	page,
	problems
}) => {
	await page.goto('/en/present/?chart=survival-PFS');
	await hydrated(page);
	await expect(counter(page)).toHaveText('13 of 31');
	// no resting crosshair: it appears on hover or focus only
	await expect(page.locator('.slide figure.survival-chart .crosshair')).toHaveCount(0);
	await page.getByRole('slider').focus();
	await page.keyboard.press('ArrowRight');
	await expect(counter(page)).toHaveText('13 of 31');
	await expect(page.getByRole('slider')).not.toHaveAttribute('aria-valuenow', '0');
	await page.getByLabel('Slides').selectOption('MM-003');
	// Table 9 and 10 responses and intervals, PFS, OS, the forest plot and Table 13 in 7 parts
	await expect(counter(page)).toHaveText('1 of 14');
	await expect(page).toHaveURL(/trial=MM-003/);
	await page.getByRole('button', { name: 'Next slide' }).click();
	await expect(counter(page)).toHaveText('2 of 14');
	expect(problems).toEqual([]);
});

test('full screen from the button and from the F key, in Japanese', async ({ page, problems }) => {
	await page.goto('/present/');
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(counter(page)).toHaveText('1 / 31');
	const fs = page.locator('.slide-bar button.fs');
	await fs.click();
	await expect(fs).toHaveAttribute('aria-pressed', 'true');
	expect(await page.evaluate(() => document.fullscreenElement?.classList.contains('stage'))).toBe(true);
	await expect(fs).toHaveText('全画面を終了');
	await page.keyboard.press('ArrowRight');
	await expect(counter(page)).toHaveText('2 / 31');
	await page.keyboard.press('f');
	await expect(fs).toHaveAttribute('aria-pressed', 'false');
	expect(problems).toEqual([]);
});

for (const lang of ['ja', 'en'] as const) {
	test(`every slide fits a 1920×1080 screen without scrolling (${lang})`, async ({ page, problems }) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.goto(lang === 'ja' ? '/present/' : '/en/present/');
		await hydrated(page);
		const count = await total(page);
		const found: string[] = [];
		for (let i = 1; i <= count; i++) {
			if (i > 1) {
				await page.keyboard.press('ArrowRight');
				await expect(page).toHaveURL(new RegExp(`slide=${i}(&|$)`));
			}
			await laidOut(page);
			const box = await page.locator('.stage').evaluate((el) => {
				const r = el.getBoundingClientRect();
				return { top: r.top, bottom: r.bottom, width: r.width, height: r.height, scrollY: window.scrollY };
			});
			const id = (await page.locator('.slide').getAttribute('data-slide')) ?? String(i);
			if (box.scrollY !== 0 || box.bottom > 1080)
				found.push(`${id}: stage ${box.top.toFixed(0)}–${box.bottom.toFixed(0)} (scrolled ${box.scrollY})`);
			// 16:9, as wide as the window's height allows
			if (Math.abs(box.width / box.height - 16 / 9) > 0.01)
				found.push(`${id}: stage ${box.width.toFixed(0)} × ${box.height.toFixed(0)} is not 16:9`);
		}
		expect(found).toEqual([]);
		expect(problems).toEqual([]);
	});
}

test('the slide budget: the height a split chart may take at 1920×1080, measured around the rendered slides', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1920, height: 1080 });
	const rooms: { id: string; room: number; width: number; height: number }[] = [];
	for (const path of ['/present/', '/en/present/']) {
		await page.goto(path);
		await hydrated(page);
		const count = await total(page);
		for (let i = 1; i <= count; i++) {
			if (i > 1) await page.keyboard.press('ArrowRight');
			await expect(counter(page)).toContainText(String(i));
			await laidOut(page);
			// the chrome of a slide (title, export buttons, notes, source and controls, padding) is its natural height
			// less the chart's; the 16:9 stage's height less the chrome is the chart's room
			rooms.push(
				await page.locator('.stage').evaluate((stage: HTMLElement) => {
					const svg = stage.querySelector<SVGSVGElement>('figure.chart > svg')!;
					const fitted = (stage.getBoundingClientRect().width * 9) / 16;
					stage.style.aspectRatio = 'auto';
					const natural = stage.getBoundingClientRect().height;
					stage.style.aspectRatio = '';
					const id = stage.querySelector<HTMLElement>('.slide')!.dataset.slide!;
					const chart = svg.getBoundingClientRect();
					return {
						id: `${document.documentElement.lang} ${id}`,
						room: Math.floor(fitted - (natural - chart.height)),
						width: chart.width,
						height: chart.height
					};
				})
			);
		}
	}
	console.log(rooms.map((r) => `${r.id}: room ${r.room} px for a chart ${r.width} × ${r.height}`).join('\n'));
	const split = rooms.filter((r) => / (intervals|safety)-/.test(r.id));
	const least = split.reduce((m, r) => Math.min(m, r.room), Infinity);
	// the split is decided at this budget and width (+page.server.ts): every split slide has at least this room…
	expect(SLIDE_CHART_BUDGET).toBeLessThanOrEqual(least);
	// …and the budget wastes little of it (re-measure when the chrome around the chart changes)
	expect(SLIDE_CHART_BUDGET).toBeGreaterThan(least - 30);
	// labels wrap no more than where the heights were computed: the charts are at least as wide as that
	for (const r of split) expect(r.width, r.id).toBeGreaterThanOrEqual(SLIDE_CHART_WIDTH);
	// every chart that is not split fits too
	for (const r of rooms) expect(r.height, r.id).toBeLessThanOrEqual(r.room);
});

for (const path of [
	'/present/',
	'/en/present/',
	'/en/present/?chart=survival-OS',
	'/present/?chart=safety',
	'/en/present/?chart=intervals-MM-001-gl_t2_mm001_2019_orr'
]) {
	test(`axe finds no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await hydrated(page);
		expect(await axeViolations(page)).toEqual([]);
	});
}
