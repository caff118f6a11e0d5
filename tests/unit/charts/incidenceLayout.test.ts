import { describe, expect, it } from 'vitest';
import {
	AXIS_ENDS,
	axisEnd,
	incidenceLayout as layoutAt,
	type IncidenceGroupInput,
	type IncidenceItemInput,
	type IncidenceLayout
} from '$lib/charts/incidenceLayout';
import type { TextBlock } from '$lib/charts/textBlock';
import { estimateTextWidth } from '$lib/charts/textMetrics';
import { chartType, type ChartSize } from '$lib/charts/typography';
import { LEGIBLE_SIZES, blockBox, boxesOverlap, illegibleTexts } from '../../helpers/textBoxes';
import { maxOf, minOf } from '$lib/util/extremes';

const screen = (width: number): ChartSize => ({ width, type: chartType('screen', estimateTextWidth) });
const slide: ChartSize = { width: 1700, type: chartType('slide', estimateTextWidth) };
const labels = {
	axis: 'Incidence (%)',
	interval: 'printed figure with its interval',
	hollow: 'placebo or control arm',
	flagged: 'denominator differs',
	percentOnly: 'printed without a count: no interval'
};
const labelsJa = {
	axis: '発現割合 (%)',
	interval: '記載の割合と 95% 信頼区間',
	hollow: 'プラセボ群・対照群',
	flagged: '分母が他の引用と異なる',
	percentOnly: '例数の記載なし：区間なし'
};
/** The layout at a screen width, in English. */
const incidenceLayout = (groups: readonly IncidenceGroupInput[], width: number) =>
	layoutAt(groups, screen(width), labels);

// RMP section 1.1 figures; intervals are Clopper–Pearson 95% in % (scipy beta.ppf)
const item = (
	id: string,
	label: string,
	sublabel: string,
	printed: string,
	point: IncidenceItemInput['point'],
	extra: Partial<IncidenceItemInput> = {}
): IncidenceItemInput => ({
	id,
	label,
	sublabel,
	printed,
	point,
	hollow: false,
	flagged: false,
	tip: `${sublabel} · ${label}: ${printed}%`,
	...extra
});
// line 154: serious hepatitis B 0.2% (8/3,964)
const hbv: IncidenceGroupInput[] = [
	{
		id: 'nhl',
		label: 'B-cell non-Hodgkin lymphoma (NHL) (1)',
		items: [
			item('rmp_inc_a_027', 'Hepatitis B · serious', '01NHL001 + 04NHL001 + IDEC-C2B8-5', '0.2', {
				percent: 0.20182,
				lower: 0.08717,
				upper: 0.39727
			})
		]
	}
];
// line 130/140: infusion reaction — RAVE printed as a percentage only; RIN-1 rituximab 7/19 and placebo 0/19
const infusion: IncidenceGroupInput[] = [
	{
		id: 'gpa-mpa',
		label: 'GPA/MPA (1)',
		items: [item('rmp_inc_a_006', 'Infusion related reaction', 'NCT00104299 · rituximab arm', '12.1', null)]
	},
	{
		id: 'nmosd',
		label: 'NMOSD (2)',
		items: [
			item('rmp_inc_a_019', 'Infusion related reaction (mild or moderate)', 'RIN-1 · rituximab arm', '36.8', {
				percent: 36.842,
				lower: 16.289,
				upper: 61.642
			}),
			item(
				'rmp_inc_a_020',
				'Infusion related reaction (mild or moderate)',
				'RIN-1 · placebo arm',
				'0',
				{ percent: 0, lower: 0, upper: 17.647 },
				{ hollow: true }
			)
		]
	},
	{
		id: 'abmr',
		label: 'suppression of antibody-mediated rejection (ABMR) (1)',
		// line 237: the Akamatsu figure quoted with 24 although the survey is quoted with 47 elsewhere
		items: [
			item(
				'rmp_inc_a_108',
				'Neutrophil count decreased (grade 4)',
				'Akamatsu 2021',
				'4.2',
				{ percent: 4.1667, lower: 0.1054, upper: 21.12 },
				{ flagged: true }
			)
		]
	}
];

