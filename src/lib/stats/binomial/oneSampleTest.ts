import { normalCdf, normalSf } from '../special/normal';
import { binomialLogPmf, binomialCdf, binomialSf } from './distribution';
import { checkCounts, checkProbability } from './validate';

export type Alternative = 'greater' | 'less' | 'two-sided';
export type OneSampleTest = 'exact' | 'normal' | 'normal-cc';

/**
 * Exact binomial test of H0: p = p0 (R binom.test). The two-sided p-value sums every outcome no more likely than
 * the observed one, with R's relative tolerance 1 + 1e-7.
 * @example exactBinomialTest(94, 128, 0.5, 'greater') // 6.1e-8
 */
export function exactBinomialTest(x: number, n: number, p0: number, alternative: Alternative): number {
	checkCounts(x, n);
	checkProbability(p0, 'p0');
	if (alternative === 'greater') return binomialSf(x, n, p0);
	if (alternative === 'less') return binomialCdf(x, n, p0);
	const relErr = 1 + 1e-7;
	const logD = binomialLogPmf(x, n, p0) + Math.log(relErr);
	const m = n * p0;
	if (x === m) return 1;
	// the other tail: outcomes beyond the mean on the far side with probability ≤ d·relErr (binomial is unimodal)
	if (x < m) {
		let y = 0;
		for (let i = Math.ceil(m); i <= n; i++) if (binomialLogPmf(i, n, p0) <= logD) y++;
		return Math.min(1, binomialCdf(x, n, p0) + binomialSf(n - y + 1, n, p0));
	}
	let y = 0;
	for (let i = 0; i <= Math.floor(m); i++) if (binomialLogPmf(i, n, p0) <= logD) y++;
	return Math.min(1, binomialCdf(y - 1, n, p0) + binomialSf(x, n, p0));
}

/**
 * One-sample test of a proportion by the normal approximation, with or without Yates' continuity correction
 * (R prop.test): Z = sign(x − np0)·(|x − np0| − Y)/√(np0(1 − p0)), Y = min(½, |x − np0|) or 0.
 * @example normalApproximationTest(94, 128, 0.5, 'greater', false) // 5.7e-8 — MM-001, printed "<0.0001"
 */
export function normalApproximationTest(
	x: number,
	n: number,
	p0: number,
	alternative: Alternative,
	continuityCorrection: boolean
): number {
	checkCounts(x, n);
	checkProbability(p0, 'p0');
	const diff = x - n * p0;
	const yates = continuityCorrection ? Math.min(0.5, Math.abs(diff)) : 0;
	const z = (Math.sign(diff) * (Math.abs(diff) - yates)) / Math.sqrt(n * p0 * (1 - p0));
	if (alternative === 'greater') return normalSf(z);
	if (alternative === 'less') return normalCdf(z);
	return Math.min(1, 2 * normalSf(Math.abs(z)));
}

/** Any of the three tests by id. */
export function oneSampleTest(test: OneSampleTest, x: number, n: number, p0: number, alternative: Alternative): number {
	if (test === 'exact') return exactBinomialTest(x, n, p0, alternative);
	return normalApproximationTest(x, n, p0, alternative, test === 'normal-cc');
}
