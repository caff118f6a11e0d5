import { describe, expect, it } from 'vitest';
import OrrIntervalChart from '$lib/charts/OrrIntervalChart.svelte';
import { intervalLayout, type IntervalLayout, type IntervalRow } from '$lib/charts/intervalLayout';
import type { TextBlock } from '$lib/charts/textBlock';
import { estimateTextWidth } from '$lib/charts/textMetrics';
import { chartType, type ChartSize } from '$lib/charts/typography';
import { LEGIBLE_SIZES, blockBox, illegibleTexts } from '../../helpers/textBoxes';
import { renderSvg, stableSvg, svgFile } from '../../helpers/svg';
import { maxOf, minOf } from '$lib/util/extremes';

const rows: IntervalRow[] = [
	{
		id: 'a',
		label: '150×10⁶',
		section: 'MM-001 · Table 2',
		estimate: 50,
		printed: [6.8, 93.2],
		recomputed: [1.0, 99.0]
	},
	{
		id: 'b',
		label: 'pooled',
		section: 'MM-001 · Table 2',
		estimate: 73.4,
		printed: [65.8, 81.1],
		recomputed: [65.8, 81.1]
	},
	{ id: 'c', label: '2/5', section: 'MM-003 · Table 10', estimate: 40, printed: [0, 82.9], recomputed: [-2.9, 82.9] }
];
const labels = {
	title: 'T',
	description: 'D',
	axis: '%',
	printed: 'printed',
	recomputed: 'recomputed',
	threshold: '50%'
};
const screen = (width: number): ChartSize => ({ width, type: chartType('screen', estimateTextWidth) });

// the site's longest labels (guideline Tables 2 and 9) in both languages, with the page's own legend words
const english: IntervalRow[] = [
	{
		id: 'd150',
		label: 'Foreign cohort, 150×10⁶ CAR+ T cells',
		section: 'MM-001 · Table 2 · 2019-10-16',
		estimate: 50,
		printed: [6.8, 93.2],
		recomputed: [6.8, 93.2]
	},
	{
		id: 'pool',
		label: 'Foreign cohort, 150×10⁶–450×10⁶ CAR+ T cells',
		section: 'MM-001 · Table 2 · 2019-10-16',
		estimate: 73.4,
		printed: [65.8, 81.1],
		recomputed: [65.8, 81.1]
	},
	{
		id: 'p2s',
		label: '2 prior regimens · standard regimens',
		section: 'MM-003 · Table 9 · 2022-04-18',
		estimate: 30.4,
		printed: [20.1, 42.0],
		recomputed: [20.1, 42.0]
	}
];
const englishWords = {
	axis: 'Overall response rate (%)',
	printed: 'printed interval',
	recomputed: 'recomputed (the method the footnote states)',
	threshold: '50% threshold (MM-001 test)'
};
const japanese: IntervalRow[] = [
	{
		id: 'd150',
		label: '外国人コホート 150×10⁶個',
		section: 'MM-001 · Table 2 · 2019-10-16',
		estimate: 50,
		printed: [6.8, 93.2],
		recomputed: [6.8, 93.2]
	},
	{
		id: 'pool',
		label: '外国人コホート 150×10⁶~450×10⁶個',
		section: 'MM-001 · Table 2 · 2019-10-16',
		estimate: 73.4,
		printed: [65.8, 81.1],
		recomputed: [65.8, 81.1]
	},
	{
		id: 'p2s',
		label: '2レジメン · 標準治療群',
		section: 'MM-003 · Table 9 · 2022-04-18',
		estimate: 30.4,
		printed: [20.1, 42.0],
		recomputed: [20.1, 42.0]
	}
];
const japaneseWords = {
	axis: '全奏効割合（%）',
	printed: '印刷された区間',
	recomputed: '再計算（脚注に記載の方法）',
	threshold: '閾値 50%（MM-001 の検定）'
};

const texts = (l: IntervalLayout): TextBlock[] => [
	...l.legend.map((e) => e.label),
	...l.ticks.map((t) => t.label),
	l.axisTitle,
	...(l.threshold ? [l.threshold.label] : []),
	...l.sections.map((s) => s.label),
	...l.rows.map((r) => r.label)
];

