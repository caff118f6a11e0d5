import { describe, expect, it } from 'vitest';
import ResponseChart from '$lib/charts/ResponseChart.svelte';
import { responseLayout, type ResponseBar, type ResponseLayout } from '$lib/charts/responseLayout';
import type { TextBlock } from '$lib/charts/textBlock';
import { estimateTextWidth } from '$lib/charts/textMetrics';
import { chartType, type ChartSize } from '$lib/charts/typography';
import { LEGIBLE_SIZES, blockBox, illegibleTexts } from '../../helpers/textBoxes';
import { renderSvg, stableSvg, svgFile } from '../../helpers/svg';
import { maxOf } from '$lib/util/extremes';

const segs = (rows: [string, number, string][]) =>
	rows.map(([category, count, percent]) => ({ category, count, percent }));
// Table 2, 300×10⁶ and 150×10⁶ columns (guideline lines 122–131)
const bars: ResponseBar[] = [
	{
		id: 'd150',
		label: '150×10⁶',
		n: 4,
		orr: '50.0',
		segments: segs([
			['sCR', 1, '25.0'],
			['CR', 0, ''],
			['VGPR', 1, '25.0'],
			['PR', 0, ''],
			['MR', 0, ''],
			['SD', 1, '25.0'],
			['PD', 1, '25.0'],
			['NE', 0, '']
		])
	},
	{
		id: 'd300',
		label: '300×10⁶',
		n: 70,
		orr: '68.6',
		segments: segs([
			['PD', 6, '8.6'],
			['sCR', 19, '27.1'],
			['CR', 1, '1.4'],
			['VGPR', 10, '14.3'],
			['PR', 18, '25.7'],
			['MR', 2, '2.9'],
			['SD', 14, '20.0'],
			['NE', 0, '']
		])
	}
];
const screen = (width: number): ChartSize => ({ width, type: chartType('screen', estimateTextWidth) });

// the same table with the site's longest cohort names in both languages (Table 2's pooled column holds an NE)
const pooled = segs([
	['sCR', 36, '28.1'],
	['CR', 7, '5.5'],
	['VGPR', 25, '19.5'],
	['PR', 26, '20.3'],
	['MR', 3, '2.3'],
	['SD', 21, '16.4'],
	['PD', 9, '7.0'],
	['NE', 1, '0.8']
]);
const english: ResponseBar[] = [
	{ ...bars[0]!, label: 'Foreign cohort, 150×10⁶ CAR+ T cells' },
	{ ...bars[1]!, label: 'Foreign cohort, 300×10⁶ CAR+ T cells' },
	{ id: 'pool', label: 'Foreign cohort, 150×10⁶–450×10⁶ CAR+ T cells', n: 128, orr: '73.4', segments: pooled }
];
const japanese: ResponseBar[] = [
	{ ...bars[0]!, label: '外国人コホート 150×10⁶個' },
	{ ...bars[1]!, label: '外国人コホート 300×10⁶個' },
	{ id: 'pool', label: '外国人コホート 150×10⁶~450×10⁶個', n: 128, orr: '73.4', segments: pooled }
];

const texts = (l: ResponseLayout): TextBlock[] => [
	...l.legend.map((e) => e.label),
	...l.bars.flatMap((b) => [b.labelBlock, b.summaryBlock, ...b.segments.flatMap((s) => (s.label ? [s.label] : []))])
];

