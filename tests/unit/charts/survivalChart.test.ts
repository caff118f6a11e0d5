import { describe, expect, it } from 'vitest';
import SurvivalChart from '$lib/charts/SurvivalChart.svelte';
import {
	crosshairReadout,
	survivalLayout,
	stepValue,
	type SurvivalArm,
	type SurvivalLayout
} from '$lib/charts/survivalLayout';
import type { TextBlock } from '$lib/charts/textBlock';
import { estimateTextWidth } from '$lib/charts/textMetrics';
import { chartType } from '$lib/charts/typography';
import {
	LEGIBLE_SIZES,
	blockBox,
	boxesOverlap,
	illegibleBoxes,
	misplacedTexts,
	overlappingTexts,
	type TextBox
} from '../../helpers/textBoxes';
import { renderSvg, stableSvg, svgFile } from '../../helpers/svg';
import { minOf } from '$lib/util/extremes';

// a small fixed input: two arms, a few events and censorings, a band and an at-risk table
const arm = (id: string, label: string, k: number): SurvivalArm & { displayLabel: string } => ({
	id,
	label,
	displayLabel: label,
	steps: [1, 2, 4, 5].map((t, i) => ({
		time: t * k,
		surv: 1 - 0.15 * (i + 1),
		lower: 0.8 - 0.15 * (i + 1),
		upper: Math.min(1, 1.1 - 0.15 * (i + 1))
	})),
	censors: [1.5 * k, 4.5 * k],
	median: 4.2 * k,
	band: [0, 3, 6].map((time) => ({ time, lower: 1 - 0.1 * time, upper: 1 - 0.05 * time })),
	atRisk: [0, 3, 6].map((time, i) => ({ time, printed: 20 - 6 * i, rebuilt: 20 - 6 * i }))
});
const arms = [arm('standard', 'standard regimens', 1), arm('idecel', 'ide-cel', 1.1)];
const labels = {
	title: 'T',
	description: 'D',
	xAxis: 'months',
	yAxis: 'S',
	atRisk: 'at risk',
	printed: 'printed',
	rebuilt: 'rebuilt',
	crosshair: 'time',
	median: 'median'
};

// MM-003 PFS as the pages draw it: 0–33 months in 3-month steps, curves that level off near 0.1 (S(33) is 0.087 and
// 0.085 on the page), medians as given, printed numbers at risk
const mm003 = (name: [string, string], median: [number, number]): (SurvivalArm & { displayLabel: string })[] =>
	[
		{ id: 'standard', n: 132, plateau: 0.09 },
		{ id: 'idecel', n: 254, plateau: 0.08 }
	].map((a, i) => {
		const rate = -Math.log((0.5 - a.plateau) / (1 - a.plateau)) / median[i]!;
		const steps = Array.from({ length: 66 }, (_, j) => {
			const time = (j + 1) * 0.5;
			const surv = a.plateau + (1 - a.plateau) * Math.exp(-rate * time);
			return { time, surv, lower: surv * 0.85, upper: Math.min(1, surv * 1.12) };
		});
		return {
			id: a.id,
			label: name[i]!,
			displayLabel: name[i]!,
			steps,
			censors: Array.from({ length: 40 }, (_, j) => 0.8 * j + 0.3),
			median: median[i]!,
			band: steps.map((s) => ({ time: s.time, lower: s.surv * 0.9, upper: Math.min(1, s.surv * 1.1) })),
			atRisk: Array.from({ length: 12 }, (_, j) => ({
				time: 3 * j,
				printed: Math.round(a.n * Math.exp(-rate * 3 * j)),
				rebuilt: Math.round(a.n * Math.exp(-rate * 3 * j))
			}))
		};
	});
const pageLabels = {
	xAxis: 'Months since randomisation (assumed axis)',
	yAxis: 'Probability of PFS',
	atRisk: 'Number at risk',
	printed: 'printed',
	rebuilt: 'rebuilt',
	median: 'median'
};
const jaLabels = {
	xAxis: '無作為化からの月数（仮定の時間軸）',
	yAxis: 'PFS の確率',
	atRisk: 'リスク患者数',
	printed: '印刷',
	rebuilt: '再構成',
	median: '中央値'
};

/** The y title is drawn rotated by −90°: its block's x is minus the screen y, its y the screen x. */
const rotated = (b: TextBlock): TextBox[] =>
	b.lines.map((line, i) => {
		const base = b.y + i * b.lineHeight;
		return {
			text: line,
			left: base - b.size * 0.8,
			right: base + b.size * 0.2,
			top: -b.x - b.width / 2,
			bottom: -b.x + b.width / 2,
			size: b.size
		};
	});
function allTexts(L: SurvivalLayout): TextBox[] {
	return [
		...[
			...L.yTicks.map((t) => t.label),
			...L.xTicks.map((t) => t.label),
			L.xTitle,
			...L.arms.flatMap((a) => [a.directLabel, ...(a.medianLabel ? [a.medianLabel] : [])]),
			L.atRiskHeading,
			...L.armHeadings.map((h) => h.label),
			...L.table.flatMap((r) => [...(r.label ? [r.label] : []), ...r.cells.map((c) => c.value)])
		].map(blockBox),
		...rotated(L.yTitle)
	];
}

