import { betaQuantile } from '../special/betaQuantile';
import type { Interval } from './interval';
import { checkCounts, checkLevel } from './validate';

/**
 * Clopper–Pearson "exact" interval (Clopper & Pearson 1934; R binom.test): beta quantiles, with the closed forms
 * at x = 0 and x = n where the beta quantile of a zero shape is undefined.
 * @example clopperPearson(2, 4, 0.95) // { lower: 0.0676…, upper: 0.9324… } — Table 2, 150×10⁶: [6.8, 93.2]
 */
export function clopperPearson(x: number, n: number, level: number): Interval {
	checkCounts(x, n);
	checkLevel(level);
	const half = (1 - level) / 2;
	if (x === 0) return { lower: 0, upper: 1 - Math.pow(half, 1 / n) };
	if (x === n) return { lower: Math.pow(half, 1 / n), upper: 1 };
	return { lower: betaQuantile(half, x, n - x + 1), upper: betaQuantile(1 - half, x + 1, n - x) };
}
