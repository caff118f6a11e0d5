import { describe, expect, it } from 'vitest';
import reference from '../../../fixtures/special_reference.json';
import { logGamma } from '$lib/stats/special/logGamma';
import { logBeta } from '$lib/stats/special/logBeta';
import { incompleteBeta } from '$lib/stats/special/incompleteBeta';
import { betaQuantile } from '$lib/stats/special/betaQuantile';
import { normalCdf, normalQuantile, normalSf } from '$lib/stats/special/normal';
import { incompleteGamma } from '$lib/stats/special/incompleteGamma';
import { maxOf } from '$lib/util/extremes';

// scipy values from scripts/reference/special_reference.py
const ref = reference as unknown as Record<string, number[][]>;
const rel = (a: number, b: number) => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(b), Number.MIN_VALUE));
// a logarithm near 0 (log B(1, 1) = 0) is judged by its absolute error
const relOrAbs = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1);
function worst(rows: number[][], f: (r: number[]) => [number, number][]): { err: number; at: number[] } {
	let w = { err: 0, at: [] as number[] };
	for (const r of rows) for (const [got, want] of f(r)) if (rel(got, want) > w.err) w = { err: rel(got, want), at: r };
	return w;
}

describe('special functions against scipy', () => {
	it('logGamma to 1e-14 relative', () => {
		const err = maxOf(ref.logGamma!.map(([x, v]) => relOrAbs(logGamma(x!), v!)));
		expect(err).toBeLessThan(1e-14);
	});
	it('logBeta to 1e-14 (relative, or absolute below 1), large arguments included', () => {
		const err = maxOf(ref.logBeta!.map(([a, b, v]) => relOrAbs(logBeta(a!, b!), v!)));
		expect(err).toBeLessThan(1e-14);
	});
	// the prefactor a·log x + b·log(1 − x) − log B(a, b) cancels at a ≈ b ≈ 50,000: about 1e-11 is what double precision leaves
	it('incompleteBeta: both tails to 1e-10 relative, up to a + b = 100,001', () => {
		const w = worst(ref.incompleteBeta!, ([x, a, b, lo, up]) => {
			const t = incompleteBeta(x!, a!, b!);
			return [
				[t.lower, lo!],
				[t.upper, up!]
			];
		});
		expect(w.err, `worst at ${w.at}`).toBeLessThan(1e-10);
	});
	it('betaQuantile to 1e-11 relative', () => {
		const w = worst(ref.betaQuantile!, ([u, a, b, v]) => [[betaQuantile(u!, a!, b!), v!]]);
		expect(w.err, `worst at ${w.at}`).toBeLessThan(1e-11);
	});
	it('normal CDF and survival keep relative accuracy to |z| = 37', () => {
		const w = worst(ref.normal!, ([z, cdf, sf]) => [
			[normalCdf(z!), cdf!],
			[normalSf(z!), sf!]
		]);
		expect(w.err, `worst at ${w.at}`).toBeLessThan(1e-12);
	});
	it('normal quantile to 1e-13 relative from 1e-300 to 1 − 1e-10', () => {
		const w = worst(ref.normalQuantile!, ([p, v]) => [[normalQuantile(p!), v!]]);
		expect(w.err, `worst at ${w.at}`).toBeLessThan(1e-13);
	});
	it('handles the edges without NaN', () => {
		expect(incompleteBeta(0, 2, 3)).toEqual({ lower: 0, upper: 1 });
		expect(incompleteBeta(1, 2, 3)).toEqual({ lower: 1, upper: 0 });
		expect(betaQuantile(0, 2, 3)).toBe(0);
		expect(betaQuantile(1, 2, 3)).toBe(1);
		expect(incompleteGamma(0.5, 0)).toEqual({ lower: 0, upper: 1 });
		expect(normalQuantile(0.5)).toBe(0);
		expect(Number.isNaN(betaQuantile(0.5, 0, 3))).toBe(true);
	});
});
