import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import SurvivalChart from '../../src/lib/charts/SurvivalChart.svelte';
import { survivalLayout, stepValue, type SurvivalArm } from '../../src/lib/charts/survivalLayout';

// a small fixed input: two arms, a few events and censorings, a band and an at-risk table
const arm = (id: string, label: string, k: number): SurvivalArm & { displayLabel: string } => ({
	id,
	label,
	displayLabel: label,
	steps: [1, 2, 4, 5].map((t, i) => ({ time: t * k, surv: 1 - 0.15 * (i + 1), lower: 0.8 - 0.15 * (i + 1), upper: Math.min(1, 1.1 - 0.15 * (i + 1)) })),
	censors: [1.5 * k, 4.5 * k],
	median: 4.2 * k,
	band: [0, 3, 6].map((time) => ({ time, lower: 1 - 0.1 * time, upper: 1 - 0.05 * time })),
	atRisk: [0, 3, 6].map((time, i) => ({ time, printed: 20 - 6 * i, rebuilt: 20 - 6 * i }))
});
const arms = [arm('standard', 'standard regimens', 1), arm('idecel', 'ide-cel', 1.1)];
const labels = { title: 'T', description: 'D', xAxis: 'months', yAxis: 'S', atRisk: 'at risk', printed: 'printed', rebuilt: 'rebuilt', crosshair: 'time', median: 'median' };

describe('survivalLayout', () => {
	const layout = survivalLayout({ arms, width: 600, xMax: 6, xStep: 3 });

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
});

describe('SurvivalChart SVG', () => {
	it('renders the same SVG for the same data (snapshot)', () => {
		const a = render(SurvivalChart, { props: { arms, xMax: 6, xStep: 3, labels, width: 600 } }).body;
		const b = render(SurvivalChart, { props: { arms, xMax: 6, xStep: 3, labels, width: 600 } }).body;
		// component ids differ between renders; the drawing must not
		const stable = (html: string) => html.replace(/id="[^"]*"|aria-labelledby="[^"]*"/g, '').replace(/<!--[^>]*-->/g, '');
		expect(stable(a)).toBe(stable(b));
		expect(stable(a)).toMatchSnapshot();
		expect(a).toContain('role="slider"');
		expect((a.match(/class="km"/g) ?? []).length).toBe(2);
	});
});
