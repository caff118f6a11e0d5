import { describe, expect, it } from 'vitest';
import type { BlockBox } from '$lib/charts/blockBox';
import { SERIES_COLORS } from '$lib/charts/palette';
import {
	safetyLayout,
	safetyLayoutHeight,
	type SafetyLayout,
	type SafetySeries,
	type SafetyTermInput
} from '$lib/charts/safetyLayout';
import type { TextBlock } from '$lib/charts/textBlock';
import { estimateTextWidth } from '$lib/charts/textMetrics';
import { chartType, type ChartSize } from '$lib/charts/typography';
import { LEGIBLE_SIZES, blockBox, boxesOverlap, illegibleTexts } from '../../helpers/textBoxes';
import { maxOf, minOf } from '$lib/util/extremes';

const screen = (width: number): ChartSize => ({ width, type: chartType('screen', estimateTextWidth) });
const slide: ChartSize = { width: 1700, type: chartType('slide', estimateTextWidth) };
const labels = { axis: 'Incidence (%)', allGrades: 'All grades', grade3: 'Grade ≥3', notPrinted: 'not in this table' };
const labelsJa = {
	axis: '発現割合 (%)',
	allGrades: '全グレード',
	grade3: 'グレード3以上',
	notPrinted: 'この表には記載なし'
};

// Table 11 (MM-001, lines 361–363); Nausea is a Table 13 term MM-001 does not print: 150×10⁶ (N = 4) and overall (N = 137) columns; intervals are Clopper–Pearson 95% in %
const series: SafetySeries[] = [
	{ id: 'MM-001:d150', label: 'MM-001 · 150×10⁶' },
	{ id: 'MM-001:overall', label: 'MM-001 · Overall' }
];
const terms: SafetyTermInput[] = [
	{
		id: 'any',
		level: 'any',
		label: 'All adverse reactions',
		values: [
			{ all: { percent: 100, lower: 39.76, upper: 100 }, g3: { percent: 100, lower: 39.76, upper: 100 } },
			{ all: { percent: 97.81, lower: 93.73, upper: 99.55 }, g3: { percent: 69.34, lower: 60.9, upper: 76.93 } }
		]
	},
	{
		id: 'soc:Immune system disorders',
		level: 'soc',
		label: 'Immune system disorders',
		values: [
			{ all: { percent: 50, lower: 6.76, upper: 93.24 }, g3: { percent: 0, lower: 0, upper: 60.24 } },
			{ all: { percent: 87.59, lower: 80.88, upper: 92.6 }, g3: { percent: 8.03, lower: 4.08, upper: 13.91 } }
		]
	},
	{
		id: 'pt:Cytokine release syndrome',
		level: 'pt',
		label: 'Cytokine release syndrome',
		values: [
			{ all: { percent: 50, lower: 6.76, upper: 93.24 }, g3: { percent: 0, lower: 0, upper: 60.24 } },
			{ all: { percent: 84.67, lower: 77.53, upper: 90.25 }, g3: { percent: 5.11, lower: 2.08, upper: 10.24 } }
		]
	},
	{ id: 'pt:Nausea', level: 'pt', label: 'Nausea', values: [null, null] }
];

