import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations, hydrated } from './fixtures';

type Lang = 'ja' | 'en';
const BUTTONS: Record<Lang, { svg: string; png: string; csv: string }> = {
	ja: { svg: 'SVG として保存', png: 'PNG として保存', csv: 'CSV として保存' },
	en: { svg: 'Download SVG', png: 'Download PNG', csv: 'Download CSV' }
};
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Clicks one export button and returns the download's suggested name and bytes. */
async function save(page: Page, toolbar: Locator, label: string): Promise<{ name: string; bytes: Buffer }> {
	const [dl] = await Promise.all([
		page.waitForEvent('download'),
		toolbar.getByRole('button', { name: label, exact: true }).click()
	]);
	return { name: dl.suggestedFilename(), bytes: await readFile((await dl.path())!) };
}

/** What the browser's XML parser makes of an exported SVG. */
async function svgFacts(page: Page, text: string) {
	return page.evaluate((t) => {
		const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
		const svg = doc.documentElement;
		const first = Array.from(svg.children).find((c) => c.localName === 'rect');
		return {
			error: doc.getElementsByTagName('parsererror').length,
			root: svg.localName,
			ns: svg.namespaceURI,
			width: svg.getAttribute('width'),
			height: svg.getAttribute('height'),
			role: svg.getAttribute('role'),
			font: svg.getAttribute('font-family') ?? '',
			title: svg.querySelector(':scope > title')?.textContent ?? '',
			desc: svg.querySelector(':scope > desc')?.textContent ?? '',
			background: first
				? `${first.getAttribute('fill')} ${first.getAttribute('width')}×${first.getAttribute('height')}`
				: '',
			shapes: svg.querySelectorAll('path, rect, line, circle').length,
			// the frame around the drawing: its lines joined per role
			frame: Object.fromEntries(
				['title', 'subtitle', 'source', 'caveat', 'link'].map((role) => [
					role,
					Array.from(svg.querySelectorAll(`:scope > text.figure-${role}`))
						.map((t) => t.textContent)
						.join(' ')
				])
			) as Record<'title' | 'subtitle' | 'source' | 'caveat' | 'link', string>,
			drawing: svg.querySelector(':scope > svg.figure-drawing') !== null,
			interactive: svg.querySelectorAll('.crosshair, .overlay, [tabindex], [role="slider"]').length,
			styled: svg.querySelectorAll('[style*="fill:"]').length
		};
	}, text);
}

/** The share of non-white pixels of a PNG, decoded by the browser (a blank canvas would give 0). */
async function inkShare(page: Page, png: Buffer): Promise<number> {
	return page.evaluate(async (b64) => {
		const img = new Image();
		img.src = `data:image/png;base64,${b64}`;
		await img.decode();
		const c = document.createElement('canvas');
		c.width = img.naturalWidth;
		c.height = img.naturalHeight;
		const ctx = c.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const d = ctx.getImageData(0, 0, c.width, c.height).data;
		let ink = 0;
		for (let i = 0; i < d.length; i += 4) if (d[i]! < 240 || d[i + 1]! < 240 || d[i + 2]! < 240) ink++;
		return ink / (c.width * c.height);
	}, png.toString('base64'));
}

interface Expected {
	figure: string;
	lang: Lang;
	base: string;
	title: string;
	/** shapes of the page's drawing left out of the file (the survival crosshair and its overlay) */
	omitted?: number;
	/** what the frame of the exported figure must say: the cut-off in its subtitle, the table in its source, the caveat of a rebuilt curve */
	cutoff: string;
	source: string;
	caveat?: string;
	csvHeader: string;
	csvLines: number;
	csvRows: string[];
}