describe('intervalLayout', () => {
	it('groups rows under their sections and keeps identical intervals on identical x', () => {
		const l = intervalLayout(rows, screen(800), 50, labels);
		expect(l.sections.map((s) => s.label.lines[0])).toEqual(['MM-001 · Table 2', 'MM-003 · Table 10']);
		expect(l.rows[1]!.printed).toEqual(l.rows[1]!.recomputed);
		expect(l.rows[0]!.y).toBeLessThan(l.rows[1]!.y);
		// the second section's heading sits between the rows of the first and its own
		expect(blockBox(l.sections[1]!.label).top).toBeGreaterThan(l.rows[1]!.y);
		expect(blockBox(l.sections[1]!.label).bottom).toBeLessThan(l.rows[2]!.y);
	});
	it('widens the axis when an interval leaves 0–100, so a truncated Wald bound shows', () => {
		const l = intervalLayout(rows, screen(800), 50, labels);
		const zero = l.ticks.find((t) => t.value === 0)!.x;
		expect(l.rows[2]!.recomputed![0]).toBeLessThan(zero);
		expect(l.rows[2]!.printed[0]).toBe(zero);
	});
	it('sizes the label column from the labels, so the plot starts right after the longest one', () => {
		const l = intervalLayout(english, screen(1200), 50, { ...labels, ...englishWords });
		expect(l.mode).toBe('columns');
		// "Foreign cohort, 150×10⁶–450×10⁶ CAR+ T cells" ≈ 282 px at 13 px by the metrics table: one line, whole
		const pooled = l.rows[1]!.label;
		expect(pooled.lines).toEqual(['Foreign cohort, 150×10⁶–450×10⁶ CAR+ T cells']);
		expect(blockBox(pooled).left).toBeGreaterThanOrEqual(8);
		expect(l.plot.left).toBeCloseTo(8 + pooled.width + 12, 0);
	});
	it('wraps a label wider than 38% of the width onto two lines instead of cutting its start', () => {
		const long: IntervalRow = {
			...english[1]!,
			id: 'long',
			label: 'Foreign cohort, 150×10⁶–450×10⁶ CAR+ T cells, efficacy analysis set, IRC assessment'
		};
		const l = intervalLayout([long, ...english], screen(1000), 50, { ...labels, ...englishWords });
		const wrapped = l.rows[0]!.label;
		expect(wrapped.lines).toHaveLength(2);
		expect(wrapped.lines[0]!.startsWith('Foreign cohort,')).toBe(true);
		expect(blockBox(wrapped).left).toBeGreaterThanOrEqual(0);
		expect(wrapped.width).toBeLessThanOrEqual(1000 * 0.38);
	});
	it('puts labels above the whiskers on a phone and draws the plot across the width', () => {
		const l = intervalLayout(english, screen(340), 50, { ...labels, ...englishWords });
		expect(l.mode).toBe('stacked');
		expect(l.plot.right - l.plot.left).toBeGreaterThan(300);
		for (const r of l.rows) expect(blockBox(r.label).bottom).toBeLessThan(r.y - 4 - 4.5);
		// the long legend entry wraps onto a line of its own rather than running off the right edge
		expect(l.legend[1]!.label.lines.length).toBeGreaterThanOrEqual(1);
		expect(l.legend[1]!.x1).toBe(l.legend[0]!.x1);
	});
	it('grows its marks with the type on a slide', () => {
		const l = intervalLayout(english, { width: 1700, type: chartType('slide', estimateTextWidth) }, 50, {
			...labels,
			...englishWords
		});
		const desk = intervalLayout(english, screen(1700), 50, { ...labels, ...englishWords });
		expect(l.markScale).toBeGreaterThan(1.5);
		expect(l.rows[1]!.y - l.rows[0]!.y).toBeGreaterThan(1.4 * (desk.rows[1]!.y - desk.rows[0]!.y));
	});
	it('thins the axis ticks when their labels would touch', () => {
		const big = { width: 340, type: { ...chartType('screen', estimateTextWidth), small: 40 } };
		expect(intervalLayout(english, big, null, labels).ticks.map((t) => t.value)).toEqual([0, 50, 100]);
		expect(intervalLayout(english, screen(800), null, labels).ticks.map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
	});

	for (const [lang, data, words] of [
		['English', english, englishWords],
		['Japanese', japanese, japaneseWords]
	] as const) {
		for (const { name, size, floor } of LEGIBLE_SIZES) {
			it(`keeps every ${lang} text whole, inside the drawing, apart and at least ${floor} px on ${name}`, () => {
				const l = intervalLayout(data, size, 50, { ...labels, ...words });
				expect(illegibleTexts(texts(l), size.width, l.height, floor)).toEqual([]);
				// no row label is shortened: each reads in full on one or two lines
				for (const r of l.rows) expect(r.label.full, r.label.lines.join(' ')).toBeNull();
				for (const e of l.legend) expect(e.label.full).toBeNull();
				// dots and whiskers stay inside the plot
				for (const r of l.rows) {
					expect(minOf([r.dot, ...r.printed])).toBeGreaterThanOrEqual(l.plot.left);
					expect(maxOf([r.dot, ...r.printed])).toBeLessThanOrEqual(l.plot.right);
				}
			});
		}
	}
});

describe('OrrIntervalChart SVG', () => {
	it('renders the same SVG for the same data (snapshot)', async () => {
		const a = renderSvg(OrrIntervalChart, { rows, threshold: 50, labels, width: 800 });
		expect(stableSvg(a)).toMatchSnapshot();
		await expect(svgFile(a)).toMatchFileSnapshot('./__snapshots__/orrIntervalChart-threshold-50.svg');
		expect((a.match(/class="recomputed"/g) ?? []).length).toBe(3);
		expect(a).toContain('width="800"');
	});
});
