import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ResponseChart from '../../src/lib/charts/ResponseChart.svelte';
import { responseLayout, type ResponseBar } from '../../src/lib/charts/responseLayout';

// Table 2, 300×10⁶ and 150×10⁶ columns (guideline lines 122–131)
const bars: ResponseBar[] = [
	{ id: 'd150', label: '150×10⁶', n: 4, orr: '50.0', segments: [['sCR', 1, '25.0'], ['CR', 0, ''], ['VGPR', 1, '25.0'], ['PR', 0, ''], ['MR', 0, ''], ['SD', 1, '25.0'], ['PD', 1, '25.0'], ['NE', 0, '']].map(([category, count, percent]) => ({ category: category as string, count: count as number, percent: percent as string })) },
	{ id: 'd300', label: '300×10⁶', n: 70, orr: '68.6', segments: [['PD', 6, '8.6'], ['sCR', 19, '27.1'], ['CR', 1, '1.4'], ['VGPR', 10, '14.3'], ['PR', 18, '25.7'], ['MR', 2, '2.9'], ['SD', 14, '20.0'], ['NE', 0, '']].map(([category, count, percent]) => ({ category: category as string, count: count as number, percent: percent as string })) }
];

describe('responseLayout', () => {
	const l = responseLayout(bars, 900);
	it('stacks categories in IMWG order whatever the input order, skipping zero counts', () => {
		expect(l.bars[1]!.segments.map((s) => s.category)).toEqual(['sCR', 'CR', 'VGPR', 'PR', 'MR', 'SD', 'PD']);
		expect(l.bars[0]!.segments.map((s) => s.category)).toEqual(['sCR', 'VGPR', 'SD', 'PD']);
	});
	it('gives each segment its share of N, so a complete cohort fills the bar', () => {
		for (const b of l.bars) expect(b.end).toBeCloseTo(l.plot.right, 1);
		const sCR = l.bars[1]!.segments[0]!;
		expect(sCR.width / (l.plot.right - l.plot.left)).toBeCloseTo(19 / 70, 4);
		expect(l.bars[1]!.summary).toBe('n = 70 · ORR 68.6%');
	});
});

describe('ResponseChart SVG', () => {
	it('renders the same SVG for the same data (snapshot)', () => {
		const stable = (html: string) => html.replace(/id="[^"]*"|aria-labelledby="[^"]*"/g, '').replace(/<!--[^>]*-->/g, '');
		const labels = { title: 'Table 2', description: 'D' };
		const a = render(ResponseChart, { props: { bars, labels, width: 900 } }).body;
		expect(stable(a)).toBe(stable(render(ResponseChart, { props: { bars, labels, width: 900 } }).body));
		expect(stable(a)).toMatchSnapshot();
		expect(a).toContain('sCR 27.1%');
	});
});
