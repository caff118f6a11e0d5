import { describe, expect, it } from 'vitest';
import { AXIS_ENDS, axisEnd, fitText, incidenceLayout, textWidth, type IncidenceGroupInput, type IncidenceItemInput } from '../../src/lib/charts/incidenceLayout';

// RMP section 1.1 figures; intervals are Clopper–Pearson 95% in % (scipy beta.ppf)
const item = (id: string, label: string, sublabel: string, printed: string, point: IncidenceItemInput['point'], extra: Partial<IncidenceItemInput> = {}): IncidenceItemInput => ({
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
	{ id: 'nhl', label: 'B-cell non-Hodgkin lymphoma (NHL) (1)', items: [item('rmp_inc_a_027', 'Hepatitis B · serious', '01NHL001 + 04NHL001 + IDEC-C2B8-5', '0.2', { percent: 0.20182, lower: 0.08717, upper: 0.39727 })] }
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
			item('rmp_inc_a_019', 'Infusion related reaction (mild or moderate)', 'RIN-1 · rituximab arm', '36.8', { percent: 36.842, lower: 16.289, upper: 61.642 }),
			item('rmp_inc_a_020', 'Infusion related reaction (mild or moderate)', 'RIN-1 · placebo arm', '0', { percent: 0, lower: 0, upper: 17.647 }, { hollow: true })
		]
	},
	{
		id: 'abmr',
		label: 'suppression of antibody-mediated rejection (ABMR) (1)',
		// line 237: the Akamatsu figure quoted with 24 although the survey is quoted with 47 elsewhere
		items: [item('rmp_inc_a_108', 'Neutrophil count decreased (grade 4)', 'Akamatsu 2021', '4.2', { percent: 4.1667, lower: 0.1054, upper: 21.12 }, { flagged: true })]
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
		expect(l.ticks.map((t) => t.text)).toEqual(['0.0', '0.1', '0.2', '0.3', '0.4', '0.5']);
		expect(l.ticks[0]!.x).toBe(l.plot.left);
		expect(l.ticks.at(-1)!.x).toBe(l.plot.right);
		const dot = l.rows[0]!.dot!;
		// 0.2018% sits a little past the 0.2 tick; the whisker 0.087–0.397 fits inside the axis
		expect(dot.x).toBeGreaterThan(l.ticks[2]!.x);
		expect(dot.x).toBeLessThan(l.ticks[3]!.x);
		expect(dot.whisker[0]).toBeGreaterThan(l.plot.left);
		expect(dot.whisker[1]).toBeLessThan(l.plot.right);
	});

	it('uses 0–100% as soon as one interval reaches past 50, and places values linearly', () => {
		const l = incidenceLayout(infusion, 960);
		expect(l.axisEnd).toBe(100);
		expect(l.ticks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
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
		expect(l.rows[2]!.top).toBe(l.rows[1]!.top + l.rows[1]!.height);
		expect(l.groups[2]!.top).toBe(l.rows[2]!.top + l.rows[2]!.height);
		expect(l.plot.bottom).toBe(l.rows.at(-1)!.top + l.rows.at(-1)!.height);
		expect(l.plot.top).toBe(l.groups[0]!.top);
	});

	it('marks a flagged denominator with † and shows only the legend entries the plot uses', () => {
		const l = incidenceLayout(infusion, 960);
		expect(l.rows.find((r) => r.id === 'rmp_inc_a_108')!.label).toBe('† Neutrophil count decreased (grade 4)');
		expect(l.legend.map((e) => e.kind)).toEqual(['interval', 'hollow', 'flagged']);
		expect(incidenceLayout(hbv, 960).legend.map((e) => e.kind)).toEqual(['interval']);
	});

	it('grows in height for long lists instead of dropping rows, and rounds pixels to 2 decimals', () => {
		const many: IncidenceGroupInput[] = [{ id: 'g', label: 'g', items: Array.from({ length: 79 }, (_, i) => ({ ...hbv[0]!.items[0]!, id: `f${i}` })) }];
		const l = incidenceLayout(many, 960);
		expect(l.rows).toHaveLength(79);
		expect(l.height).toBeGreaterThan(79 * 30);
		const xs = incidenceLayout(infusion, 960).rows.flatMap((r) => (r.dot ? [r.dot.x, ...r.dot.whisker, r.y] : [r.y]));
		expect(xs.every((v) => Math.round(v * 100) / 100 === v)).toBe(true);
	});

	it('cuts labels too long for the label area with an ellipsis', () => {
		expect(textWidth('ab', 10)).toBeCloseTo(11.6);
		expect(textWidth('感染症', 12)).toBe(36);
		const long = '良性、悪性および詳細不明の新生物（嚢胞およびポリープを含む）良性、悪性および詳細不明の新生物';
		const cut = fitText(long, 200, 12);
		expect(cut.endsWith('…')).toBe(true);
		expect(textWidth(cut, 12)).toBeLessThanOrEqual(200);
		expect(fitText('Infections', 200, 12)).toBe('Infections');
	});
});
