import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, hydrated } from './fixtures';
import { languageProblems } from './languageCheck';

// Every chart on every page, in both languages, at a laptop and a phone width, and every slide at 1920×1080: no SVG
// text clipped by its SVG, no two texts overlapping, no text rendered below the floor (11 px; 18 px on slides), and no
// drawing scaled (charts are laid out at the width they are shown at). Rendered boxes (getBoundingClientRect) and
// computed sizes are measured; nothing here is a snapshot.

interface Problem {
	chart: string;
	kind: 'clipped' | 'overlap' | 'small' | 'scaled';
	detail: string;
}

/** Measures every chart now on the page; `floor` is the smallest allowed rendered font size in CSS px. */
async function chartProblems(
	page: Page,
	scope: string,
	floor: number
): Promise<{ charts: number; texts: number; problems: Problem[] }> {
	return page.evaluate(
		({ scope, floor }) => {
			const problems: { chart: string; kind: 'clipped' | 'overlap' | 'small' | 'scaled'; detail: string }[] = [];
			const svgs = Array.from(document.querySelectorAll<SVGSVGElement>(`${scope} figure.chart > svg`));
			let count = 0;
			for (const svg of svgs) {
				const chart = `${svg.parentElement!.className}`.replace(/\s+/g, ' ').trim();
				const box = svg.getBoundingClientRect();
				const vb = svg.viewBox.baseVal;
				const scale = box.width / vb.width;
				if (Math.abs(scale - 1) > 0.02)
					problems.push({
						chart,
						kind: 'scaled',
						detail: `drawn at ${vb.width} px, shown at ${box.width.toFixed(1)} px`
					});
				// one box per rendered line: a <tspan> line of a wrapped label, or a whole <text>
				const lines: { text: string; left: number; right: number; top: number; bottom: number; size: number }[] = [];
				for (const t of Array.from(svg.querySelectorAll('text'))) {
					const cs = getComputedStyle(t);
					if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) continue;
					const parts = t.querySelectorAll('tspan').length ? Array.from(t.querySelectorAll('tspan')) : [t];
					for (const p of parts) {
						const label = (p.textContent ?? '').trim();
						if (!label) continue;
						// the text of a <title> inside a <text> is not drawn
						const own = Array.from(p.childNodes)
							.filter((n) => n.nodeType === Node.TEXT_NODE || (n as Element).localName === 'tspan')
							.map((n) => n.textContent)
							.join('')
							.trim();
						if (!own) continue;
						const r = p.getBoundingClientRect();
						if (r.width === 0) continue;
						const size = parseFloat(getComputedStyle(p).fontSize) * scale;
						// the em box around the middle of the line box: fonts' line boxes (Noto CJK: 1.45 em) overlap where glyphs do not
						const mid = (r.top + r.bottom) / 2;
						lines.push({
							text: own,
							left: r.left,
							right: r.right,
							top: mid - size * 0.45,
							bottom: mid + size * 0.45,
							size
						});
					}
				}
				count += lines.length;
				for (const l of lines) {
					if (l.size < floor - 0.01)
						problems.push({ chart, kind: 'small', detail: `"${l.text}" at ${l.size.toFixed(1)} px` });
					if (l.left < box.left - 0.5 || l.right > box.right + 0.5 || l.top < box.top - 1 || l.bottom > box.bottom + 1)
						problems.push({
							chart,
							kind: 'clipped',
							detail: `"${l.text}" [${(l.left - box.left).toFixed(1)}, ${(l.right - box.left).toFixed(1)}] × [${(l.top - box.top).toFixed(1)}, ${(l.bottom - box.top).toFixed(1)}] in ${box.width.toFixed(0)} × ${box.height.toFixed(0)}`
						});
				}
				// sweep by left edge: only neighbours in x are compared
				const byLeft = [...lines].sort((a, b) => a.left - b.left);
				for (let i = 0; i < byLeft.length; i++) {
					const a = byLeft[i]!;
					for (let j = i + 1; j < byLeft.length && byLeft[j]!.left < a.right - 1; j++) {
						const b = byLeft[j]!;
						const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
						const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
						if (dx > 1 && dy > 1)
							problems.push({
								chart,
								kind: 'overlap',
								detail: `"${a.text}" and "${b.text}" (${dx.toFixed(1)} × ${dy.toFixed(1)} px)`
							});
					}
				}
			}
			return { charts: svgs.length, texts: count, problems };
		},
		{ scope, floor }
	);
}

/** Waits until every chart has been laid out at the width it is shown at (after hydration measures its box). */
async function laidOut(page: Page, scope = ''): Promise<void> {
	await expect
		.poll(() =>
			page.evaluate((scope) => {
				const svgs = Array.from(document.querySelectorAll<SVGSVGElement>(`${scope} figure.chart > svg`));
				return svgs.every((s) => Math.abs(s.getBoundingClientRect().width - s.viewBox.baseVal.width) < 1);
			}, scope)
		)
		.toBe(true);
}

const format = (ps: Problem[]) => ps.map((p) => `${p.chart} · ${p.kind}: ${p.detail}`);

