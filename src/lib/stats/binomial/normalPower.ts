import { normalCdf, normalQuantile } from '../special/normal';
import { checkProbability } from './validate';

function check(p0: number, p1: number, alpha: number): void {
	checkProbability(p0, 'p0');
	checkProbability(p1, 'p1');
	checkProbability(alpha, 'alpha');
	if (p0 === p1) throw new RangeError('p1 must differ from p0');
}

/**
 * Power of the one-sided one-sample test (in the direction of p1) by the normal approximation (Fleiss, Levin & Paik 2003, §2.5):
 * Φ((√n·|p1 − p0| − z₁₋α·√(p0q0)) / √(p1q1)).
 * @example normalPower(0.09, 0.18, 115, 0.05) // 0.9009… — RMP pemphigus survey
 */
export function normalPower(p0: number, p1: number, n: number, alpha: number): number {
	check(p0, p1, alpha);
	const za = normalQuantile(1 - alpha);
	return normalCdf((Math.sqrt(n) * Math.abs(p1 - p0) - za * Math.sqrt(p0 * (1 - p0))) / Math.sqrt(p1 * (1 - p1)));
}

/**
 * Sample size for that test: ⌈((z₁₋α√(p0q0) + z_power√(p1q1)) / (p1 − p0))²⌉.
 * @example normalSampleSize(0.09, 0.18, 0.05, 0.9) // 115
 */
export function normalSampleSize(p0: number, p1: number, alpha: number, power: number): number {
	check(p0, p1, alpha);
	checkProbability(power, 'power');
	const za = normalQuantile(1 - alpha);
	const zb = normalQuantile(power);
	const n = ((za * Math.sqrt(p0 * (1 - p0)) + zb * Math.sqrt(p1 * (1 - p1))) / (p1 - p0)) ** 2;
	// guard against n = 114.99999999999 from rounding: an integer n is kept
	return Math.ceil(n - 1e-9);
}
