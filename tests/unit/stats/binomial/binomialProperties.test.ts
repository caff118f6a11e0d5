import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	confidenceInterval,
	INTERVAL_METHODS,
	clopperPearson,
	exactBinomialTest,
	normalApproximationTest,
	probAtLeastOne,
	minNForAtLeastOne,
	wald
} from '$lib/stats/binomial';

const counts = fc.integer({ min: 1, max: 3000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
const level = fc.double({ min: 0.5, max: 0.999, noNaN: true });
const RUNS = { numRuns: 150 };

describe('interval properties (fast-check)', () => {
	for (const method of INTERVAL_METHODS) {
		const bounded = method !== 'wald';
		it(`${method}: ${bounded ? '0 ≤ lower ≤ p̂ ≤ upper ≤ 1' : 'lower ≤ p̂ ≤ upper (plain Wald may leave [0, 1])'}`, () => {
			fc.assert(
				fc.property(counts, level, ([x, n], l) => {
					const ci = confidenceInterval(method, x, n, l);
					const p = x / n;
					const tol = 1e-12;
					expect(ci.lower).toBeLessThanOrEqual(p + tol);
					expect(ci.upper).toBeGreaterThanOrEqual(p - tol);
					if (bounded) {
						expect(ci.lower).toBeGreaterThanOrEqual(0);
						expect(ci.upper).toBeLessThanOrEqual(1);
					}
				}),
				RUNS
			);
		});

		it(`${method}: a higher level gives a wider interval that contains the narrower one`, () => {
			fc.assert(
				fc.property(counts, level, level, ([x, n], a, b) => {
					const [lo, hi] = a < b ? [a, b] : [b, a];
					const narrow = confidenceInterval(method, x, n, lo);
					const wide = confidenceInterval(method, x, n, hi);
					expect(wide.lower).toBeLessThanOrEqual(narrow.lower + 1e-12);
					expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper - 1e-12);
				}),
				RUNS
			);
		});

		it(`${method}: symmetric under x ↔ n − x`, () => {
			fc.assert(
				fc.property(counts, level, ([x, n], l) => {
					const a = confidenceInterval(method, x, n, l);
					const b = confidenceInterval(method, n - x, n, l);
					expect(Math.abs(a.lower - (1 - b.upper))).toBeLessThan(1e-9);
					expect(Math.abs(a.upper - (1 - b.lower))).toBeLessThan(1e-9);
				}),
				RUNS
			);
		});
	}
});

describe('closed forms and edges', () => {
	it('Clopper–Pearson at x = 0 and x = n uses (α/2)^(1/n), never NaN', () => {
		expect(clopperPearson(0, 10, 0.95)).toEqual({ lower: 0, upper: 1 - Math.pow(0.025, 0.1) });
		expect(clopperPearson(10, 10, 0.95)).toEqual({ lower: Math.pow(0.025, 0.1), upper: 1 });
		for (const m of INTERVAL_METHODS) {
			for (const [x, n] of [
				[0, 1],
				[1, 1],
				[0, 100000],
				[100000, 100000]
			] as const) {
				const ci = confidenceInterval(m, x, n, 0.95);
				expect(Number.isFinite(ci.lower) && Number.isFinite(ci.upper), `${m} ${x}/${n}`).toBe(true);
			}
		}
	});
	it('Wald has zero width at x = 0', () => {
		expect(wald(0, 20, 0.95)).toEqual({ lower: 0, upper: 0 });
	});
	it('refuses impossible counts and levels with a clear message', () => {
		expect(() => clopperPearson(5, 4, 0.95)).toThrow('x must be a whole number from 0 to n = 4, got 5');
		expect(() => clopperPearson(-1, 4, 0.95)).toThrow(RangeError);
		expect(() => clopperPearson(1.5, 4, 0.95)).toThrow(RangeError);
		expect(() => clopperPearson(1, 0, 0.95)).toThrow('n must be a whole number ≥ 1, got 0');
		expect(() => clopperPearson(1, 4, 95)).toThrow('confidence level must lie strictly between 0 and 1, got 95');
		expect(() => exactBinomialTest(1, 4, 1, 'greater')).toThrow(RangeError);
	});
});

describe('tests and power (properties)', () => {
	it('one-sided p-values of the exact test: greater(x) + less(x − 1) = 1', () => {
		fc.assert(
			fc.property(
				counts.filter(([x]) => x > 0),
				fc.double({ min: 0.01, max: 0.99, noNaN: true }),
				([x, n], p0) => {
					expect(
						Math.abs(exactBinomialTest(x, n, p0, 'greater') + exactBinomialTest(x - 1, n, p0, 'less') - 1)
					).toBeLessThan(1e-9);
				}
			),
			RUNS
		);
	});
	// the correction shrinks |Z|: more conservative two-sided, and one-sided when x deviates towards the alternative
	it('the continuity correction never makes the normal test more significant', () => {
		fc.assert(
			fc.property(counts, fc.double({ min: 0.05, max: 0.95, noNaN: true }), ([x, n], p0) => {
				const alts = ['two-sided', x > n * p0 ? 'greater' : 'less'] as const;
				for (const alt of alts) {
					expect(normalApproximationTest(x, n, p0, alt, true)).toBeGreaterThanOrEqual(
						normalApproximationTest(x, n, p0, alt, false) - 1e-15
					);
				}
			}),
			RUNS
		);
	});
	it('minNForAtLeastOne is the smallest n reaching the target', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1e-4, max: 0.5, noNaN: true }),
				fc.double({ min: 0.5, max: 0.999, noNaN: true }),
				(p, target) => {
					const n = minNForAtLeastOne(p, target);
					expect(probAtLeastOne(p, n)).toBeGreaterThanOrEqual(target);
					if (n > 1) expect(probAtLeastOne(p, n - 1)).toBeLessThan(target);
				}
			),
			RUNS
		);
	});
});
