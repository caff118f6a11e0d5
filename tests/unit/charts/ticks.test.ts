import { describe, expect, it } from 'vitest';
import { labelStep, labelsApart, tickStride } from '$lib/charts/ticks';

describe('labelsApart', () => {
	it('is true only when every neighbouring pair keeps the gap between their edges', () => {
		expect(labelsApart([0, 30, 60], [8, 14, 14], 6)).toBe(true);
		// 0–4 and 13–27: 9 px apart, short of 10
		expect(labelsApart([0, 20], [8, 14], 10)).toBe(false);
		expect(labelsApart([0, 20], [8, 14], 9)).toBe(true);
		expect(labelsApart([5], [30], 100)).toBe(true);
		expect(labelsApart([], [], 6)).toBe(true);
	});
});

describe('tickStride', () => {
	it('labels every k-th tick (1, 2, 5, 10…) so neighbours keep their gap', () => {
		expect(tickStride([0, 30, 60], [8, 14, 14], 6)).toBe(1);
		expect(tickStride([0, 10, 20, 30, 40], [8, 14, 14, 14, 14], 6)).toBe(2);
		// eleven 18 px labels 9 px apart: every 5th (0, 45, 90) keeps 6 px, every 2nd does not
		const xs = Array.from({ length: 11 }, (_, i) => i * 9);
		expect(tickStride(xs, Array(11).fill(18), 6)).toBe(5);
	});
});

describe('labelStep', () => {
	it('takes the first step whose spacing holds a label and its gap, else the last', () => {
		expect(labelStep(50, 30, 11, [1, 2, 5, 10, 20, 50, 100])).toBe(1);
		expect(labelStep(25, 30, 11, [1, 2, 5, 10, 20, 50, 100])).toBe(2);
		expect(labelStep(8.2, 30, 11, [1, 2, 5, 10, 20, 50, 100])).toBe(5);
		expect(labelStep(0.1, 30, 11, [5, 10, 20, 50, 100])).toBe(100);
	});
});
