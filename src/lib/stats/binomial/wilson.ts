import { normalQuantile } from '../special/normal';
import type { Interval } from './interval';
import { checkCounts, checkLevel } from './validate';

/**
 * Wilson score interval (Wilson 1927; R prop.test(correct = FALSE)).
 * @example wilson(0, 10, 0.95) // { lower: 0, upper: 0.2775… }
 */
export function wilson(x: number, n: number, level: number): Interval {
	checkCounts(x, n);
	checkLevel(level);
	const p = x / n;
	const z = normalQuantile(1 - (1 - level) / 2);
	const z2 = z * z;
	const centre = p + z2 / (2 * n);
	const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	const d = 1 + z2 / n;
	return { lower: x === 0 ? 0 : (centre - spread) / d, upper: x === n ? 1 : (centre + spread) / d };
}

/**
 * Wilson score interval with continuity correction (Newcombe 1998, method 4).
 * @example wilsonCc(1, 10, 0.95) // { lower: 0.0052…, upper: 0.4588… }
 */
export function wilsonCc(x: number, n: number, level: number): Interval {
	checkCounts(x, n);
	checkLevel(level);
	const p = x / n;
	const q = 1 - p;
	const z = normalQuantile(1 - (1 - level) / 2);
	const z2 = z * z;
	const d = 2 * (n + z2);
	const lower = x === 0 ? 0 : (2 * n * p + z2 - 1 - z * Math.sqrt(z2 - 2 - 1 / n + 4 * p * (n * q + 1))) / d;
	const upper = x === n ? 1 : (2 * n * p + z2 + 1 + z * Math.sqrt(z2 + 2 - 1 / n + 4 * p * (n * q - 1))) / d;
	return { lower: Math.max(0, lower), upper: Math.min(1, upper) };
}
