import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ForestPlot from '../../src/lib/charts/ForestPlot.svelte';
import { forestLayout, type ForestRow } from '../../src/lib/charts/forestLayout';

// guideline Table 9 (line 301) and Table 10 (line 327)
const rows: ForestRow[] = [
	{ id: 'p2', label: '2 prior regimens', estimate: 0.511, lower: 0.311, upper: 0.839, text: '0.511 [0.311, 0.839]', events: 67 },
	{ id: 'all', label: 'Overall', estimate: 0.493, lower: 0.377, upper: 0.645, text: '0.493 [0.377, 0.645]', events: 242 },
	{ id: 'jp', label: 'Japanese', estimate: null, lower: 0, upper: null, text: '5.21 × 10⁷ [0.000, NE]', events: 3 }
];
const labels = { title: 'T', description: 'D', axis: 'HR', favours: ['ide-cel', 'standard'] as [string, string], notEstimable: 'not estimable' };

describe('forestLayout', () => {
	const l = forestLayout(rows, 800);
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
});

describe('ForestPlot SVG', () => {
	it('renders the same SVG for the same data (snapshot)', () => {
		const stable = (html: string) => html.replace(/id="[^"]*"|aria-labelledby="[^"]*"/g, '').replace(/<!--[^>]*-->/g, '');
		const a = render(ForestPlot, { props: { rows, labels, width: 800 } }).body;
		expect(stable(a)).toBe(stable(render(ForestPlot, { props: { rows, labels, width: 800 } }).body));
		expect(stable(a)).toMatchSnapshot();
		expect(a).toContain('not estimable');
	});
});
