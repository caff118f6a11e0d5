import { binomialCdf, binomialPmf, binomialSf } from './distribution';
import type { Interval } from './interval';
import { checkCounts, checkLevel } from './validate';

/** Bisection to full double precision on an increasing function of p, relative to the smaller of p and 1 − p. */
function solveIncreasing(f: (p: number) => number): number {
	let lo = 0;
	let hi = 1;
	for (let i = 0; i < 2000; i++) {
		const mid = lo === 0 && hi < 0.5 ? hi / 2 : hi === 1 && lo > 0.5 ? (lo + 1) / 2 : (lo + hi) / 2;
		if (mid <= lo || mid >= hi) break;
		if (f(mid) < 0) lo = mid;
		else hi = mid;
		if (hi - lo <= (1e-16 * Math.min(lo + hi, 2 - lo - hi)) / 2) break;
	}
	return (lo + hi) / 2;
}

/**
 * Exact mid-p interval (Lancaster 1961; Agresti & Gottard 2007): the bounds at which the observed count sits at
 * α/2 in the mid-p tail, P(X > x) + ½P(X = x) = α/2 (lower) and P(X < x) + ½P(X = x) = α/2 (upper).
 * @example midP(2, 4, 0.95) // { lower: 0.0889…, upper: 0.9111… }
 */
export function midP(x: number, n: number, level: number): Interval {
	checkCounts(x, n);
	checkLevel(level);
	const half = (1 - level) / 2;
	const midUpperTail = (p: number) => binomialSf(x + 1, n, p) + 0.5 * binomialPmf(x, n, p);
	const midLowerTail = (p: number) => binomialCdf(x - 1, n, p) + 0.5 * binomialPmf(x, n, p);
	return {
		lower: x === 0 ? 0 : solveIncreasing((p) => midUpperTail(p) - half),
		upper: x === n ? 1 : solveIncreasing((p) => half - midLowerTail(p))
	};
}