describe('survivalLayout', () => {
	const layout = survivalLayout({ arms, width: 600, xMax: 6, xStep: 3, type: chartType('screen', estimateTextWidth) });

	it('puts the at-risk table on the plot’s x-scale', () => {
		const ticks = layout.xTicks.map((t) => t.x);
		for (const row of layout.table) expect(row.cells.map((c) => c.x)).toEqual(ticks);
		expect(layout.xOf(3)).toBeCloseTo(ticks[1]!, 6);
		expect(layout.xAt(layout.xOf(4.5))).toBeCloseTo(4.5, 9);
	});

	it('marks medians on the ½ line and censorings on the curve', () => {
		expect(layout.arms[0]!.median).toEqual({ x: expect.any(Number), y: layout.yOf(0.5) });
		expect(layout.arms[0]!.censors[0]!.y).toBeCloseTo(layout.yOf(0.85), 2);
	});

	it('reads a step function at any time', () => {
		expect(stepValue(arms[0]!.steps, 0.5, (s) => s.surv)).toBe(1);
		expect(stepValue(arms[0]!.steps, 2, (s) => s.surv)).toBeCloseTo(0.7, 12);
		expect(stepValue(arms[0]!.steps, 99, (s) => s.surv)).toBeCloseTo(0.4, 12);
	});

	it('labels printed and rebuilt rows in the left margin, and patient-level data with one row a arm', () => {
		expect(layout.table.map((r) => r.label?.lines[0])).toEqual(['printed', 'rebuilt', 'printed', 'rebuilt']);
		for (const r of layout.table) expect(r.label!.x).toBeLessThan(layout.plot.left);
		const ipd = arms.map((a) => ({ ...a, atRisk: a.atRisk.map((c) => ({ ...c, printed: Number.NaN })) }));
		const one = survivalLayout({
			arms: ipd,
			width: 600,
			xMax: 6,
			xStep: 3,
			type: chartType('screen', estimateTextWidth)
		});
		expect(one.table.map((r) => [r.arm, r.kind, r.label])).toEqual([
			[0, 'rebuilt', null],
			[1, 'rebuilt', null]
		]);
		expect(one.armHeadings.map((h) => h.label.lines.join(' '))).toEqual(['standard regimens', 'ide-cel']);
	});
});

const inputs: [string, (SurvivalArm & { displayLabel: string })[], typeof pageLabels][] = [
	['English', mm003(['standard regimens', 'ide-cel'], [4.4, 13.3]), pageLabels],
	['Japanese, a long arm name', mm003(['外国人コホート 150×10⁶~450×10⁶個', '本品群'], [4.4, 13.3]), jaLabels],
	['close medians', mm003(['standard regimens', 'ide-cel'], [12.9, 13.3]), pageLabels]
];

