import { betaQuantile } from '../special/betaQuantile';
import type { Interval } from './interval';
import { checkCounts, checkLevel } from './validate';

/**
 * Jeffreys interval: quantiles of Beta(x + ½, n − x + ½), with lower 0 at x = 0 and upper 1 at x = n
 * (Brown, Cai & DasGupta 2001, §4.1.2).
 * @example jeffreys(2, 4, 0.95) // { lower: 0.0999…, upper: 0.9000… }
 */
export function jeffreys(x: number, n: number, level: number): Interval {
	checkCounts(x, n);
	checkLevel(level);
	const half = (1 - level) / 2;
	return {
		lower: x === 0 ? 0 : betaQuantile(half, x + 0.5, n - x + 0.5),
		upper: x === n ? 1 : betaQuantile(1 - half, x + 0.5, n - x + 0.5)
	};
}
