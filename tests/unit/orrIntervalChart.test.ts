import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import OrrIntervalChart from '../../src/lib/charts/OrrIntervalChart.svelte';
import { intervalLayout, type IntervalRow } from '../../src/lib/charts/intervalLayout';

const rows: IntervalRow[] = [
	{ id: 'a', label: '150×10⁶', section: 'MM-001 · Table 2', estimate: 50, printed: [6.8, 93.2], recomputed: [1.0, 99.0] },
	{ id: 'b', label: 'pooled', section: 'MM-001 · Table 2', estimate: 73.4, printed: [65.8, 81.1], recomputed: [65.8, 81.1] },
	{ id: 'c', label: '2/5', section: 'MM-003 · Table 10', estimate: 40, printed: [0, 82.9], recomputed: [-2.9, 82.9] }
];
const labels = { title: 'T', description: 'D', axis: '%', printed: 'printed', recomputed: 'recomputed', threshold: '50%' };

describe('intervalLayout', () => {
	it('groups rows under their sections and keeps identical intervals on identical x', () => {
		const l = intervalLayout(rows, 800, 50);
		expect(l.sections.map((s) => s.label)).toEqual(['MM-001 · Table 2', 'MM-003 · Table 10']);
		expect(l.rows[1]!.printed).toEqual(l.rows[1]!.recomputed);
		expect(l.rows[0]!.y).toBeLessThan(l.rows[1]!.y);
	});
	it('widens the axis when an interval leaves 0–100, so a truncated Wald bound shows', () => {
		const l = intervalLayout(rows, 800, 50);
		const zero = l.ticks.find((t) => t.value === 0)!.x;
		expect(l.rows[2]!.recomputed![0]).toBeLessThan(zero);
		expect(l.rows[2]!.printed[0]).toBe(zero);
	});
});

describe('OrrIntervalChart SVG', () => {
	it('renders the same SVG for the same data (snapshot)', () => {
		const stable = (html: string) => html.replace(/id="[^"]*"|aria-labelledby="[^"]*"/g, '').replace(/<!--[^>]*-->/g, '');
		const a = render(OrrIntervalChart, { props: { rows, threshold: 50, labels, width: 800 } }).body;
		expect(stable(a)).toBe(stable(render(OrrIntervalChart, { props: { rows, threshold: 50, labels, width: 800 } }).body));
		expect(stable(a)).toMatchSnapshot();
		expect((a.match(/class="recomputed"/g) ?? []).length).toBe(3);
	});
});