describe.each(LEGIBLE_SIZES)('survivalLayout on $name', ({ size: { width, type }, floor }) => {
	describe.each(inputs)('%s', (__, data, words) => {
		const L = survivalLayout({ arms: data, width, xMax: 33, xStep: 3, type, labels: words });
		const texts = allTexts(L);

		it('keeps every text inside the drawing, at or above the type floor', () => {
			expect(misplacedTexts(texts, width, L.height, floor)).toEqual([]);
			expect(texts.length).toBeGreaterThan(40);
		});

		it('lets no two texts overlap', () => {
			expect(overlappingTexts(texts)).toEqual([]);
		});

		it('prints the at-risk numbers at the x ticks, thinned together', () => {
			const ticks = L.xTicks.map((t) => t.x);
			for (const row of L.table) expect(row.cells.map((c) => c.x)).toEqual(ticks);
			expect(L.xTicks[0]!.value).toBe(0);
			expect(L.xTicks.length).toBeGreaterThanOrEqual(4);
			// neighbouring tick labels and numbers keep a gap
			const cells = L.table.flatMap((r) => r.cells.map((c) => blockBox(c.value)));
			for (const row of [
				L.xTicks.map((t) => blockBox(t.label)),
				...L.table.map((r) => r.cells.map((c) => blockBox(c.value)))
			]) {
				for (let i = 1; i < row.length; i++) expect(row[i]!.left - row[i - 1]!.right).toBeGreaterThan(4);
			}
			expect(cells.length).toBe(4 * L.xTicks.length);
		});

		it('places the median labels apart and the direct labels beside the curves’ ends, in large type', () => {
			const [a, b] = L.arms.map((arm) => blockBox(arm.medianLabel!));
			expect(boxesOverlap(a!, b!)).toBe(false);
			for (const arm of L.arms) {
				expect(arm.directLabel.x).toBeGreaterThan(L.plot.right);
				expect(arm.directLabel.size).toBe(type.large);
			}
			// no curve runs through a median label (they sit where the curves are above them)
			for (const arm of L.arms) {
				const box = blockBox(arm.medianLabel!);
				for (const d of data) {
					const high = L.yOf(stepValue(d.steps, L.xAt(box.left), (p) => p.surv));
					const low = L.yOf(stepValue(d.steps, L.xAt(box.right), (p) => p.surv));
					expect(low < box.top || high > box.bottom, `${box.text} × ${d.displayLabel}`).toBe(true);
				}
			}
			// the lower curve's label is the lower one
			const [s, i] = L.arms;
			expect(s!.directLabel.y).toBeGreaterThan(i!.directLabel.y);
			// the right margin is at most about 28% of the width
			expect(width - L.plot.right).toBeLessThanOrEqual(width * 0.28 + 1);
		});

		it('draws the crosshair readout inside the drawing, beside the line, and flips it near the right edge', () => {
			const rows = data.map((d) => ({ label: d.displayLabel, value: '0.570 [0.507, 0.641]', ink: '#000' }));
			for (const time of [0, 6, 16.5, 30, 33]) {
				const r = crosshairReadout(L, time, rows, 0.5);
				expect(r.x).toBeGreaterThanOrEqual(0);
				expect(r.x + r.width).toBeLessThanOrEqual(width);
				for (const bl of r.blocks) expect(blockBox(bl.block).right).toBeLessThanOrEqual(r.x + r.width);
				expect(minOf(r.blocks.map((bl) => bl.block.size))).toBeGreaterThanOrEqual(floor);
			}
			const early = crosshairReadout(L, 3, rows, 0.6);
			const late = crosshairReadout(L, 33, rows, 0.2);
			expect(late.x + late.width).toBeLessThanOrEqual(L.xOf(33));
			if (width >= 1200) expect(early.x).toBeGreaterThan(L.xOf(3));
			// high curves: the box sits low; low curves: high
			expect(early.y).toBeGreaterThan(late.y);
		});
	});
});

describe('survivalLayout with patient-level data on a phone', () => {
	it('keeps its numbers apart and inside the drawing without printed rows', () => {
		const data = mm003(['standard regimens', 'ide-cel'], [4.4, 13.3]).map((a) => ({
			...a,
			atRisk: a.atRisk.map((c) => ({ ...c, printed: Number.NaN }))
		}));
		const L = survivalLayout({
			arms: data,
			width: 340,
			xMax: 33,
			xStep: 3,
			type: chartType('screen', estimateTextWidth),
			labels: pageLabels
		});
		expect(L.table).toHaveLength(2);
		expect(illegibleBoxes(allTexts(L), 340, L.height, 11)).toEqual([]);
	});
});

describe('survivalLayout with at-risk times off the tick grid', () => {
	it('thins the numbers on their own spacing, each at its time', () => {
		const times = [0, 1, 2.5, 4, 5.5, 7, 12, 20, 31];
		const data = mm003(['standard regimens', 'ide-cel'], [4.4, 13.3]).map((a) => ({
			...a,
			atRisk: times.map((time) => ({ time, printed: 100, rebuilt: 99 }))
		}));
		const L = survivalLayout({
			arms: data,
			width: 340,
			xMax: 33,
			xStep: 3,
			type: chartType('screen', estimateTextWidth),
			labels: pageLabels
		});
		const shown = L.table[0]!.cells.map((c) => L.xAt(c.x));
		expect(shown[0]).toBe(0);
		expect(shown.length).toBeLessThan(times.length);
		// x is rounded to 0.01 px
		for (const t of shown) expect(times.some((u) => Math.abs(u - t) < 0.01)).toBe(true);
		expect(overlappingTexts(allTexts(L))).toEqual([]);
	});
});

describe('SurvivalChart SVG', () => {
	it('renders the same SVG for the same data (snapshot)', async () => {
		const a = renderSvg(SurvivalChart, { arms, xMax: 6, xStep: 3, labels, width: 600 });
		expect(stableSvg(a)).toMatchSnapshot();
		await expect(svgFile(a)).toMatchFileSnapshot('./__snapshots__/survivalChart-two-arms.svg');
		expect(a).toContain('role="slider"');
		expect(a).toContain('aria-valuenow="0"');
		expect((a.match(/class="km"/g) ?? []).length).toBe(2);
		// no resting crosshair; rebuilt curves show no censor marks until asked, and offer the toggle
		expect(a).not.toContain('class="crosshair"');
		expect(a).not.toContain('class="censor"');
		expect(a).toContain('type="checkbox"');
	});
	it('draws censor marks of patient-level data, without a toggle', () => {
		const a = renderSvg(SurvivalChart, { arms, xMax: 6, xStep: 3, labels, width: 600, rebuilt: false });
		expect((a.match(/class="censor"/g) ?? []).length).toBe(4);
		expect(a).not.toContain('type="checkbox"');
	});
});
