import { incompleteBeta } from '../special/incompleteBeta';
import { logBeta } from '../special/logBeta';

/**
 * log P(X = k), X ~ Bin(n, p), via log C(n, k) = −log(n + 1) − log B(n − k + 1, k + 1).
 * @example Math.exp(binomialLogPmf(2, 4, 0.5)) // 0.375
 */
export function binomialLogPmf(k: number, n: number, p: number): number {
	if (k < 0 || k > n || !Number.isInteger(k)) return -Infinity;
	if (p === 0) return k === 0 ? 0 : -Infinity;
	if (p === 1) return k === n ? 0 : -Infinity;
	return -Math.log(n + 1) - logBeta(n - k + 1, k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p);
}

export function binomialPmf(k: number, n: number, p: number): number {
	return Math.exp(binomialLogPmf(k, n, p));
}

/**
 * P(X ≤ k) = I_{1−p}(n − k, k + 1), accurate in relative terms when small.
 * @example binomialCdf(1, 4, 0.5) // 0.3125
 */
export function binomialCdf(k: number, n: number, p: number): number {
	if (k < 0) return 0;
	if (k >= n) return 1;
	return incompleteBeta(p, k + 1, n - k).upper;
}

/**
 * P(X ≥ k) = I_p(k, n − k + 1), accurate in relative terms when small (10⁻³⁰⁰ stays 10⁻³⁰⁰).
 * @example binomialSf(94, 128, 0.5) // 6.11e-8
 */
export function binomialSf(k: number, n: number, p: number): number {
	if (k <= 0) return 1;
	if (k > n) return 0;
	return incompleteBeta(p, k, n - k + 1).lower;
}
