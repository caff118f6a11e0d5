import { binomialCdf, binomialSf } from './distribution';
import { checkProbability } from './validate';

/**
 * Critical count of the one-sided exact test at level alpha in the direction of p1: for p1 > p0 the smallest c with
 * P(X ≥ c | p0) ≤ alpha (n + 1 if none); for p1 < p0 the largest c with P(X ≤ c | p0) ≤ alpha (−1 if none).
 * @example exactCritical(0.09, 0.18, 115, 0.05) // 17
 */
export function exactCritical(p0: number, p1: number, n: number, alpha: number): number {
	checkProbability(p0, 'p0');
	checkProbability(alpha, 'alpha');
	if (p1 > p0) {
		let c = Math.max(0, Math.floor(n * p0));
		while (c <= n && binomialSf(c, n, p0) > alpha) c++;
		while (c > 0 && binomialSf(c - 1, n, p0) <= alpha) c--;
		return c;
	}
	let c = Math.min(n, Math.ceil(n * p0));
	while (c >= 0 && binomialCdf(c, n, p0) > alpha) c--;
	while (c < n && binomialCdf(c + 1, n, p0) <= alpha) c++;
	return c;
}

/**
 * Power of the one-sided exact binomial test: P(X ≥ c | p1) (or P(X ≤ c | p1) when p1 < p0).
 * @example exactPower(0.09, 0.18, 115, 0.05) // 0.8465… — the pemphigus survey's 115 falls short of 90% exactly
 */
export function exactPower(p0: number, p1: number, n: number, alpha: number): number {
	checkProbability(p1, 'p1');
	if (p0 === p1) throw new RangeError('p1 must differ from p0');
	const c = exactCritical(p0, p1, n, alpha);
	return p1 > p0 ? binomialSf(c, n, p1) : binomialCdf(c, n, p1);
}

/**
 * The smallest n (up to maxN) whose exact power reaches the target. Exact power saw-tooths in n: a larger n can
 * fall below the target again, which `stableFrom` reports: the smallest n from which every n up to `checkedTo`
 * (2n + 50, at most maxN) reaches it.
 * @example exactSampleSize(0.09, 0.18, 0.05, 0.9).n // 122
 */
export function exactSampleSize(
	p0: number,
	p1: number,
	alpha: number,
	power: number,
	maxN = 100000
): { n: number | null; stableFrom: number | null; checkedTo: number | null } {
	checkProbability(power, 'power');
	let first: number | null = null;
	for (let n = 1; n <= maxN; n++) {
		if (exactPower(p0, p1, n, alpha) >= power) {
			first = n;
			break;
		}
	}
	if (first === null) return { n: null, stableFrom: null, checkedTo: null };
	// scan a window past the first hit for dips below the target
	let stableFrom = first;
	const horizon = Math.min(maxN, first * 2 + 50);
	for (let n = first + 1; n <= horizon; n++) if (exactPower(p0, p1, n, alpha) < power) stableFrom = n + 1;
	return { n: first, stableFrom, checkedTo: horizon };
}