// the page's default view: three pooled groups, the longest SOC name of MedDRA, in English and in Japanese
const pooled = (ja: boolean): SafetySeries[] => [
	{
		id: 'MM-001:overall',
		label: ja ? 'MM-001 · 全体 (150~450×10⁶ CAR+ T細胞)' : 'MM-001 · Overall (150–450×10⁶ CAR+ T cells)'
	},
	{ id: 'CRB-401:overall', label: ja ? 'CRB-401 · 全体 (N = 62)' : 'CRB-401 · Overall (N = 62)' },
	{ id: 'MM-003:idecel', label: ja ? 'MM-003 · イデカブタゲン ビクルユーセル群' : 'MM-003 · ide-cel arm' }
];
const long = (ja: boolean): SafetyTermInput[] => {
	const v = { all: { percent: 84.67, lower: 77.53, upper: 90.25 }, g3: { percent: 5.11, lower: 2.08, upper: 10.24 } };
	return [
		{ id: 'any', level: 'any', label: ja ? '全副作用' : 'All adverse reactions', values: [v, v, v] },
		{
			id: 'soc:Gen',
			level: 'soc',
			label: ja ? '一般・全身障害および投与部位の状態' : 'General disorders and administration site conditions',
			values: [v, null, v]
		},
		{ id: 'pt:Pyrexia', level: 'pt', label: ja ? '発熱' : 'Pyrexia', values: [v, v, v] },
		{ id: 'soc:Immune', level: 'soc', label: ja ? '免疫系障害' : 'Immune system disorders', values: [v, v, v] },
		{
			id: 'pt:CRS',
			level: 'pt',
			label: ja ? 'サイトカイン放出症候群' : 'Cytokine release syndrome',
			values: [v, v, null]
		},
		{
			id: 'soc:Neo',
			level: 'soc',
			label: ja
				? '良性、悪性および詳細不明の新生物（嚢胞およびポリープを含む）'
				: 'Neoplasms benign, malignant and unspecified (incl cysts and polyps)',
			values: [null, null, v]
		}
	];
};

/** Every text of a layout, as drawn. */
function texts(l: SafetyLayout): TextBlock[] {
	return [
		...l.legend.grades.map((g) => g.text),
		...l.legend.series.map((s) => s.text),
		...l.axis.ticks.flatMap((t) => [t.above, t.below].filter((b): b is TextBlock => b !== null)),
		l.axis.title,
		...l.rows.flatMap((r) => [
			r.text,
			...r.marks.flatMap((m) => [m.note, m.tag].filter((b): b is TextBlock => b !== null))
		])
	];
}

/** Dots (with their radius) and whiskers (with their stroke) as boxes. */
function markBoxes(l: SafetyLayout): BlockBox[] {
	const r = 4.5 * l.markScale;
	return l.rows.flatMap((row) =>
		row.marks.flatMap((m) =>
			m.dots.flatMap((d) => [
				{ left: d.x - r, right: d.x + r, top: d.y - r, bottom: d.y + r },
				{ left: d.whisker[0], right: d.whisker[1], top: d.y - l.markScale, bottom: d.y + l.markScale }
			])
		)
	);
}

