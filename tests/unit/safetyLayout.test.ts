import { describe, expect, it } from 'vitest';
import { safetyLayout, SAFETY_COLORS, type SafetySeries, type SafetyTermInput } from '../../src/lib/charts/safetyLayout';

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

describe('safetyLayout', () => {
	const l = safetyLayout(terms, series, 'both', 960);
	const tick = (v: number) => l.ticks.find((t) => t.value === v)!.x;
	const dot = (row: number, s: number, grade: 'all' | '3plus') => l.rows[row]!.marks[s]!.dots.find((d) => d.grade === grade)!;

	it('has a 0–100 axis with ticks every 10 and draws 50% halfway between 0 and 100', () => {
		expect(l.ticks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
		expect(tick(0)).toBe(l.plot.left);
		expect(tick(100)).toBe(l.plot.right);
		expect(dot(1, 0, 'all').x).toBe((tick(0) + tick(100)) / 2);
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
		expect(pt!.labelX).toBeGreaterThan(soc!.labelX);
		expect(soc!.labelX).toBe(any!.labelX);
		expect(pt!.top).toBe(soc!.top + soc!.height);
		expect(l.plot.bottom).toBe(l.rows.at(-1)!.top + l.rows.at(-1)!.height);
	});

	it('offsets the series so they do not overlap, and the two grades within a series', () => {
		const ys = l.rows[1]!.marks.map((m) => m.y);
		expect(new Set(ys).size).toBe(2);
		expect(ys[1]! - ys[0]!).toBe(16);
		expect(dot(1, 1, 'all').y).toBeLessThan(dot(1, 1, '3plus').y);
		expect(l.rows[1]!.marks.map((m) => m.color)).toEqual([SAFETY_COLORS[0], SAFETY_COLORS[1]]);
		expect(l.tagX).not.toBeNull();
	});

	it('marks a term a table does not print instead of drawing 0', () => {
		expect(l.rows[3]!.marks.every((m) => m.missing && m.dots.length === 0)).toBe(true);
		expect(l.rows[2]!.marks.every((m) => !m.missing && m.dots.length === 2)).toBe(true);
	});

	it('draws only the chosen grade, and grows in height for long lists instead of dropping rows', () => {
		const g3 = safetyLayout(terms, series, '3plus', 960);
		expect(g3.rows.flatMap((r) => r.marks.flatMap((m) => m.dots.map((d) => d.grade)))).toEqual(Array(6).fill('3plus'));
		expect(g3.legend.grades.map((g) => g.grade)).toEqual(['3plus']);
		const many = Array.from({ length: 65 }, (_, i) => ({ ...terms[2]!, id: `pt:${i}` }));
		const big = safetyLayout(many, series, 'both', 960);
		expect(big.rows).toHaveLength(65);
		expect(big.height).toBeGreaterThan(l.height + 60 * 40);
	});

	it('rounds pixels to 2 decimals', () => {
		const xs = l.rows.flatMap((r) => r.marks.flatMap((m) => m.dots.flatMap((d) => [d.x, d.y, ...d.whisker])));
		expect(xs.every((v) => Math.round(v * 100) / 100 === v)).toBe(true);
	});
});