/** Saves one chart as SVG, PNG and CSV and checks each file. Returns the CSV lines and the SVG text. */
async function checkChart(page: Page, e: Expected): Promise<{ csv: string[]; svg: string }> {
	const toolbar = page.locator(`${e.figure} + .chart-export`);
	await expect(toolbar).toHaveAttribute('aria-label', e.lang === 'ja' ? `「${e.title}」を保存` : `Save “${e.title}”`);
	const [, , w, h] = (await page.locator(`${e.figure} > svg`).getAttribute('viewBox'))!.split(' ').map(Number);
	const onPage = await page.locator(`${e.figure} > svg`).locator('path, rect, line, circle').count();

	const svg = await save(page, toolbar, BUTTONS[e.lang].svg);
	expect(svg.name).toBe(`${e.base}-${e.lang}.svg`);
	const text = svg.bytes.toString('utf8');
	expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
	expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
	expect(text).not.toContain('<!--');
	const facts = await svgFacts(page, text);
	// the drawing inside a figure: the title and subtitle above it, the caveat, source, link and date below it
	const H = Number(facts.height);
	expect(H).toBeGreaterThan(h! + 60);
	expect(facts).toMatchObject({
		error: 0,
		root: 'svg',
		ns: 'http://www.w3.org/2000/svg',
		width: String(w),
		role: 'img',
		title: e.title,
		background: `#ffffff ${w}×${H}`,
		interactive: 0,
		drawing: true
	});
	expect(facts.frame.title.replace(/\s/g, '')).toBe(e.title.replace(/\s/g, ''));
	expect(facts.frame.subtitle).toContain(e.cutoff);
	expect(facts.frame.source).toContain(e.source);
	expect(facts.frame.link).toContain(`127.0.0.1:4174/`);
	expect(facts.frame.link).toMatch(/\d{4}-\d{2}-\d{2}/);
	if (e.caveat) expect(facts.frame.caveat).toContain(e.caveat);
	else expect(facts.frame.caveat).toBe('');
	expect(facts.font).toBe('"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", system-ui, sans-serif');
	expect(facts.desc.length).toBeGreaterThan(10);
	// every shape of the page's drawing, plus the white background, minus what is only for interaction
	expect(facts.shapes).toBe(onPage + 2 - (e.omitted ?? 0));
	expect(facts.styled).toBeGreaterThan(0);

	const png = await save(page, toolbar, BUTTONS[e.lang].png);
	expect(png.name).toBe(`${e.base}-${e.lang}.png`);
	expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
	expect(png.bytes.toString('ascii', 12, 16)).toBe('IHDR');
	expect(png.bytes.readUInt32BE(16)).toBe(2 * w!);
	expect(png.bytes.readUInt32BE(20)).toBe(Math.round(2 * H));
	expect(await inkShare(page, png.bytes)).toBeGreaterThan(0.01);

	const csv = await save(page, toolbar, BUTTONS[e.lang].csv);
	expect(csv.name).toBe(`${e.base}-${e.lang}.csv`);
	expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const all = csv.bytes.toString('utf8').slice(1).split('\r\n');
	expect(all.pop()).toBe(''); // the last line ends with CRLF too
	// the provenance first, as comment lines; then the data
	const about = all.filter((l) => l.startsWith('# '));
	expect(all.slice(0, about.length)).toEqual(about);
	expect(about.join('\n')).toContain(e.title);
	expect(about.join('\n')).toContain(e.source);
	const lines = all.slice(about.length);
	expect(lines[0]).toBe(e.csvHeader);
	expect(lines).toHaveLength(e.csvLines);
	for (const row of e.csvRows) expect(lines).toContain(row);
	return { csv: lines, svg: text };
}

const RESPONSE_HEADER = 'cohort,category,count,percent,n,orr_percent';
const ORR_HEADER =
	'source,group,x,n,orr_percent,ci_printed_lower,ci_printed_upper,method,ci_recomputed_lower,ci_recomputed_upper,reproducing_methods,stated_method,status,flags';
const SURVIVAL_HEADER = 'time_months,arm,surv,lower_95,upper_95,at_risk_printed,at_risk_rebuilt';
const FOREST_HEADER = 'subgroup,hr,ci_lower_95,ci_upper_95,events';

