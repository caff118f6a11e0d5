import { test, expect, hydrated } from './fixtures';

// a tablet in portrait and a wide screen: nothing may push the page sideways (wide tables scroll inside their own box);
// the chart pages are checked at a laptop and a phone width, chart by chart, by legibility.spec.ts
const PAGES = ['/', '/verification/', '/present/', '/analyze/', '/en/datasets/gl_t13_mm003_adverse_reactions/'];
for (const viewport of [
	{ width: 768, height: 1024 },
	{ width: 1920, height: 1080 }
]) {
	for (const path of PAGES) {
		test(`${path} fits a ${viewport.width}px screen and its charts scale to it`, async ({ page, problems }) => {
			await page.setViewportSize(viewport);
			await page.goto(path);
			await hydrated(page);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			for (const svg of await page.locator('figure.chart svg').all()) {
				const box = (await svg.boundingBox())!;
				expect(box.width).toBeGreaterThan(300);
				expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
			}
			expect(problems).toEqual([]);
		});
	}
}