describe('safetyLayout', () => {
	const l = safetyLayout(terms, series, 'both', screen(960), labels);
	const tick = (v: number) => l.axis.ticks.find((t) => t.value === v)!.x;
	const dot = (row: number, s: number, grade: 'all' | '3plus') =>
		l.rows[row]!.marks[s]!.dots.find((d) => d.grade === grade)!;

	it('has a 0–100 axis with ticks every 10 and draws 50% halfway between 0 and 100', () => {
		expect(l.axis.ticks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
		expect(l.axis.ticks.every((t) => t.above !== null && t.below !== null)).toBe(true);
		expect(tick(0)).toBe(l.plot.left);
		expect(tick(100)).toBe(l.plot.right);
		expect(dot(1, 0, 'all').x).toBeCloseTo((tick(0) + tick(100)) / 2, 1);
		expect(dot(1, 0, 'all').x).toBe(tick(50));
	});

	it('starts the grade ≥3 whisker of a 0-count row at 0 and puts its dot there', () => {
		const d = dot(2, 0, '3plus');
		expect(d.x).toBe(tick(0));
		expect(d.whisker[0]).toBe(tick(0));
		// 1 − 0.025^(1/4) = 60.24%
		expect(d.whisker[1]).toBeCloseTo(l.plot.left + 0.6024 * (l.plot.right - l.plot.left), 1);
	});

	it('draws one row per term, in order, PTs indented under their SOC', () => {
		expect(l.rows.map((r) => r.id)).toEqual(terms.map((t) => t.id));
		const [any, soc, pt] = l.rows;
		expect(pt!.text.x).toBeGreaterThan(soc!.text.x);
		expect(soc!.text.x).toBe(any!.text.x);
		expect(pt!.top).toBe(soc!.top + soc!.height);
		expect(l.plot.bottom).toBe(l.rows.at(-1)!.top + l.rows.at(-1)!.height);
	});

	it('sizes the term column from the measured terms instead of a fixed 400 px', () => {
		expect(l.mode).toBe('columns');
		// "Cytokine release syndrome" at 13 px ≈ 186 px by the metrics table, indented 16: the plot starts right after it
		const widest = maxOf(l.rows.map((r) => r.text.x + r.text.width));
		expect(widest).toBeLessThan(l.plot.left - 8);
		expect(l.plot.left).toBeLessThan(240);
		expect(l.rows.every((r) => r.text.full === null && r.text.lines.length === 1)).toBe(true);
	});

	it('offsets the series so they do not overlap, and the two grades within a series', () => {
		const ys = l.rows[1]!.marks.map((m) => m.y);
		expect(new Set(ys).size).toBe(2);
		expect(ys[1]! - ys[0]!).toBeCloseTo(16, 2);
		expect(dot(1, 1, 'all').y).toBeLessThan(dot(1, 1, '3plus').y);
		expect(l.rows[1]!.marks.map((m) => m.color)).toEqual([SERIES_COLORS[0], SERIES_COLORS[1]]);
		expect(l.rows[1]!.marks.map((m) => m.tag?.lines[0])).toEqual(['1', '2']);
		expect(l.legend.series.map((s) => s.text.lines.join(' '))).toEqual(['1. MM-001 · 150×10⁶', '2. MM-001 · Overall']);
	});

	it('numbers the series only when there are several', () => {
		const one = safetyLayout(terms, series.slice(0, 1), 'all', screen(960), labels);
		expect(one.legend.series[0]!.text.lines).toEqual(['MM-001 · 150×10⁶']);
		expect(one.rows.every((r) => r.marks.every((m) => m.tag === null))).toBe(true);
	});

	it('marks a term a table does not print instead of drawing 0', () => {
		expect(l.rows[3]!.marks.every((m) => m.missing && m.dots.length === 0)).toBe(true);
		expect(l.rows[3]!.marks.map((m) => m.note?.lines[0])).toEqual(['not in this table', 'not in this table']);
		expect(l.rows[2]!.marks.every((m) => !m.missing && m.note === null && m.dots.length === 2)).toBe(true);
	});

	it('draws only the chosen grade, and grows in height for long lists instead of dropping rows', () => {
		const g3 = safetyLayout(terms, series, '3plus', screen(960), labels);
		expect(g3.rows.flatMap((r) => r.marks.flatMap((m) => m.dots.map((d) => d.grade)))).toEqual(Array(6).fill('3plus'));
		expect(g3.legend.grades.map((g) => g.key)).toEqual(['3plus']);
		const many = Array.from({ length: 65 }, (_, i) => ({ ...terms[2]!, id: `pt:${i}` }));
		const big = safetyLayout(many, series, 'both', screen(960), labels);
		expect(big.rows).toHaveLength(65);
		expect(big.height).toBeGreaterThan(l.height + 60 * 40);
	});

	it('rounds pixels to 2 decimals', () => {
		const xs = l.rows.flatMap((r) => r.marks.flatMap((m) => m.dots.flatMap((d) => [d.x, d.y, ...d.whisker])));
		expect(xs.every((v) => Math.round(v * 100) / 100 === v)).toBe(true);
	});
});

describe('safetyLayout at every size', () => {
	for (const { name, size, floor } of LEGIBLE_SIZES) {
		for (const ja of [false, true]) {
			it(`keeps every text inside the width, apart from the others and at least ${floor} px on ${name}, ${ja ? 'Japanese' : 'English'}`, () => {
				const l = safetyLayout(long(ja), pooled(ja), 'both', size, ja ? labelsJa : labels);
				expect(illegibleTexts(texts(l), size.width, l.height, floor)).toEqual([]);
				// no dot or whisker runs over a text
				const boxes = texts(l).map(blockBox);
				for (const m of markBoxes(l)) for (const b of boxes) expect(boxesOverlap(m, b), b.text).toBe(false);
				// a shortened text keeps its full words for the <title>
				for (const t of texts(l)) if (t.lines.some((line) => line.endsWith('…'))) expect(t.full).not.toBeNull();
			});
		}
	}

	it('puts terms on their own lines above their bands on a phone, with the plot across the width', () => {
		const l = safetyLayout(long(false), pooled(false), 'both', screen(340), labels);
		expect(l.mode).toBe('stacked');
		expect(l.plot.right - l.plot.left).toBeGreaterThan(300);
		for (const r of l.rows)
			expect(r.text.y - r.text.size * 0.8 + r.text.height).toBeLessThanOrEqual(minOf(r.marks.map((m) => m.y)) - 4);
		// the longest SOC wraps onto two lines rather than running off the right edge
		expect(l.rows[1]!.text.lines.length).toBe(2);
		// grid lines run over the marks only, never through a term
		expect(l.axis.grid).toHaveLength(l.rows.length);
		// labels 0–100 every 10 would touch at 11 px on ~310 px: thinned, first and last kept
		const shown = l.axis.ticks.filter((t) => t.above !== null).map((t) => t.value);
		expect(shown[0]).toBe(0);
		expect(shown.at(-1)).toBe(100);
		const gaps = l.axis.ticks.filter((t) => t.above).map((t) => blockBox(t.above!));
		for (let i = 1; i < gaps.length; i++) expect(gaps[i]!.left - gaps[i - 1]!.right).toBeGreaterThanOrEqual(6);
		// the series legend flows into one column and wraps a long series name
		expect(new Set(l.legend.series.map((s) => s.x)).size).toBe(1);
	});

	it('wraps a long term at 30% of the width on a page and keeps the full text', () => {
		const l = safetyLayout(long(false), pooled(false), 'both', screen(1200), labels);
		expect(l.mode).toBe('columns');
		expect(l.plot.left).toBeLessThanOrEqual(8 + 360 + 12);
		const neo = l.rows[5]!.text;
		expect(neo.lines.length).toBe(2);
		expect(maxOf(l.rows.map((r) => r.text.width))).toBeLessThanOrEqual(360);
		// the three series side by side on one legend line
		expect(new Set(l.legend.series.map((s) => s.y)).size).toBe(1);
	});

	it('grows type, marks and bands on a slide', () => {
		const page = safetyLayout(long(false), pooled(false), 'both', screen(1200), labels);
		const l = safetyLayout(long(false), pooled(false), 'both', slide, labels);
		expect(l.markScale).toBe(1.6);
		expect(l.legend.symbol).toBeGreaterThan(page.legend.symbol);
		expect(l.rows[2]!.height).toBeGreaterThan(page.rows[2]!.height * 1.4);
		const ys = l.rows[2]!.marks.map((m) => m.y);
		// sub-rows at least one line of 18-px type apart
		expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(18 * 1.3);
	});

	it('tells a slide how tall a subset of terms draws, band by band', () => {
		const all = long(false);
		const whole = safetyLayout(all, pooled(false), 'both', slide, labels);
		expect(safetyLayoutHeight(all, pooled(false), 'both', slide, labels)).toBe(whole.height);
		const part = safetyLayoutHeight(all.slice(0, 3), pooled(false), 'both', slide, labels);
		const dropped = whole.rows.slice(3).reduce((s, r) => s + r.height, 0);
		// the height is rounded up to a whole pixel
		expect(Math.abs(whole.height - part - dropped)).toBeLessThanOrEqual(1);
	});
});
