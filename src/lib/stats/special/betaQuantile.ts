import { betaDensity, incompleteBeta } from './incompleteBeta';

/**
 * The u-quantile of Beta(a, b): x with I_x(a, b) = u. Safeguarded Newton iteration inside a shrinking bracket,
 * solving on the lower or upper tail, whichever is smaller, so both ends keep relative accuracy.
 * @example betaQuantile(0.025, 94, 35) // Clopper–Pearson lower bound for 94/128 at 95%
 */
export function betaQuantile(u: number, a: number, b: number): number {
	if (!(a > 0 && b > 0) || !(u >= 0 && u <= 1)) return Number.NaN;
	if (u === 0) return 0;
	if (u === 1) return 1;
	const useUpper = u > 0.5;
	const target = useUpper ? 1 - u : u;
	// f(x) = (tail at x) − target; the lower tail rises with x, the upper tail falls
	const f = (x: number) => {
		const t = incompleteBeta(x, a, b);
		return useUpper ? target - t.upper : t.lower - target;
	};
	let lo = 0;
	let hi = 1;
	let x = a / (a + b);
	for (let i = 0; i < 2000; i++) {
		const fx = f(x);
		if (fx === 0) return x;
		if (fx < 0) lo = x;
		else hi = x;
		let next = x - fx / betaDensity(x, a, b);
		// outside the bracket: halve towards the open end, or bisect
		if (!(next > lo && next < hi)) next = lo === 0 ? hi / 2 : hi === 1 ? (lo + 1) / 2 : (lo + hi) / 2;
		if (Math.abs(next - x) <= 2e-16 * Math.min(x, 1 - x)) return next;
		x = next;
	}
	return x;
}
