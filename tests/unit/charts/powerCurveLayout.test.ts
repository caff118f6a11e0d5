import { describe, expect, it } from 'vitest';
import PowerCurveChart from '$lib/charts/PowerCurveChart.svelte';
import { powerCurveLayout, type PowerCurveLayout } from '$lib/charts/powerCurveLayout';
import type { TextBlock } from '$lib/charts/textBlock';
import { estimateTextWidth } from '$lib/charts/textMetrics';
import { chartType, type ChartMedium, type ChartSize } from '$lib/charts/typography';
import { powerCurve } from '$lib/site/surveys/calculator';
import { LEGIBLE_SIZES, blockBox, boxesOverlap, illegibleTexts } from '../../helpers/textBoxes';
import { renderSvg, stableSvg, svgFile } from '../../helpers/svg';
import { minOf } from '$lib/util/extremes';

// pemphigus rationale (RMP line 480): threshold 9%, expected 18.0%, one-sided 5%, power 90%, printed n = 115
const points = powerCurve(0.09, 0.18, 0.05, 110, 125);
// the page's words (messages/en.json and ja.json, survey_b_* and survey_chart_*)
const en = {
	xAxis: 'Number of patients n',
	yAxis: 'Power (%)',
	exact: 'Exact binomial test',
	normal: 'Normal approximation',
	target: 'target 90%',
	printed: 'printed n = 115',
	current: 'n = 120'
};
const ja = {
	xAxis: '症例数 n',
	yAxis: '検出力 (%)',
	exact: '正確な二項検定',
	normal: '正規近似',
	target: '目標 90%',
	printed: '記載 n = 115',
	current: 'n = 120'
};
const size = (width: number, medium: ChartMedium = 'screen'): ChartSize => ({
	width,
	type: chartType(medium, estimateTextWidth)
});

/** Every text the chart draws. */
const texts = (l: PowerCurveLayout): TextBlock[] => [
	...l.legend.map((e) => e.label),
	l.yTitle,
	l.xTitle,
	...l.xTicks.map((t) => t.label),
	...l.yTicks.map((t) => t.label),
	...[l.target, l.printed, l.current].flatMap((m) => (m ? [m.label] : []))
];

describe('powerCurveLayout', () => {
	const l = powerCurveLayout(points, 0.9, 115, 120, size(640), en);
	it('spans the n range on x and a floor of whole tenths to 1 on y', () => {
		expect(l.xTicks[0]!.value).toBe(110);
		expect(l.xTicks[0]!.x).toBe(l.plot.left);
		expect(l.xTicks.map((t) => t.value)).toEqual([110, 112, 114, 116, 118, 120, 122, 124]);
		// the smallest power here (exact, 0.80… at n = 110) → the axis starts at 0.8
		expect(l.yTicks[0]!.value).toBeCloseTo(0.8, 10);
		expect(l.yTicks[0]!.y).toBe(l.plot.bottom);
		expect(l.yTicks.at(-1)).toMatchObject({ value: 1, y: l.plot.top });
		expect(l.yTicks.map((t) => t.label.lines[0])).toEqual(['80', '85', '90', '95', '100']);
	});
	it('sizes the left margin from the widest tick label, not a fixed 56 px', () => {
		// "100" at 11 px by the metrics table ≈ 21 px: 8 + 21 + 6
		expect(l.plot.left).toBeCloseTo(8 + estimateTextWidth('100', 11) + 6, 1);
		expect(l.plot.right).toBeLessThan(640 - 8);
	});
	it('marks the target, the printed n and the reader’s n with both powers there', () => {
		const span = l.plot.right - l.plot.left;
		// 0.9 on [0.8, 1] → halfway between bottom and top
		expect(l.target!.y).toBeCloseTo((l.plot.top + l.plot.bottom) / 2, 1);
		expect(l.printed!.n).toBe(115);
		expect(l.printed!.x).toBeCloseTo(l.plot.left + (5 / 15) * span, 1);
		expect(l.current!.x).toBeCloseTo(l.plot.left + (10 / 15) * span, 1);
		// exact power sits below the normal one at n = 120 (larger y is lower power)
		expect(l.current!.exactY).toBeGreaterThan(l.current!.normalY);
		expect(powerCurveLayout(points, 0.9, 300, null, size(640), en).printed).toBeNull();
	});
	it('draws one path vertex per n, rounded to 2 decimals', () => {
		expect(l.exactPath.match(/[ML]/g)).toHaveLength(16);
		const nums = (l.exactPath + l.normalPath).match(/-?\d+(\.\d+)?/g)!.map(Number);
		expect(nums.every((v) => Math.round(v * 100) / 100 === v)).toBe(true);
	});
	it('places the legend entries by their measured width, side by side when they fit', () => {
		const [exact, normal] = l.legend;
		expect(exact!.swatch.y).toBe(normal!.swatch.y);
		// the second entry starts 1.5 em after the first label's measured end, not at a fixed offset of 200
		expect(normal!.swatch.x1).toBeCloseTo(exact!.label.x + estimateTextWidth('Exact binomial test', 13) + 20, 0);
	});
});

