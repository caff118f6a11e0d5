import { normalQuantile } from '../special/normal';
import type { Interval } from './interval';
import { checkCounts, checkLevel } from './validate';

/**
 * Agresti–Coull interval (Agresti & Coull 1998), clipped to [0, 1] as R's binom::binom.confint(method = "ac") does.
 * @example agrestiCoull(0, 10, 0.95) // { lower: 0, upper: 0.3208… }
 */
export function agrestiCoull(x: number, n: number, level: number): Interval {
	checkCounts(x, n);
	checkLevel(level);
	const z = normalQuantile(1 - (1 - level) / 2);
	const nt = n + z * z;
	const pt = (x + (z * z) / 2) / nt;
	const half = z * Math.sqrt((pt * (1 - pt)) / nt);
	return { lower: Math.max(0, pt - half), upper: Math.min(1, pt + half) };
}
