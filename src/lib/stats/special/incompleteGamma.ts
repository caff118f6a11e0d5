import { logGamma } from './logGamma';

const EPS = 1e-16;
const TINY = 1e-300;

export interface GammaTail {
	/** P(a, x), the regularized lower incomplete gamma function */
	readonly lower: number;
	/** Q(a, x) = 1 − P(a, x), computed directly on its own side */
	readonly upper: number;
}

/**
 * Regularized incomplete gamma by series (x < a + 1) or continued fraction (x ≥ a + 1), each tail accurate on its own.
 * Numerical Recipes 3rd ed., §6.2 (gser, gcf).
 * @example incompleteGamma(0.5, 2) // upper = erfc(√2) = 0.04550026389635842
 */
export function incompleteGamma(a: number, x: number): GammaTail {
	if (!(a > 0) || Number.isNaN(x)) return { lower: Number.NaN, upper: Number.NaN };
	if (x <= 0) return { lower: 0, upper: 1 };
	const logFront = -x + a * Math.log(x) - logGamma(a);
	if (x < a + 1) {
		let ap = a;
		let sum = 1 / a;
		let del = sum;
		for (let n = 0; n < 100000; n++) {
			ap += 1;
			del *= x / ap;
			sum += del;
			if (Math.abs(del) < Math.abs(sum) * EPS) break;
		}
		const lower = sum * Math.exp(logFront);
		return { lower, upper: 1 - lower };
	}
	let b = x + 1 - a;
	let c = 1 / TINY;
	let d = 1 / b;
	let h = d;
	for (let i = 1; i < 100000; i++) {
		const an = -i * (i - a);
		b += 2;
		d = an * d + b;
		if (Math.abs(d) < TINY) d = TINY;
		c = b + an / c;
		if (Math.abs(c) < TINY) c = TINY;
		d = 1 / d;
		const del = d * c;
		h *= del;
		if (Math.abs(del - 1) < EPS) break;
	}
	const upper = Math.exp(logFront) * h;
	return { lower: 1 - upper, upper };
}
