import { logGamma, stirlingCorrection } from './logGamma';

// eslint-disable-next-line no-loss-of-precision -- log(2π)/2 as published (Boost), rounded by the parser
const HALF_LOG_2PI = 0.91893853320467274178;

/**
 * log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b), without the cancellation of that sum at large a, b.
 * Split by size as in R's lbeta (nmath/lbeta.c, after TOMS 708).
 * @example logBeta(50000, 50001) // -69318.3... (exact to ~1e-16 relative)
 */
export function logBeta(a: number, b: number): number {
	const p = Math.min(a, b);
	const q = Math.max(a, b);
	if (!(p > 0)) return p === 0 ? Infinity : Number.NaN;
	if (p >= 10) {
		const corr = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q);
		return -0.5 * Math.log(q) + HALF_LOG_2PI + corr + (p - 0.5) * Math.log(p / (p + q)) + q * Math.log1p(-p / (p + q));
	}
	if (q >= 10) {
		const corr = stirlingCorrection(q) - stirlingCorrection(p + q);
		return logGamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
	}
	return logGamma(p) + logGamma(q) - logGamma(p + q);
}