/** Pages with charts and the views that draw different charts; `choose` walks a page's own choices in place. */
const PAGES: { path: string; choose?: (page: Page) => AsyncGenerator<string> }[] = [
	{ path: '/trials/mm-001/' },
	{ path: '/trials/crb-401/' },
	{ path: '/trials/mm-003/' },
	{ path: '/trials/mm-003/?endpoint=OS' },
	{
		path: '/efficacy/',
		choose: async function* (page) {
			const select = page.locator('main select').first();
			for (const value of await select
				.locator('option')
				.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))) {
				await select.selectOption(value);
				yield value;
			}
		}
	},
	{ path: '/survival/' },
	{ path: '/survival/?endpoint=OS' },
	{ path: '/safety/' },
	{ path: '/safety/?trial=MM-003' },
	{
		path: '/rmp/',
		choose: async function* (page) {
			const select = page.locator('main select').first();
			for (const value of await select
				.locator('option')
				.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))) {
				await select.selectOption(value);
				yield value;
			}
		}
	},
	{ path: '/rmp/surveys/' },
	{ path: '/guideline/' }
];

for (const viewport of [
	{ width: 1366, height: 900 },
	{ width: 390, height: 844 }
]) {
	for (const lang of ['ja', 'en'] as const) {
		for (const { path, choose } of PAGES) {
			const url = lang === 'ja' ? path : `/en${path}`;
			test(`charts of ${url} are legible at ${viewport.width} px`, async ({ page, problems }) => {
				await page.setViewportSize(viewport);
				await page.goto(url);
				await hydrated(page);
				await laidOut(page);
				// nothing pushes the page sideways (wide tables scroll inside their own box)
				expect(
					await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
				).toBeLessThanOrEqual(0);
				const found: string[] = [];
				const first = await chartProblems(page, '', 11);
				expect(first.charts).toBeGreaterThan(0);
				found.push(...format(first.problems));
				if (choose) {
					let views = 0;
					for await (const view of choose(page)) {
						views++;
						await laidOut(page);
						found.push(...format((await chartProblems(page, '', 11)).problems).map((p) => `${view}: ${p}`));
					}
					expect(views).toBeGreaterThan(3);
				}
				expect(found).toEqual([]);
				expect(problems).toEqual([]);
			});
		}
	}
}

test.describe('your own data', () => {
	const template = (kind: string) => ({
		name: `${kind}.csv`,
		mimeType: 'text/csv',
		buffer: readFileSync(`static/templates/${kind}.csv`)
	});
	for (const viewport of [
		{ width: 1366, height: 900 },
		{ width: 390, height: 844 }
	]) {
		test(`the analysis page's charts are legible at ${viewport.width} px`, async ({ page, problems }) => {
			await page.setViewportSize(viewport);
			await page.goto('/en/analyze/');
			await hydrated(page);
			await page
				.locator('input[type="file"]')
				.setInputFiles(
					['best_response', 'response_rate', 'adverse_reaction', 'at_risk', 'survival_summary'].map(template)
				);
			await expect(page.locator('figure.survival-chart path.km')).toHaveCount(2, { timeout: 30_000 });
			await laidOut(page);
			const result = await chartProblems(page, '', 11);
			expect(result.charts).toBeGreaterThanOrEqual(4);
			expect(format(result.problems)).toEqual([]);
			expect(problems).toEqual([]);
		});
	}
});

for (const lang of ['ja', 'en'] as const) {
	test(`every slide is legible at 1920×1080 and worded in its language (${lang})`, async ({ page, problems }) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.goto(lang === 'ja' ? '/present/' : '/en/present/');
		await hydrated(page);
		const counter = page.locator('.slide-bar .counter');
		const total = Number(/(\d+)\D*$/.exec((await counter.textContent()) ?? '')?.[1]);
		expect(total).toBeGreaterThan(5);
		const found: string[] = [];
		for (let i = 1; i <= total; i++) {
			if (i > 1) {
				await page.keyboard.press('ArrowRight');
				await expect(page).toHaveURL(new RegExp(`slide=${i}(&|$)`));
			}
			await laidOut(page, '.slide');
			const slide = (await page.locator('.slide').getAttribute('data-slide')) ?? String(i);
			const result = await chartProblems(page, '.slide', 18);
			expect(result.charts, slide).toBe(1);
			found.push(...format(result.problems).map((p) => `${slide}: ${p}`));
			// the slide's own words (title, source, notes) are slide-sized too
			const small = await page.locator('.slide').evaluate((el) =>
				Array.from(el.querySelectorAll('h2, .slide-source, .slide-note'))
					.filter((e) => parseFloat(getComputedStyle(e).fontSize) < 18)
					.map((e) => `${e.className || e.localName} at ${getComputedStyle(e).fontSize}`)
			);
			found.push(...small.map((s) => `${slide}: ${s}`));
			// and every word on it in the page's language (the language crawl leaves the slides to this walk)
			found.push(...(await languageProblems(page, lang)).map((p) => `${slide}: ${p}`));
		}
		expect(found).toEqual([]);
		expect(problems).toEqual([]);
	});
}
