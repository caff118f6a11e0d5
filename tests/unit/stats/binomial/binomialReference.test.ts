import { describe, expect, it } from 'vitest';
import reference from '../../../fixtures/binomial_reference.json';
import {
	confidenceInterval,
	exactCritical,
	exactPower,
	exactSampleSize,
	minNForAtLeastOne,
	normalPower,
	normalSampleSize,
	oneSampleTest,
	probAtLeastOne,
	type IntervalMethod,
	type OneSampleTest,
	type Alternative
} from '$lib/stats/binomial';
import { maxOf } from '$lib/util/extremes';

// Independent reference: scipy (scripts/reference/binomial_reference.py, definitions in docs/binomial-methods.md)
const ref = reference as unknown as {
	methods: IntervalMethod[];
	intervals: number[][];
	tests: [number, number, number, OneSampleTest, Alternative, number][];
	prob_at_least_one: number[][];
	min_n_at_least_one: number[][];
	normal_power: number[][];
	normal_sample_size: number[][];
	exact_power: number[][];
	exact_sample_size: number[][];
};
const TOL = 1e-9;
const rel = (got: number, want: number) => (got === want ? 0 : Math.abs(got - want) / Math.abs(want));

describe('binomial library against the scipy reference (relative error ≤ 1e-9)', () => {
	it(`${ref.intervals.length} (x, n, level) combinations × ${ref.methods.length} interval methods, n up to 100,000`, () => {
		expect(ref.intervals.length).toBeGreaterThanOrEqual(2000);
		expect(maxOf(ref.intervals.map((r) => r[1]!))).toBe(100000);
		const bad: string[] = [];
		for (const row of ref.intervals) {
			const [x, n, level] = row as [number, number, number];
			ref.methods.forEach((m, i) => {
				const ci = confidenceInterval(m, x, n, level);
				const [lo, hi] = [row[3 + 2 * i]!, row[4 + 2 * i]!];
				// a bound that is exactly 0 or 1 in the reference must be exactly that here
				if (rel(ci.lower, lo) > TOL || rel(ci.upper, hi) > TOL)
					bad.push(`${m} ${x}/${n} @${level}: [${ci.lower}, ${ci.upper}] vs [${lo}, ${hi}]`);
			});
		}
		expect(bad.slice(0, 10)).toEqual([]);
	});

	it(`${ref.tests.length} one-sample test p-values, tails below 1e-100 included`, () => {
		expect(ref.tests.filter((t) => t[5] < 1e-100).length).toBeGreaterThan(100);
		const bad = ref.tests
			.map(([x, n, p0, test, alt, want]) => ({
				got: oneSampleTest(test, x, n, p0, alt),
				want,
				what: `${test} ${alt} ${x}/${n} p0=${p0}`
			}))
			.filter((t) => rel(t.got, t.want) > TOL)
			.map((t) => `${t.what}: ${t.got} vs ${t.want}`);
		expect(bad.slice(0, 10)).toEqual([]);
	});

	it('probability of at least one event, and the smallest n for a target', () => {
		for (const [p, n, want] of ref.prob_at_least_one)
			expect(rel(probAtLeastOne(p!, n!), want!)).toBeLessThanOrEqual(TOL);
		for (const [p, target, n] of ref.min_n_at_least_one)
			expect(minNForAtLeastOne(p!, target!), `p=${p} target=${target}`).toBe(n);
	});

	it('normal-approximation power and sample size', () => {
		for (const [p0, p1, n, alpha, want] of ref.normal_power)
			expect(rel(normalPower(p0!, p1!, n!, alpha!), want!), `${p0} ${p1} ${n}`).toBeLessThanOrEqual(TOL);
		for (const [p0, p1, alpha, power, n] of ref.normal_sample_size)
			expect(normalSampleSize(p0!, p1!, alpha!, power!), `${p0} ${p1} ${alpha} ${power}`).toBe(n);
	});

	it('exact power (with its critical count) and exact sample size', () => {
		for (const [p0, p1, n, alpha, crit, want] of ref.exact_power) {
			expect(exactCritical(p0!, p1!, n!, alpha!), `${p0} ${p1} ${n}`).toBe(crit);
			expect(rel(exactPower(p0!, p1!, n!, alpha!), want!), `${p0} ${p1} ${n}`).toBeLessThanOrEqual(TOL);
		}
		for (const [p0, p1, alpha, power, n] of ref.exact_sample_size)
			expect(exactSampleSize(p0!, p1!, alpha!, power!, 5000).n, `${p0} ${p1}`).toBe(n);
	});
});
