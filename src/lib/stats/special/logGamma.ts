// Lanczos approximation, g = 607/128, 15 terms (Godfrey's coefficients, as in Boost and Numerical Recipes 3rd ed., §6.1).
const G = 607 / 128;
/* eslint-disable no-loss-of-precision -- the published coefficients, digit for digit, so they can be checked against the source */
const C = [
	0.99999999999999709182, 57.156235665862923517, -59.597960355475491248, 14.136097974741747174, -0.49191381609762019978,
	0.33994649984811888699e-4, 0.46523628927048575665e-4, -0.98374475304879564677e-4, 0.15808870322491248884e-3,
	-0.21026444172410488319e-3, 0.2174396181152126432e-3, -0.16431810653676389022e-3, 0.84418223983852743293e-4,
	-0.2619083840158140867e-4, 0.36899182659531622704e-5
];
/* eslint-enable no-loss-of-precision */
// eslint-disable-next-line no-loss-of-precision -- log(2π)/2 as published (Boost), rounded by the parser
const HALF_LOG_2PI = 0.91893853320467274178;

/**
 * Stirling's series remainder: log Γ(x) − [(x − ½)·log x − x + ½·log 2π], for x ≥ 10 (R's lgammacor role).
 * @example stirlingCorrection(10) // 0.008330563433362871
 */
export function stirlingCorrection(x: number): number {
	const r = 1 / (x * x);
	// Bernoulli-number series B_{2k} / (2k(2k−1) x^{2k−1}); 7 terms reach 1e-17 at x ≥ 10 (Abramowitz & Stegun 6.1.40)
	return (
		(1 / x) *
		(1 / 12 + r * (-1 / 360 + r * (1 / 1260 + r * (-1 / 1680 + r * (1 / 1188 + r * (-691 / 360360 + r * (1 / 156)))))))
	);
}

/**
 * log Γ(x) for x > 0.
 * @example logGamma(0.5) // 0.5723649429247001 (= log √π)
 */
export function logGamma(x: number): number {
	if (!(x > 0)) return Number.NaN;
	if (x >= 10) return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + stirlingCorrection(x);
	if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
	const y = x - 1;
	let sum = C[0]!;
	for (let i = 1; i < C.length; i++) sum += C[i]! / (y + i);
	const t = y + G + 0.5;
	return HALF_LOG_2PI + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}