test('efficacy (Japanese): both charts save as SVG, 2× PNG and CSV with the printed numbers', async ({
	page,
	problems
}) => {
	await page.goto('/efficacy/');
	await hydrated(page);
	await checkChart(page, {
		cutoff: 'データカットオフ 2019-10-16',
		source: '表 2、117–137 行',
		figure: 'figure.response-chart',
		lang: 'ja',
		base: 'response-gl_t2_mm001_2019_best_response',
		title: 'IMWG 基準に基づく最良治療効果（IRC 判定、有効性解析対象集団、2019 年 10 月 16 日データカットオフ）',
		csvHeader: RESPONSE_HEADER,
		csvLines: 1 + 32,
		// the ORR stays "50.0" as printed, not 50
		csvRows: ['外国人コホート 150×10⁶個,sCR,1,25.0,4,50.0']
	});
	const { csv } = await checkChart(page, {
		cutoff: 'データカットオフ 2019-10-16',
		source: '表 2、117–137 行',
		figure: 'figure.interval-chart',
		lang: 'ja',
		base: 'orr-intervals-stated',
		title: '全奏効割合と 95% 信頼区間（コホート・試験・カットオフ別）',
		csvHeader: ORR_HEADER,
		csvLines: 1 + 30,
		csvRows: [
			'MM-001 · 表 2 · 2019-10-16,外国人コホート 150×10⁶個,2,4,50.0,6.8,93.2,clopper-pearson,6.8,93.2,clopper-pearson,clopper-pearson,reproduced,',
			// the footnote states Wald for the pooled cohort
			'MM-001 · 表 2 · 2019-10-16,外国人コホート 150×10⁶~450×10⁶個,94,128,73.4,65.8,81.1,wald,65.8,81.1,wald wald-truncated,wald,reproduced,',
			// "100" stays "100"
			'CRB-401 · 表 5 · 2020-04-07,800×10⁶個,3,3,100,29.2,100,clopper-pearson,29.2,100,clopper-pearson,clopper-pearson,reproduced,'
		]
	});
	// Table 10's 40.0% printed with its interval [0.0, 82.9]: no number reformatted
	expect(csv).toContain(
		'MM-003 · 表 10 · 2022-04-18,日本人集団 · 標準治療群,2,5,40.0,0.0,82.9,wald-truncated,0.0,82.9,wald-truncated,,reproduced,unreliable-method truncated-bound'
	);
	expect(problems).toEqual([]);
});

test('efficacy (English): the file names and the CSV follow the chosen table and method', async ({
	page,
	problems
}) => {
	await page.goto('/en/efficacy/');
	await hydrated(page);
	await page.getByLabel('Table (trial and cut-off)').selectOption({ label: 'MM-003 · Table 9 · 2022-04-18' });
	await expect(page.locator('figure.response-chart g.bar')).toHaveCount(8);
	await checkChart(page, {
		cutoff: 'data cut-off 2022-04-18',
		source: 'Table 9, lines 294–310',
		figure: 'figure.response-chart',
		lang: 'en',
		base: 'response-gl_t9_mm003_prior_regimens_best_response',
		title:
			'Efficacy by number of prior regimens (IRC assessment, study MM-003, ITT population, data cut-off 18 April 2022) — best overall response',
		csvHeader: RESPONSE_HEADER,
		csvLines: 1 + 64,
		csvRows: [
			'2 prior regimens · ide-cel,sCR,29,37.2,78,74.4',
			'2 prior regimens · standard regimens,sCR,5,12.8,39,51.3'
		]
	});
	await page.getByRole('radio', { name: 'wald' }).check();
	await expect(page).toHaveURL(/method=wald/);
	const { csv } = await checkChart(page, {
		cutoff: 'data cut-off 2019-10-16',
		source: 'Table 2, lines 117–137',
		figure: 'figure.interval-chart',
		lang: 'en',
		base: 'orr-intervals-wald',
		title: 'Overall response rate with 95% intervals, by cohort, trial and cut-off',
		csvHeader: ORR_HEADER,
		csvLines: 1 + 30,
		// printed Clopper–Pearson [6.8, 93.2] beside the Wald interval [1.0, 99.0] for 2 of 4
		csvRows: [
			'MM-001 · Table 2 · 2019-10-16,"Foreign cohort, 150×10⁶ CAR+ T cells",2,4,50.0,6.8,93.2,wald,1.0,99.0,clopper-pearson,clopper-pearson,reproduced,'
		]
	});
	expect(csv.slice(1).every((l) => l.includes(',wald,'))).toBe(true);
	// Wald's lower bound below 0 for 2 of 5 is the number -2.9, not neutralised text
	expect(csv).toContain(
		'MM-003 · Table 10 · 2022-04-18,Japanese population · standard regimens,2,5,40.0,0.0,82.9,wald,-2.9,82.9,wald-truncated,,reproduced,unreliable-method truncated-bound'
	);
	expect(problems).toEqual([]);
});