describe('responseLayout', () => {
	const l = responseLayout(bars, screen(900));
	it('stacks categories in IMWG order whatever the input order, skipping zero counts', () => {
		expect(l.bars[1]!.segments.map((s) => s.category)).toEqual(['sCR', 'CR', 'VGPR', 'PR', 'MR', 'SD', 'PD']);
		expect(l.bars[0]!.segments.map((s) => s.category)).toEqual(['sCR', 'VGPR', 'SD', 'PD']);
	});
	it('gives each segment its share of N, so a complete cohort fills the bar', () => {
		for (const b of l.bars) expect(b.end).toBeCloseTo(l.plot.right, 1);
		const sCR = l.bars[1]!.segments[0]!;
		expect(sCR.width / (l.plot.right - l.plot.left)).toBeCloseTo(19 / 70, 4);
		expect(l.bars[1]!.summary).toBe('n = 70 · ORR 68.6%');
		// a table that prints no response rate: the n alone, never "ORR %"
		const unprinted = responseLayout([{ ...bars[1]!, orr: '' }], screen(900));
		expect(unprinted.bars[0]!.summary).toBe('n = 70');
	});
	it('labels a segment only where its text fits inside it', () => {
		const d300 = l.bars[1]!;
		expect(d300.segments[0]!.label!.lines).toEqual(['sCR 27.1%']);
		// CR is 1 of 70: a sliver with no room for a word
		expect(d300.segments[1]!.label).toBeNull();
		for (const s of d300.segments.filter((x) => x.label)) {
			expect(blockBox(s.label!).left).toBeGreaterThan(s.x);
			expect(blockBox(s.label!).right).toBeLessThan(s.x + s.width);
		}
	});
	it('keeps the summary in a right margin as wide as its text', () => {
		const wide = responseLayout(english, screen(1200));
		expect(wide.mode).toBe('columns');
		const longest = maxOf(wide.bars.map((b) => b.summaryBlock.width));
		expect(1200 - 8 - wide.plot.right).toBeCloseTo(longest + 10, 0);
		for (const b of wide.bars) expect(blockBox(b.summaryBlock).left).toBeGreaterThan(b.end);
	});
	it('puts the label above a full-width bar on a phone, the summary beside the label or under the bar', () => {
		const phone = responseLayout(english, screen(340));
		expect(phone.mode).toBe('stacked');
		expect(phone.plot.left).toBe(8);
		expect(phone.plot.right).toBe(332);
		for (const b of phone.bars) {
			expect(blockBox(b.labelBlock).bottom).toBeLessThanOrEqual(b.y);
			const s = blockBox(b.summaryBlock);
			expect(s.bottom <= b.y || s.top >= b.y + b.height).toBe(true);
		}
		const short = responseLayout(bars, screen(340));
		expect(short.bars[0]!.summaryBlock.anchor).toBe('end');
		expect(blockBox(short.bars[0]!.summaryBlock).bottom).toBeLessThanOrEqual(short.bars[0]!.y);
	});
	it('flows the legend onto more lines when narrow, never cutting a category short', () => {
		const phone = responseLayout(english, screen(340));
		expect(phone.legend.map((e) => e.label.lines.join(''))).toEqual([
			'sCR',
			'CR',
			'VGPR',
			'PR',
			'MR',
			'SD',
			'PD',
			'NE'
		]);
		expect(new Set(responseLayout(english, screen(1200)).legend.map((e) => e.y)).size).toBe(1);
		const narrow = responseLayout(english, { width: 300, type: chartType('slide', estimateTextWidth) });
		expect(new Set(narrow.legend.map((e) => e.y)).size).toBeGreaterThan(1);
		for (const e of narrow.legend) expect(e.x + e.size + 5 + e.label.width).toBeLessThanOrEqual(300);
	});

	for (const [lang, data] of [
		['English', english],
		['Japanese', japanese]
	] as const) {
		for (const { name, size, floor } of LEGIBLE_SIZES) {
			it(`keeps every ${lang} text whole, inside the drawing, apart and at least ${floor} px on ${name}`, () => {
				const r = responseLayout(data, size);
				expect(illegibleTexts(texts(r), size.width, r.height, floor)).toEqual([]);
				for (const b of r.bars) {
					expect(b.labelBlock.full, b.label).toBeNull();
					expect(b.summaryBlock.lines).toEqual([b.summary]);
					expect(b.end).toBeLessThanOrEqual(size.width - 8);
				}
			});
		}
	}
});

describe('ResponseChart SVG', () => {
	it('renders the same SVG for the same data (snapshot)', async () => {
		const labels = { title: 'Table 2', description: 'D' };
		const a = renderSvg(ResponseChart, { bars, labels, width: 900 });
		expect(stableSvg(a)).toMatchSnapshot();
		await expect(svgFile(a)).toMatchFileSnapshot('./__snapshots__/responseChart-table-2.svg');
		expect(a).toContain('sCR 27.1%');
		expect(a).toContain('n = 4 · ORR 50.0%');
	});
});
