import { describe, expect, it } from 'vitest';
import { maxOf, minOf } from '$lib/util/extremes';

describe('maxOf / minOf', () => {
	it('give the largest and smallest value, through an accessor if given', () => {
		expect(maxOf([3, 1, 2])).toBe(3);
		expect(minOf([3, 1, 2])).toBe(1);
		expect(maxOf(['ab', 'c', 'def'], (s) => s.length)).toBe(3);
		expect(minOf(new Set([5, -4, 7]))).toBe(-4);
	});
	it('keep what Math.max() and Math.min() give for nothing and for NaN', () => {
		expect(maxOf([])).toBe(Number.NEGATIVE_INFINITY);
		expect(minOf([])).toBe(Number.POSITIVE_INFINITY);
		expect(maxOf([1, Number.NaN, 2])).toBeNaN();
		expect(minOf([1, Number.NaN, 2])).toBeNaN();
	});
	it('take 1,000,000 values, which overflow the call stack when spread into Math.max', () => {
		// 7919 is prime to 1,000,000: i·7919 mod 1,000,000 visits 0 … 999,999 once each, in scrambled order
		const values = Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_000);
		// the spread the lint rule forbids, on purpose: it is what this helper replaces
		// eslint-disable-next-line no-restricted-syntax
		expect(() => Math.max(...values)).toThrow(RangeError);
		expect(maxOf(values)).toBe(999_999);
		expect(minOf(values)).toBe(0);
	});
});
