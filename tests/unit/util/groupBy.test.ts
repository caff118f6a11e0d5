import { describe, expect, it } from 'vitest';
import { groupBy } from '$lib/util/groupBy';

describe('groupBy', () => {
	it('keeps groups and items in first-seen order', () => {
		expect([...groupBy(['a1', 'b1', 'a2', 'c1', 'b2'], (s) => s[0])]).toEqual([
			['a', ['a1', 'a2']],
			['b', ['b1', 'b2']],
			['c', ['c1']]
		]);
		expect(groupBy([], (x: number) => x).size).toBe(0);
	});
	it('groups 200,000 items in linear time (the data sizes issue 6 promises)', () => {
		const items = Array.from({ length: 200_000 }, (_, i) => i);
		const g = groupBy(items, (i) => i % 3);
		expect([...g.values()].map((v) => v.length)).toEqual([66667, 66667, 66666]);
	});
});
