import { describe, expect, it } from 'vitest';
import { legendFlow, legendGrid } from '$lib/charts/legendFlow';
import { estimateTextWidth } from '$lib/charts/textMetrics';

describe('legendGrid', () => {
	it('lays entries out in equal columns that fit, one column when narrow', () => {
		const entries = [
			{ key: 'a', text: 'All grades' },
			{ key: 'b', text: 'Grade ≥3' }
		];
		const wide = legendGrid(entries, { left: 8, right: 952, top: 8, size: 13, measure: estimateTextWidth, symbol: 12 });
		expect(wide.items.map((i) => i.y)).toEqual([wide.items[0]!.y, wide.items[0]!.y]);
		// the second column starts one column (the widest entry) and 1.5 em after the first
		expect(wide.items[1]!.x).toBeCloseTo(8 + 12 + 7 + estimateTextWidth('All grades', 13) + 20, 1);
		const narrow = legendGrid(entries, {
			left: 8,
			right: 90,
			top: 8,
			size: 13,
			measure: estimateTextWidth,
			symbol: 12
		});
		expect(narrow.items[1]!.y).toBeGreaterThan(narrow.items[0]!.y);
		expect(narrow.items[1]!.x).toBe(narrow.items[0]!.x);
		expect(narrow.bottom).toBeGreaterThan(wide.bottom);
	});
	it('takes no room without entries', () => {
		expect(legendGrid([], { left: 8, right: 952, top: 8, size: 13, measure: estimateTextWidth, symbol: 12 })).toEqual({
			items: [],
			bottom: 8
		});
	});
});

describe('legendFlow', () => {
	// an entry is a 20 px symbol and its text; 10 px between entries, 4 px between lines
	const flow = (texts: string[], right: number, height = (t: string) => (t.length > 6 ? 30 : 15)) =>
		legendFlow(
			texts,
			{ left: 8, right, top: 2, gap: 10, lineGap: 4 },
			(t) => 20 + t.length * 7,
			(t, x, top) => ({ item: { t, x, top }, width: 20 + t.length * 7, height: height(t) })
		);

	it('puts entries side by side from their own widths while they fit', () => {
		const l = flow(['sCR', 'CR', 'VGPR'], 300);
		expect(l.items.map((i) => i.x)).toEqual([8, 8 + 41 + 10, 8 + 41 + 10 + 34 + 10]);
		expect(l.items.every((i) => i.top === 2)).toBe(true);
		expect(l.bottom).toBe(17);
	});
	it('starts a new line under the tallest entry of the last one when the next would reach past the right edge', () => {
		const l = flow(['printed', 'recomputed (Wilson)'], 200);
		expect(l.items.map((i) => [i.x, i.top])).toEqual([
			[8, 2],
			[8, 2 + 30 + 4]
		]);
		expect(l.bottom).toBe(2 + 30 + 4 + 30);
	});
	it('never leaves a line empty: an entry wider than the room still takes the first place', () => {
		const l = flow(['a very long legend entry'], 50);
		expect(l.items).toEqual([{ t: 'a very long legend entry', x: 8, top: 2 }]);
	});
	it('advances by the width the entry took, which may differ from the width it asked for', () => {
		const l = legendFlow(
			['a', 'b'],
			{ left: 0, right: 100, top: 0, gap: 5, lineGap: 4 },
			() => 40,
			(t, x) => ({ item: x, width: 20, height: 10 })
		);
		expect(l.items).toEqual([0, 25]);
	});
});
