import { normalQuantile } from '../special/normal';
import type { Interval } from './interval';
import { checkCounts, checkLevel } from './validate';

/**
 * Wald interval p̂ ± z·√(p̂(1 − p̂)/n) (Brown, Cai & DasGupta 2001), not truncated: it can leave [0, 1].
 * @example wald(94, 128, 0.95) // { lower: 0.6578…, upper: 0.8109… } — Table 2 pooled: [65.8, 81.1]
 */
export function wald(x: number, n: number, level: number): Interval {
	checkCounts(x, n);
	checkLevel(level);
	const p = x / n;
	const z = normalQuantile(1 - (1 - level) / 2);
	const half = z * Math.sqrt((p * (1 - p)) / n);
	return { lower: p - half, upper: p + half };
}

/** The Wald interval clipped to [0, 1]. */
export function waldTruncated(x: number, n: number, level: number): Interval {
	const w = wald(x, n, level);
	return { lower: Math.max(0, w.lower), upper: Math.min(1, w.upper) };
}
