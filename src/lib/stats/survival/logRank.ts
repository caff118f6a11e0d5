import { normalSf } from '../special/normal';
import { riskTable, type GroupedRecord } from './riskTable';

export type { GroupedRecord } from './riskTable';

export interface LogRankResult {
	readonly chisq: number;
	readonly df: 1;
	readonly p: number;
	readonly observed: readonly [number, number];
	readonly expected: readonly [number, number];
	/** hypergeometric variance of O − E for group 1 */
	readonly variance: number;
}

/** P(χ²₁ > c) = 2·(1 − Φ(√c)), accurate in the far tail. */
export function chisq1Sf(c: number): number {
	return c <= 0 ? 1 : 2 * normalSf(Math.sqrt(c));
}

/**
 * Log-rank test of two arms (Mantel 1966; R survdiff, rho = 0), stratified when records carry a stratum:
 * O − E and its hypergeometric variance summed over strata.
 * @example logRank(records).p
 */
export function logRank(records: readonly GroupedRecord[]): LogRankResult {
	const o: [number, number] = [0, 0];
	const e: [number, number] = [0, 0];
	let v = 0;
	for (const { r0, r1, d0, d1 } of riskTable(records)) {
		const d = d0 + d1;
		const n = r0 + r1;
		if (d === 0) continue;
		o[0] += d0;
		o[1] += d1;
		e[0] += (d * r0) / n;
		e[1] += (d * r1) / n;
		if (n > 1) v += (d * r0 * r1 * (n - d)) / (n * n * (n - 1));
	}
	const chisq = v > 0 ? (o[1] - e[1]) ** 2 / v : 0;
	return { chisq, df: 1, p: chisq1Sf(chisq), observed: o, expected: e, variance: v };
}
