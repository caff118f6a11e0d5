import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, hydrated } from './fixtures';
import { foreignWords, format, languageProblems } from './languageCheck';

// Every page in both languages, every survey view and the analysed templates: each visible word is in the page's
// language (WCAG 3.1.2, language of parts; the rules are in languageCheck.ts). The dataset pages are checked in
// datasets.spec.ts and the slides in legibility.spec.ts, which walk them anyway.

/** Every prerendered page (the build holds one index.html per page and language). */
function builtPages(): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const p = join(dir, name);
			if (statSync(p).isDirectory()) {
				if (!['_app', 'data', 'derived', 'sources', 'templates'].includes(name)) walk(p);
			} else if (name === 'index.html') out.push(`/${dir.replace(/^build\/?/, '')}/`.replace(/\/+/g, '/'));
		}
	};
	walk('build');
	return out.filter((p) => !p.startsWith('/en/')).sort();
}

// each dataset page is checked where datasets.spec.ts visits it anyway
const PAGES = builtPages().filter((p) => !/^\/datasets\/[^/]+\/$/.test(p));

test('the crawl finds every page', () => {
	expect(PAGES.length).toBeGreaterThan(15);
	expect(PAGES).toContain('/datasets/');
	expect(PAGES).toContain('/rmp/surveys/');
});

/** Pages in groups, so a few tests walk them all in one browser page each (one navigation per page). */
const GROUPS = 4;

for (const lang of ['ja', 'en'] as const) {
	for (let g = 0; g < GROUPS; g++) {
		const group = PAGES.filter((_, i) => i % GROUPS === g);
		test(`every word is ${lang === 'ja' ? 'Japanese' : 'English'} on the ${lang} pages, part ${g + 1} of ${GROUPS}`, async ({
			page,
			problems
		}) => {
			test.setTimeout(120_000);
			const found: string[] = [];
			for (const path of group) {
				const url = lang === 'ja' ? path : `/en${path}`;
				await page.goto(url);
				await hydrated(page);
				found.push(...(await languageProblems(page, lang)).map((f) => `${url} ${f}`));
			}
			expect(found).toEqual([]);
			expect(problems).toEqual([]);
		});
	}

	test(`every survey view is in ${lang === 'ja' ? 'Japanese' : 'English'} (the slides are checked in legibility.spec.ts)`, async ({
		page,
		problems
	}) => {
		const prefix = lang === 'ja' ? '' : '/en';
		const found: string[] = [];
		await page.goto(`${prefix}/rmp/surveys/`);
		await hydrated(page);
		const select = page.locator('main select').first();
		const surveys = await select
			.locator('option')
			.evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, name: o.textContent ?? '' })));
		expect(surveys.length).toBeGreaterThan(2);
		for (const { value: survey, name } of surveys) {
			await select.selectOption(survey);
			await expect(page.locator('#survey-name')).toHaveText(name);
			found.push(...(await languageProblems(page, lang)).map((f) => `survey ${survey}: ${f}`));
		}
		expect(found).toEqual([]);
		expect(problems).toEqual([]);
	});
}

for (const lang of ['ja', 'en'] as const) {
	test(`the analysis of the templates is worded in ${lang === 'ja' ? 'Japanese' : 'English'}`, async ({
		page,
		problems
	}) => {
		await page.goto(lang === 'ja' ? '/analyze/' : '/en/analyze/');
		await hydrated(page);
		const templates = ['best_response', 'response_rate', 'adverse_reaction', 'at_risk', 'survival_summary'];
		await page.locator('input[type="file"]').setInputFiles(
			templates.map((t) => ({
				name: `${t}.csv`,
				mimeType: 'text/csv',
				buffer: readFileSync(`static/templates/${t}.csv`)
			}))
		);
		await expect(page.locator('figure.survival-chart path.km')).toHaveCount(2, { timeout: 30_000 });
		expect(format((await foreignWords(page, lang)).outside)).toEqual([]);
		expect(problems).toEqual([]);
	});
}