test('survival (Japanese): the curve without its crosshair, and the forest plot, with their data', async ({
	page,
	problems
}) => {
	await page.goto('/survival/');
	await hydrated(page);
	const { svg } = await checkChart(page, {
		cutoff: 'データカットオフ 2022-04-18',
		source: '表 7、247–260 行',
		caveat: '再構成した曲線です',
		figure: 'figure.survival-chart',
		lang: 'ja',
		base: 'survival-mm003-pfs',
		title: 'MM-003 試験 PFS の Kaplan-Meier 曲線（再構成）',
		omitted: 1, // the focusable overlay rect (the crosshair is drawn only on hover or focus)
		csvHeader: SURVIVAL_HEADER,
		csvLines: 1 + 12 * 2, // 0, 3, …, 33 months for both arms
		csvRows: [
			'0,本品群,1.000,1.000,1.000,254,254',
			'0,標準治療群,1.000,1.000,1.000,132,132',
			'12,本品群,0.570,0.507,0.641,110,110',
			'33,標準治療群,0.087,0.037,0.205,0,0'
		]
	});
	expect(svg).not.toContain('crosshair');
	expect(svg).not.toContain('role="slider"');
	expect(svg).not.toContain('tabindex');
	// the page's colours are written on the elements: the ide-cel curve keeps its vermilion and its dashes, the grid its grey
	expect(svg).toMatch(/<path class="km"[^>]*style="[^"]*stroke: rgb\(192, 80, 0\)[^"]*stroke-dasharray: 8(px)?,? 4/);
	expect(svg).toMatch(/<g class="grid"[^>]*style="[^"]*stroke: rgb\(227, 231, 236\)/);
	// the at-risk row keeps its own inline style after the computed values
	expect(svg).toMatch(/<g class="at-risk"[^>]*style="[^"]*font-variant-numeric: tabular-nums"/);
	await checkChart(page, {
		cutoff: 'データカットオフ 2022-04-18',
		source: '表 9、294–301 行',
		figure: 'figure.forest-plot',
		lang: 'ja',
		base: 'forest-mm003-pfs-subgroups',
		title: 'サブグループ別の PFS ハザード比（MM-003、印刷値）',
		csvHeader: FOREST_HEADER,
		csvLines: 1 + 5,
		// as printed, the degenerate Japanese ratio too
		csvRows: [
			'3レジメン（表 9）,0.445,0.292,0.678,94',
			'全体（表 9）,0.493,0.377,0.645,242',
			'日本人集団（表 10）,5.21 × 10⁷,0.000,NE,3'
		]
	});
	expect(problems).toEqual([]);
});

test('survival (English): the file name and the CSV follow the endpoint', async ({ page, problems }) => {
	await page.goto('/en/survival/');
	await hydrated(page);
	await page.getByRole('button', { name: 'Overall survival (OS)' }).click();
	await expect(page.locator('figure.survival-chart title')).toHaveText(
		'MM-003 OS: Kaplan–Meier curves (reconstructed)'
	);
	const { csv } = await checkChart(page, {
		cutoff: 'data cut-off 2023-04-28',
		source: 'Table 8, lines 274–281',
		caveat: 'not the published curve',
		figure: 'figure.survival-chart',
		lang: 'en',
		base: 'survival-mm003-os',
		title: 'MM-003 OS: Kaplan–Meier curves (reconstructed)',
		omitted: 1,
		csvHeader: SURVIVAL_HEADER,
		csvLines: 1 + 17 * 2, // 0, 3, …, 48 months for both arms
		csvRows: []
	});
	// the CSV holds what the page's text-alternative table shows, row by row
	const table = page.locator('table.survival-values tbody tr');
	await expect(table).toHaveCount(17);
	const cells = await table.nth(4).locator('th, td').allTextContents(); // 12 months
	expect(cells[0]).toBe('12');
	const [s1, ci1] = [cells[1]!.split(' [')[0], cells[1]!.split(' [')[1]!.replace(']', '').split(', ')];
	const [s2, ci2] = [cells[3]!.split(' [')[0], cells[3]!.split(' [')[1]!.replace(']', '').split(', ')];
	const armNames = await page.locator('table.survival-values thead th').allTextContents();
	const arm1 = armNames[1]!.split(':')[0];
	const arm2 = armNames[3]!.split(':')[0];
	expect(csv).toContain(`12,${arm1},${s1},${ci1[0]},${ci1[1]},${cells[2]!.replace(' / ', ',')}`);
	expect(csv).toContain(`12,${arm2},${s2},${ci2[0]},${ci2[1]},${cells[4]!.replace(' / ', ',')}`);
	await checkChart(page, {
		cutoff: 'data cut-off 2022-04-18',
		source: 'Table 9, lines 294–301',
		figure: 'figure.forest-plot',
		lang: 'en',
		base: 'forest-mm003-pfs-subgroups',
		title: 'PFS hazard ratio by subgroup (MM-003, as printed)',
		csvHeader: FOREST_HEADER,
		csvLines: 1 + 5,
		csvRows: []
	});
	expect(problems).toEqual([]);
});

