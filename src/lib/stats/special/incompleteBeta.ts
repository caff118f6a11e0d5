import { logBeta } from './logBeta';

export interface BetaTail {
	/** I_x(a, b) = P(B ≤ x), B ~ Beta(a, b) */
	readonly lower: number;
	/** 1 − I_x(a, b) = P(B > x), computed directly when it is the small side */
	readonly upper: number;
}

const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITER = 100000;

/** Continued fraction for I_x(a, b) by the modified Lentz method (Numerical Recipes 3rd ed., §6.4, betacf). */
function continuedFraction(x: number, a: number, b: number): number {
	const qab = a + b;
	const qap = a + 1;
	const qam = a - 1;
	let c = 1;
	let d = 1 - (qab * x) / qap;
	if (Math.abs(d) < TINY) d = TINY;
	d = 1 / d;
	let h = d;
	for (let m = 1; m <= MAX_ITER; m++) {
		const m2 = 2 * m;
		let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
		d = 1 + aa * d;
		if (Math.abs(d) < TINY) d = TINY;
		c = 1 + aa / c;
		if (Math.abs(c) < TINY) c = TINY;
		d = 1 / d;
		h *= d * c;
		aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
		d = 1 + aa * d;
		if (Math.abs(d) < TINY) d = TINY;
		c = 1 + aa / c;
		if (Math.abs(c) < TINY) c = TINY;
		d = 1 / d;
		const del = d * c;
		h *= del;
		if (Math.abs(del - 1) < EPS) return h;
	}
	throw new Error(`incomplete beta: no convergence for x=${x}, a=${a}, b=${b}`);
}

/**
 * The regularized incomplete beta function and its complement, each accurate on its own (never 1 − the other
 * when that other is near 1). Numerical Recipes 3rd ed., §6.4, with a cancellation-free log B(a, b).
 * @example incompleteBeta(0.5, 2, 3) // { lower: 0.6875, upper: 0.3125 }
 */
export function incompleteBeta(x: number, a: number, b: number): BetaTail {
	if (!(a > 0 && b > 0) || Number.isNaN(x)) return { lower: Number.NaN, upper: Number.NaN };
	if (x <= 0) return { lower: 0, upper: 1 };
	if (x >= 1) return { lower: 1, upper: 0 };
	const logFront = a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b);
	if (x < (a + 1) / (a + b + 2)) {
		const lower = (Math.exp(logFront) * continuedFraction(x, a, b)) / a;
		return { lower, upper: 1 - lower };
	}
	const upper = (Math.exp(logFront) * continuedFraction(1 - x, b, a)) / b;
	return { lower: 1 - upper, upper };
}

/** Density of Beta(a, b) at x. */
export function betaDensity(x: number, a: number, b: number): number {
	if (x <= 0 || x >= 1) return 0;
	return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta(a, b));
}
