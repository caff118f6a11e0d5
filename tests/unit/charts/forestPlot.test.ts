import { describe, expect, it } from 'vitest';
import ForestPlot from '$lib/charts/ForestPlot.svelte';
import { forestLayout, type ForestRow } from '$lib/charts/forestLayout';
import { estimateTextWidth } from '$lib/charts/textMetrics';
import { chartType } from '$lib/charts/typography';
import { LEGIBLE_SIZES, illegibleTexts } from '../../helpers/textBoxes';
import { renderSvg, stableSvg, svgFile } from '../../helpers/svg';
import { minOf } from '$lib/util/extremes';

// guideline Table 9 (line 301) and Table 10 (line 327)
const rows: ForestRow[] = [
	{
		id: 'p2',
		label: '2 prior regimens',
		estimate: 0.511,
		lower: 0.311,
		upper: 0.839,
		text: '0.511 [0.311, 0.839]',
		events: 67
	},
	{
		id: 'all',
		label: 'Overall',
		estimate: 0.493,
		lower: 0.377,
		upper: 0.645,
		text: '0.493 [0.377, 0.645]',
		events: 242
	},
	{ id: 'jp', label: 'Japanese', estimate: null, lower: 0, upper: null, text: '5.21 × 10⁷ [0.000, NE]', events: 3 }
];
const labels = {
	title: 'T',
	description: 'D',
	axis: 'HR',
	favours: ['ide-cel', 'standard'] as [string, string],
	notEstimable: 'not estimable'
};

describe('forestLayout', () => {
	const l = forestLayout(rows, { width: 800, type: chartType('screen', estimateTextWidth) }, labels);
	it('puts HR 1 on the no-effect line and is symmetric on the log scale', () => {
		const half = l.ticks.find((t) => t.value === 0.5)!.x;
		const two = l.ticks.find((t) => t.value === 2)!.x;
		expect(l.one - half).toBeCloseTo(two - l.one, 1);
	});
	it('sizes squares by events (area ∝ events) and does not draw a degenerate interval', () => {
		expect(l.rows[1]!.box!.size).toBeGreaterThan(l.rows[0]!.box!.size);
		expect(l.rows[2]!.box).toBeNull();
		expect(l.rows[2]!.whisker).toBeNull();
		expect(l.rows[0]!.whisker![0]).toBeLessThan(l.rows[0]!.box!.x);
	});
	it('sizes its label column from the labels and keeps every text inside the drawing', () => {
		expect(l.mode).toBe('columns');
		// "2 prior regimens" at 13 px by the metrics table ≈ 117 px: the plot starts right after it, not at a fixed 260
		expect(l.plot.left).toBeGreaterThan(100);
		expect(l.plot.left).toBeLessThan(160);
		for (const r of l.rows) {
			expect(r.label.x - r.label.width).toBeGreaterThanOrEqual(0);
			expect(r.value.x).toBeLessThanOrEqual(800);
		}
	});
	it('puts labels above the rows on a phone, in type no smaller than 11 px', () => {
		const phone = forestLayout(rows, { width: 340, type: chartType('screen', estimateTextWidth) }, labels);
		expect(phone.mode).toBe('stacked');
		expect(phone.plot.right - phone.plot.left).toBeGreaterThan(300);
		const sizes = [
			...phone.rows.flatMap((r) => [r.label.size, r.value.size]),
			...phone.ticks.map((t) => t.label.size),
			phone.axisTitle.size
		];
		expect(minOf(sizes)).toBeGreaterThanOrEqual(11);
		// the favours labels wrap rather than run off either side
		expect(phone.favours[0].x - phone.favours[0].width).toBeGreaterThanOrEqual(0);
		expect(phone.favours[1].x + phone.favours[1].width).toBeLessThanOrEqual(340);
	});
	it('grows its type on a slide', () => {
		const slide = forestLayout(rows, { width: 1600, type: chartType('slide', estimateTextWidth) }, labels);
		expect(
			minOf([...slide.rows.map((r) => r.label.size), ...slide.ticks.map((t) => t.label.size)])
		).toBeGreaterThanOrEqual(18);
	});
});

// the same rows with the page's longest subgroup names (guideline Table 9), in English and Japanese
const longRows = (ja: boolean): ForestRow[] => [
	{
		...rows[0]!,
		label: ja ? '前治療レジメン数 2 · 標準治療群との比較' : '2 prior regimens · compared with standard regimens'
	},
	{ ...rows[1]!, label: ja ? '全体（ITT 集団）' : 'Overall (intention-to-treat population)' },
	{ ...rows[2]!, label: ja ? '日本人部分集団' : 'Japanese subgroup' }
];
const longLabels = (ja: boolean) =>
	ja
		? {
				...labels,
				axis: 'ハザード比（対数目盛）',
				favours: ['イデカブタゲン ビクルユーセル群が良好', '標準治療群が良好'] as [string, string],
				notEstimable: '推定不能'
			}
		: {
				...labels,
				axis: 'Hazard ratio (log scale)',
				favours: ['favours ide-cel', 'favours standard regimens'] as [string, string]
			};

describe('forestLayout fits its width', () => {
	for (const ja of [false, true])
		for (const {
			size: { width, type },
			floor
		} of LEGIBLE_SIZES)
			it(`keeps every ${ja ? 'Japanese' : 'English'} text inside ${width} px, apart and at least ${floor} px (${type.medium})`, () => {
				const l = forestLayout(longRows(ja), { width, type }, longLabels(ja));
				const texts = [
					...l.rows.flatMap((r) => [r.label, r.value, ...(r.missing ? [r.missing] : [])]),
					...l.ticks.map((t) => t.label),
					...l.favours,
					l.axisTitle
				];
				expect(illegibleTexts(texts, width, l.height, floor)).toEqual([]);
			});
});

describe('ForestPlot SVG', () => {
	it('renders the same SVG for the same data (snapshot)', async () => {
		const a = renderSvg(ForestPlot, { rows, labels, width: 800 });
		expect(stableSvg(a)).toMatchSnapshot();
		await expect(svgFile(a)).toMatchFileSnapshot('./__snapshots__/forestPlot-subgroups.svg');
		expect(a).toContain('not estimable');
	});
});