test('the export buttons are reached and used from the keyboard, with a visible focus', async ({ page, problems }) => {
	await page.goto('/en/survival/');
	await hydrated(page);
	await page.getByRole('slider').focus();
	// after the crosshair, the censor-mark switch of the rebuilt curve, then the chart's export toolbar
	await page.keyboard.press('Tab');
	await expect(page.getByRole('checkbox', { name: 'Show censor marks (rebuilt, not observed)' })).toBeFocused();
	await page.keyboard.press('Tab');
	const toolbar = page.getByRole('group', { name: 'Save “MM-003 PFS: Kaplan–Meier curves (reconstructed)”' });
	const svgButton = toolbar.getByRole('button', { name: 'Download SVG' });
	await expect(svgButton).toBeFocused();
	expect(
		await svgButton.evaluate((b) => getComputedStyle(b).outlineStyle + ' ' + getComputedStyle(b).outlineWidth)
	).toBe('solid 3px');
	await page.keyboard.press('Tab');
	await expect(toolbar.getByRole('button', { name: 'Download PNG' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(toolbar.getByRole('button', { name: 'Download CSV' })).toBeFocused();
	const [dl] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	expect(dl.suggestedFilename()).toBe('survival-mm003-pfs-en.csv');
	const [dl2] = await Promise.all([
		page.waitForEvent('download'),
		page.keyboard.press('Shift+Tab').then(() => page.keyboard.press('Space'))
	]);
	expect(dl2.suggestedFilename()).toBe('survival-mm003-pfs-en.png');

	// on the efficacy page, the response chart's toolbar follows the table selector
	await page.goto('/efficacy/');
	await hydrated(page);
	await page.getByLabel('表（試験・カットオフ）').focus();
	await page.keyboard.press('Tab');
	await expect(
		page.locator('figure.response-chart + .chart-export').getByRole('button', { name: 'SVG として保存' })
	).toBeFocused();
	expect(problems).toEqual([]);
});

test('the export toolbars are not printed', async ({ page }) => {
	await page.goto('/survival/');
	await expect(page.locator('.chart-export')).toHaveCount(2);
	await expect(page.locator('.chart-export').first()).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.chart-export').first()).toBeHidden();
	await expect(page.locator('.chart-export').nth(1)).toBeHidden();
	await expect(page.locator('figure.survival-chart svg')).toBeVisible();
});

for (const path of ['/efficacy/', '/en/efficacy/', '/survival/', '/en/survival/']) {
	test(`axe finds no violations on ${path} with its export toolbars`, async ({ page }) => {
		await page.goto(path);
		await hydrated(page);
		await expect(page.locator('.chart-export button')).toHaveCount(6);
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('the size presets: a 16:9 slide and a journal column at 300 dpi, each with its frame', async ({
	page,
	problems
}) => {
	await page.goto('/en/survival/');
	await hydrated(page);
	const toolbar = page.locator('figure.survival-chart + .chart-export');
	await toolbar.getByLabel('Size').selectOption('slide');
	const slide = await save(page, toolbar, 'Download PNG');
	expect(slide.name).toBe('survival-mm003-pfs-slide-en.png');
	expect([slide.bytes.readUInt32BE(16), slide.bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
	expect(await inkShare(page, slide.bytes)).toBeGreaterThan(0.01);
	const slideSvg = (await save(page, toolbar, 'Download SVG')).bytes.toString('utf8');
	const facts = await svgFacts(page, slideSvg);
	expect([facts.width, facts.height]).toEqual(['1920', '1080']);
	expect(facts.frame.caveat).toContain('not the published curve');
	// the drawing was laid out again in slide type, not scaled: its smallest text is 18 px
	const smallest = await page.evaluate((t) => {
		const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
		return Array.from(doc.querySelectorAll('svg.figure-drawing text')).reduce(
			(least, e) => Math.min(least, Number(e.getAttribute('font-size') ?? 13)),
			Infinity
		);
	}, slideSvg);
	expect(smallest).toBeGreaterThanOrEqual(18);
	await toolbar.getByLabel('Size').selectOption('column');
	const column = await save(page, toolbar, 'Download PNG');
	expect(column.name).toBe('survival-mm003-pfs-column-en.png');
	// 85 mm at 300 dpi
	expect(column.bytes.readUInt32BE(16)).toBe(Math.round(321 * (300 / 96)));
	const columnSvg = await svgFacts(page, (await save(page, toolbar, 'Download SVG')).bytes.toString('utf8'));
	expect(columnSvg.width).toBe('85mm');
	// the off-screen drawing is gone once the file is made: one survival chart on the page
	await expect(page.locator('svg.figure-drawing, .chart-export-stage')).toHaveCount(0);
	expect(problems).toEqual([]);
});

// every other kind of chart: its SVG is a figure with title, subtitle, source (and its cut-off, or the date of a
// document that prints none) around the drawing
const KINDS = [
	{
		path: '/en/safety/',
		figure: 'figure.safety-dot-plot',
		subtitle: ['data cut-off', '2020-04-07', '2020-12-21', '2022-10-03'],
		source: ['Table 11, lines 356–397', 'Table 12', 'Table 13']
	},
	{
		path: '/en/rmp/',
		figure: 'figure.incidence-plot',
		subtitle: [],
		source: ['Risk Management Plan', '2025-04-09', 'lines']
	},
	{
		path: '/en/rmp/surveys/',
		figure: 'figure.power-curve',
		subtitle: [],
		source: ['Risk Management Plan', '2025-04-09', 'lines 452–504']
	},
	{
		path: '/en/rmp/surveys/',
		figure: 'figure.activity-timeline',
		subtitle: [],
		source: ['Risk Management Plan', '2025-04-09', 'lines 548–593']
	},
	{
		path: '/guideline/',
		figure: 'figure.treatment-timeline',
		subtitle: ['MM-001, CRB-401, MM-003'],
		source: ['最適使用推進ガイドライン', '2023-12', '本文、26–272、624–648 行']
	}
];
for (const k of KINDS) {
	test(`the ${k.figure.replace('figure.', '')} of ${k.path} saves as a figure with its provenance`, async ({
		page,
		problems
	}) => {
		await page.goto(k.path);
		await hydrated(page);
		const toolbar = page.locator(`${k.figure} + .chart-export`);
		const title = (await page.locator(`${k.figure} > svg > title`).textContent()) ?? '';
		const svg = await save(page, toolbar, k.path.startsWith('/en/') ? BUTTONS.en.svg : BUTTONS.ja.svg);
		const facts = await svgFacts(page, svg.bytes.toString('utf8'));
		expect(facts.error).toBe(0);
		expect(facts.drawing).toBe(true);
		expect(facts.frame.title.replace(/\s/g, '')).toBe(title.replace(/\s/g, ''));
		expect(facts.frame.subtitle.length).toBeGreaterThan(0);
		for (const s of k.subtitle) expect(facts.frame.subtitle).toContain(s);
		for (const s of k.source) expect(facts.frame.source.replace(/\s+/g, ' ')).toContain(s);
		expect(facts.frame.link).toMatch(/127\.0\.0\.1:4174\/.*\d{4}-\d{2}-\d{2}/);
		expect(facts.frame.caveat).toBe('');
		expect(problems).toEqual([]);
	});
}
