import jStat from 'jstat';
import { incompleteGamma } from './incompleteGamma';

const INV_SQRT_2PI = 0.3989422804014327;

/** Standard normal density. */
export function normalDensity(z: number): number {
	return INV_SQRT_2PI * Math.exp(-0.5 * z * z);
}

// Φ(−|z|) = ½·Q(½, z²/2): the incomplete gamma keeps relative accuracy far into the tail (jStat's erfc does not beyond z ≈ 8).
function smallTail(z: number): number {
	return 0.5 * incompleteGamma(0.5, 0.5 * z * z).upper;
}

/**
 * Φ(z) = P(Z ≤ z), accurate in relative terms in the lower tail.
 * @example normalCdf(-10) // 7.619853024160527e-24
 */
export function normalCdf(z: number): number {
	if (Number.isNaN(z)) return Number.NaN;
	return z < 0 ? smallTail(z) : 1 - smallTail(z);
}

/**
 * 1 − Φ(z) = P(Z > z), accurate in relative terms in the upper tail.
 * @example normalSf(37) // 5.725571222524e-300
 */
export function normalSf(z: number): number {
	if (Number.isNaN(z)) return Number.NaN;
	return z > 0 ? smallTail(z) : 1 - smallTail(z);
}

/**
 * Φ⁻¹(p). jStat's quantile as the start, then Newton steps on log Φ (log of the small tail) against the accurate Φ
 * above: quadratic even at p = 1e-300, where Newton on Φ itself crawls.
 * @example normalQuantile(0.975) // 1.959963984540054
 */
export function normalQuantile(p: number): number {
	if (!(p >= 0 && p <= 1)) return Number.NaN;
	if (p === 0) return -Infinity;
	if (p === 1) return Infinity;
	if (p === 0.5) return 0;
	const lower = p < 0.5;
	const tail = lower ? p : 1 - p;
	let z: number = jStat.normal.inv(p, 0, 1);
	if (!Number.isFinite(z)) z = lower ? -38 : 38;
	for (let i = 0; i < 20; i++) {
		const t = lower ? normalCdf(z) : normalSf(z);
		// d/dz log Φ(z) = φ(z)/Φ(z); for the upper tail the sign flips
		const step = ((Math.log(t) - Math.log(tail)) * t) / normalDensity(z);
		z = lower ? z - step : z + step;
		if (Math.abs(step) <= 1e-16 * Math.max(1, Math.abs(z))) break;
	}
	return z;
}
