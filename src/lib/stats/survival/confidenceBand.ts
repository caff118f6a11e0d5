import { normalQuantile } from '../special/normal';
import type { ConfType, KmStep } from './types';

export interface BandPoint {
	readonly time: number;
	readonly surv: number;
	/** NaN where the transform is undefined (log at S = 0; log-log at S = 0 or 1), as R reports NA */
	readonly lower: number;
	readonly upper: number;
}

/**
 * Pointwise confidence limits of S(t) from the Greenwood SE of −log S, exactly as R's survival:::survfit_confint
 * (logse = TRUE, ulimit = TRUE): plain S ± z·S·se (clipped to [0, 1]); log exp(log S ± z·se) (upper ≤ 1);
 * log-log exp(−exp(log(−log S) ∓ z·se/log S)). R's survfit defaults to "log"; SAS's LIFETEST to "log-log".
 * @example pointwiseLimits(0.5, 0.2, 'log', 0.95) // { lower: 0.3378…, upper: 0.7400… }
 */
export function pointwiseLimits(
	surv: number,
	se: number,
	type: ConfType,
	level: number
): { lower: number; upper: number } {
	const z = normalQuantile(1 - (1 - level) / 2);
	if (type === 'plain') {
		const half = z * se * surv;
		return { lower: Math.max(surv - half, 0), upper: Math.min(surv + half, 1) };
	}
	if (type === 'log') {
		if (surv === 0) return { lower: Number.NaN, upper: Number.NaN };
		return { lower: Math.exp(Math.log(surv) - z * se), upper: Math.min(Math.exp(Math.log(surv) + z * se), 1) };
	}
	if (surv === 0 || surv === 1) return { lower: Number.NaN, upper: Number.NaN };
	const se2 = (z * se) / Math.log(surv);
	const ll = Math.log(-Math.log(surv));
	return { lower: Math.exp(-Math.exp(ll - se2)), upper: Math.exp(-Math.exp(ll + se2)) };
}

/** The band at every row of a KM table. */
export function confidenceBand(steps: readonly KmStep[], type: ConfType = 'log', level = 0.95): BandPoint[] {
	return steps.map((s) => ({ time: s.time, surv: s.surv, ...pointwiseLimits(s.surv, s.stdErr, type, level) }));
}
