import { normalSf } from '../special/normal';
import type { SurvivalRecord } from './types';

export interface GroupedRecord extends SurvivalRecord {
	/** 0 = reference arm, 1 = experimental arm */
	readonly group: 0 | 1;
	/** optional stratum label for the stratified test */
	readonly stratum?: string | number;
}

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

function stratumTerms(records: readonly GroupedRecord[]): { o: [number, number]; e: [number, number]; v: number } {
	const sorted = [...records].sort((a, b) => a.time - b.time);
	let n0 = sorted.filter((r) => r.group === 0).length;
	let n1 = sorted.length - n0;
	const o: [number, number] = [0, 0];
	const e: [number, number] = [0, 0];
	let v = 0;
	for (let i = 0; i < sorted.length; ) {
		const t = sorted[i]!.time;
		let d0 = 0;
		let d1 = 0;
		let c0 = 0;
		let c1 = 0;
		while (i < sorted.length && sorted[i]!.time === t) {
			const r = sorted[i]!;
			if (r.event === 1) r.group === 0 ? d0++ : d1++;
			else r.group === 0 ? c0++ : c1++;
			i++;
		}
		const d = d0 + d1;
		const n = n0 + n1;
		if (d > 0) {
			o[0] += d0;
			o[1] += d1;
			e[0] += (d * n0) / n;
			e[1] += (d * n1) / n;
			if (n > 1) v += (d * n0 * n1 * (n - d)) / (n * n * (n - 1));
		}
		n0 -= d0 + c0;
		n1 -= d1 + c1;
	}
	return { o, e, v };
}

/**
 * Log-rank test of two arms (Mantel 1966; R survdiff, rho = 0), stratified when records carry a stratum:
 * O − E and its hypergeometric variance summed over strata.
 * @example logRank(records).p
 */
export function logRank(records: readonly GroupedRecord[]): LogRankResult {
	const strata = new Map<string, GroupedRecord[]>();
	for (const r of records) {
		const k = r.stratum === undefined ? '' : String(r.stratum);
		strata.set(k, [...(strata.get(k) ?? []), r]);
	}
	const o: [number, number] = [0, 0];
	const e: [number, number] = [0, 0];
	let v = 0;
	for (const group of strata.values()) {
		const t = stratumTerms(group);
		o[0] += t.o[0];
		o[1] += t.o[1];
		e[0] += t.e[0];
		e[1] += t.e[1];
		v += t.v;
	}
	const chisq = v > 0 ? (o[1] - e[1]) ** 2 / v : 0;
	return { chisq, df: 1, p: chisq1Sf(chisq), observed: o, expected: e, variance: v };
}