describe('axisEnd', () => {
	it('is the smallest listed end that holds every value', () => {
		expect(axisEnd([0.2, 0.397])).toBe(0.5);
		expect(axisEnd([0.8])).toBe(1);
		expect(axisEnd([8.7, 1.6])).toBe(10);
		expect(axisEnd([24.9])).toBe(25);
		expect(axisEnd([25.0000000001])).toBe(25);
		expect(axisEnd([80.6])).toBe(100);
		expect(axisEnd([100])).toBe(100);
		expect(axisEnd([])).toBe(0.5);
		expect(AXIS_ENDS.map((a) => a.end)).toEqual([0.5, 1, 2, 5, 10, 25, 50, 100]);
	});
});

describe('incidenceLayout', () => {
	it('zooms a concern whose figures are all small: 0.2% of 3,964 on a 0–0.5% axis', () => {
		const l = incidenceLayout(hbv, 960);
		expect(l.axisEnd).toBe(0.5);
		expect(l.axis.ticks.map((t) => t.above?.lines[0])).toEqual(['0.0', '0.1', '0.2', '0.3', '0.4', '0.5']);
		expect(l.axis.ticks[0]!.x).toBe(l.plot.left);
		expect(l.axis.ticks.at(-1)!.x).toBe(l.plot.right);
		const dot = l.rows[0]!.dot!;
		// 0.2018% sits a little past the 0.2 tick; the whisker 0.087–0.397 fits inside the axis
		expect(dot.x).toBeGreaterThan(l.axis.ticks[2]!.x);
		expect(dot.x).toBeLessThan(l.axis.ticks[3]!.x);
		expect(dot.whisker[0]).toBeGreaterThan(l.plot.left);
		expect(dot.whisker[1]).toBeLessThan(l.plot.right);
	});

	it('uses 0–100% as soon as one interval reaches past 50, and places values linearly', () => {
		const l = incidenceLayout(infusion, 960);
		expect(l.axisEnd).toBe(100);
		expect(l.axis.ticks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
		const placebo = l.rows.find((r) => r.id === 'rmp_inc_a_020')!.dot!;
		expect(placebo.x).toBe(l.plot.left);
		expect(placebo.whisker[0]).toBe(l.plot.left);
		expect(placebo.hollow).toBe(true);
		const rin = l.rows.find((r) => r.id === 'rmp_inc_a_019')!.dot!;
		expect(rin.x).toBeCloseTo(l.plot.left + 0.36842 * (l.plot.right - l.plot.left), 1);
		expect(rin.hollow).toBe(false);
	});

	it('gives a percentage printed alone a row without a dot, and leaves it out of the axis', () => {
		const l = incidenceLayout(infusion.slice(0, 1), 960);
		expect(l.rows[0]!.dot).toBeNull();
		expect(l.rows[0]!.printed).toBe('12.1');
		expect(l.rows[0]!.note!.lines).toEqual(['12.1% — printed without a count: no interval']);
		expect(l.axisEnd).toBe(0.5);
	});

	it('draws a header per indication and a row per figure, in order, without overlap', () => {
		const l = incidenceLayout(infusion, 960);
		expect(l.groups.map((g) => g.id)).toEqual(['gpa-mpa', 'nmosd', 'abmr']);
		expect(l.rows.map((r) => [r.group, r.id])).toEqual([
			['gpa-mpa', 'rmp_inc_a_006'],
			['nmosd', 'rmp_inc_a_019'],
			['nmosd', 'rmp_inc_a_020'],
			['abmr', 'rmp_inc_a_108']
		]);
		// a group header, then its rows; each starts where the one before ends
		expect(l.rows[0]!.top).toBeGreaterThan(l.groups[0]!.top);
		expect(l.rows[2]!.top).toBeCloseTo(l.rows[1]!.top + l.rows[1]!.height, 2);
		expect(l.groups[2]!.top).toBeCloseTo(l.rows[2]!.top + l.rows[2]!.height, 2);
		expect(l.plot.bottom).toBeCloseTo(l.rows.at(-1)!.top + l.rows.at(-1)!.height, 2);
		expect(l.plot.top).toBe(l.groups[0]!.top);
	});

	it('marks a flagged denominator with † and shows only the legend entries the plot uses', () => {
		const l = incidenceLayout(infusion, 960);
		expect(l.rows.find((r) => r.id === 'rmp_inc_a_108')!.label.lines).toEqual([
			'† Neutrophil count decreased (grade 4)'
		]);
		expect(l.legend.items.map((e) => e.key)).toEqual(['interval', 'hollow', 'flagged']);
		expect(l.legend.items.map((e) => e.dagger?.lines[0] ?? null)).toEqual([null, null, '†']);
		expect(incidenceLayout(hbv, 960).legend.items.map((e) => e.key)).toEqual(['interval']);
	});

	it('grows in height for long lists instead of dropping rows, and rounds pixels to 2 decimals', () => {
		const many: IncidenceGroupInput[] = [
			{ id: 'g', label: 'g', items: Array.from({ length: 79 }, (_, i) => ({ ...hbv[0]!.items[0]!, id: `f${i}` })) }
		];
		const l = incidenceLayout(many, 960);
		expect(l.rows).toHaveLength(79);
		expect(l.height).toBeGreaterThan(79 * 30);
		const xs = incidenceLayout(infusion, 960).rows.flatMap((r) => (r.dot ? [r.dot.x, ...r.dot.whisker, r.y] : [r.y]));
		expect(xs.every((v) => Math.round(v * 100) / 100 === v)).toBe(true);
	});

	it('sizes the label column from the measured labels instead of a fixed 430 px', () => {
		const l = incidenceLayout(infusion, 960);
		expect(l.mode).toBe('columns');
		// "† Neutrophil count decreased (grade 4)" at 13 px ≈ 260 px by the metrics table: the plot starts right after it
		const widest = maxOf(l.rows.flatMap((r) => [r.label.x + r.label.width, r.sublabel.x + r.sublabel.width]));
		expect(widest).toBeLessThan(l.plot.left - 8);
		expect(l.plot.left).toBeLessThan(340);
		expect(l.rows.every((r) => r.label.full === null && r.sublabel.full === null)).toBe(true);
		expect(l.rows.every((r) => r.sublabel.size >= 11 && r.label.size === 13)).toBe(true);
	});
});

// every text of a layout, as drawn
function texts(l: IncidenceLayout): TextBlock[] {
	return [
		...l.legend.items.flatMap((e) => [e.text, ...(e.dagger ? [e.dagger] : [])]),
		...l.axis.ticks.flatMap((t) => [t.above, t.below].filter((b): b is TextBlock => b !== null)),
		l.axis.title,
		...l.groups.map((g) => g.label),
		...l.rows.flatMap((r) => [r.label, r.sublabel, ...(r.note ? [r.note] : [])])
	];
}

// RMP figures with the longest labels of the page, in English and Japanese (line 237, line 140, line 154)
const longGroups = (ja: boolean): IncidenceGroupInput[] => [
	{
		id: 'abmr',
		label: ja
			? '抗体関連型拒絶反応の抑制 (ABO 血液型不適合腎移植・肝移植を含む) (2)'
			: 'suppression of antibody-mediated rejection (ABMR) in ABO-incompatible kidney or liver transplantation (2)',
		items: [
			item(
				'a1',
				ja ? '好中球数減少 (グレード 4)' : 'Neutrophil count decreased (grade 4)',
				ja
					? '赤松 2021 · 使用成績調査 · 移植後 6 か月'
					: 'Akamatsu 2021 · post-marketing survey · 6 months after transplantation',
				'4.2',
				{ percent: 4.1667, lower: 0.1054, upper: 21.12 },
				{ flagged: true }
			),
			item(
				'a2',
				ja
					? '一般・全身障害および投与部位の状態 · 重篤'
					: 'General disorders and administration site conditions · serious',
				ja ? 'RIN-1 · プラセボ群' : 'RIN-1 · placebo arm',
				'0',
				{ percent: 0, lower: 0, upper: 17.647 },
				{ hollow: true }
			)
		]
	},
	{
		id: 'gpa',
		label: ja ? '多発血管炎性肉芽腫症・顕微鏡的多発血管炎 (1)' : 'GPA/MPA (1)',
		items: [
			item(
				'g1',
				ja ? 'インフュージョンリアクション' : 'Infusion related reaction',
				'NCT00104299 · rituximab arm',
				'12.1',
				null
			)
		]
	},
	{
		id: 'nhl',
		label: 'NHL (1)',
		items: [
			item(
				'n1',
				ja ? 'サイトカイン放出症候群' : 'Cytokine release syndrome',
				'01NHL001 + 04NHL001 + IDEC-C2B8-5',
				'97.8',
				{ percent: 97.78, lower: 92.2, upper: 99.73 }
			)
		]
	}
];

describe('incidenceLayout at every size', () => {
	for (const { name, size, floor } of LEGIBLE_SIZES) {
		for (const ja of [false, true]) {
			it(`keeps every text inside the width, apart from the others and at least ${floor} px on ${name}, ${ja ? 'Japanese' : 'English'}`, () => {
				const l = layoutAt(longGroups(ja), size, ja ? labelsJa : labels);
				const all = texts(l);
				expect(illegibleTexts(all, size.width, l.height, floor)).toEqual([]);
				// no dot or whisker runs over a text
				const boxes = all.map(blockBox);
				const r = 4.5 * l.markScale;
				for (const row of l.rows) {
					if (!row.dot) continue;
					const marks = [
						{ left: row.dot.x - r, right: row.dot.x + r, top: row.y - r, bottom: row.y + r },
						{
							left: row.dot.whisker[0],
							right: row.dot.whisker[1],
							top: row.y - l.markScale,
							bottom: row.y + l.markScale
						}
					];
					for (const m of marks) for (const b of boxes) expect(boxesOverlap(m, b), b.text).toBe(false);
				}
				// a shortened text keeps its full words for the <title>
				for (const t of all) if (t.lines.some((line) => line.endsWith('…'))) expect(t.full).not.toBeNull();
			});
		}
	}

	it('puts the labels above each row on a phone, the plot across the width, and thins the ticks', () => {
		const l = layoutAt(longGroups(false), screen(340), labels);
		expect(l.mode).toBe('stacked');
		expect(l.plot.right - l.plot.left).toBeGreaterThan(300);
		for (const r of l.rows)
			expect(r.sublabel.y - r.sublabel.size * 0.8 + r.sublabel.height).toBeLessThanOrEqual(r.y - 4);
		// grid lines over the marks only, never through a label
		expect(l.axis.grid).toHaveLength(l.rows.length);
		const shown = l.axis.ticks.filter((t) => t.above).map((t) => blockBox(t.above!));
		for (let i = 1; i < shown.length; i++) expect(shown[i]!.left - shown[i - 1]!.right).toBeGreaterThanOrEqual(6);
		// the legend flows into one column on a phone
		expect(new Set(l.legend.items.map((e) => e.x)).size).toBe(1);
		// the percentage printed alone is said in words across the plot
		expect(l.rows.find((r) => r.id === 'g1')!.note!.lines).toEqual(['12.1% — printed without a count: no interval']);
	});

	it('wraps long labels at 35% of the width on a page and keeps the full text', () => {
		const l = layoutAt(longGroups(false), screen(1200), labels);
		expect(l.mode).toBe('columns');
		expect(maxOf(l.rows.map((r) => Math.max(r.label.width, r.sublabel.width)))).toBeLessThanOrEqual(420);
		expect(l.rows.find((r) => r.id === 'a2')!.label.lines).toHaveLength(2);
		// the three legend entries side by side
		expect(new Set(l.legend.items.map((e) => e.y)).size).toBe(1);
		// grid lines stop at each indication header
		expect(l.axis.grid).toHaveLength(3);
	});

	it('grows type, marks and rows on a slide, and thins tick labels at 0.1 steps in a narrow box', () => {
		const page = layoutAt(longGroups(false), screen(1200), labels);
		const l = layoutAt(longGroups(false), slide, labels);
		expect(l.markScale).toBe(1.6);
		expect(l.rows[3]!.height).toBeGreaterThan(page.rows[3]!.height * 1.3);
		expect(minOf(l.rows.map((r) => r.sublabel.size))).toBe(18);
		const small: IncidenceGroupInput[] = [
			{
				id: 'nhl',
				label: 'NHL (1)',
				items: [item('h', 'Hepatitis B', 'x', '0.6', { percent: 0.6, lower: 0.3, upper: 0.95 })]
			}
		];
		// 11 labels "0.0"–"1.0" (≈ 18 px each at 11 px) fit on a 340 px phone, not in a 260 px box: every other one
		expect(layoutAt(small, screen(340), labels).axis.ticks.every((t) => t.above !== null)).toBe(true);
		const narrow = layoutAt(small, screen(260), labels);
		expect(narrow.axisEnd).toBe(1);
		expect(narrow.axis.ticks).toHaveLength(11);
		expect(narrow.axis.ticks.filter((t) => t.above).map((t) => t.value)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
	});
});