describe('powerCurveLayout fits its width', () => {
	for (const [name, words] of [
		['English', en],
		['Japanese', ja]
	] as const)
		for (const {
			size: { width, type },
			floor
		} of LEGIBLE_SIZES)
			it(`keeps every ${name} text inside ${width} px, apart and at least ${floor} px (${type.medium})`, () => {
				for (const [printed, current] of [
					[115, 115],
					[115, 116],
					[124, 125],
					[110, 111]
				] as const)
					for (const target of [0.9, 1, 0.8]) {
						const l = powerCurveLayout(points, target, printed, current, { width, type }, words);
						expect(
							illegibleTexts(texts(l), width, l.height, floor),
							`printed ${printed}, current ${current}, target ${target}`
						).toEqual([]);
					}
			});

	it('puts the legend on two lines when the entries do not fit on one', () => {
		const long = {
			...en,
			exact: 'Exact one-sided binomial test (Clopper–Pearson)',
			normal: 'Normal approximation without continuity correction'
		};
		const l = powerCurveLayout(points, 0.9, 115, 120, size(340), long);
		expect(l.legend[1]!.swatch.y).toBeGreaterThan(l.legend[0]!.swatch.y);
		expect(l.legend[1]!.swatch.x1).toBe(8);
		expect(illegibleTexts(texts(l), 340, l.height, 11)).toEqual([]);
	});
	it('moves the printed-n and current-n labels apart when the two n are neighbours', () => {
		const l = powerCurveLayout(points, 0.9, 115, 116, size(340), en);
		expect(boxesOverlap(blockBox(l.printed!.label), blockBox(l.current!.label))).toBe(false);
	});
	it('thins the n ticks on a phone so their labels keep an em apart', () => {
		const l = powerCurveLayout(powerCurve(0.09, 0.18, 0.05, 100, 400), 0.9, 115, 120, size(340), en);
		expect(l.xTicks.length).toBeGreaterThanOrEqual(3);
		for (let i = 1; i < l.xTicks.length; i++)
			expect(blockBox(l.xTicks[i]!.label).left - blockBox(l.xTicks[i - 1]!.label).right).toBeGreaterThanOrEqual(11);
	});
	it('grows its type and marks on a slide', () => {
		const l = powerCurveLayout(points, 0.9, 115, 120, size(1700, 'slide'), en);
		expect(minOf(texts(l).map((t) => t.size))).toBe(18);
		expect(l.markScale).toBeGreaterThan(1);
	});
});

describe('PowerCurveChart SVG', () => {
	it('renders the same SVG for the same data (snapshot)', async () => {
		const labels = { title: 'Power by sample size', description: 'Exact vs normal', ...en };
		const props = { points, target: 0.9, printedN: 115, currentN: 120, labels, width: 640 };
		const a = renderSvg(PowerCurveChart, props);
		expect(stableSvg(a)).toMatchSnapshot();
		await expect(svgFile(a)).toMatchFileSnapshot('./__snapshots__/powerCurveChart-target-90.svg');
		expect(a).toContain('role="img"');
		expect(a).toContain('class="curve-exact"');
		expect(a).toContain('class="printed-n"');
		expect(a).toContain('printed n = 115');
		// colours come from the palette only
		expect(a).not.toMatch(/#0072B2|#D55E00|#009E73/i);
	});
});
