import { groupBy } from '../../util/groupBy';
import type { SurvivalRecord } from './types';

export interface GroupedRecord extends SurvivalRecord {
	/** 0 = reference arm, 1 = experimental arm */
	readonly group: 0 | 1;
	/** optional stratum label for stratified analyses */
	readonly stratum?: string | number;
}

/** Numbers at risk and events by arm at one distinct time of one stratum. */
export interface RiskRow {
	readonly time: number;
	readonly r0: number;
	readonly r1: number;
	readonly d0: number;
	readonly d1: number;
}

/**
 * Every distinct time of every stratum with its risk sets and events by arm (ties grouped): the table both the
 * log-rank test and the Cox partial likelihood sum over.
 */
export function riskTable(records: readonly GroupedRecord[]): RiskRow[] {
	const byStratum = groupBy(records, (r) => (r.stratum === undefined ? '' : String(r.stratum)));
	const out: RiskRow[] = [];
	for (const group of byStratum.values()) {
		const sorted = [...group].sort((a, b) => a.time - b.time);
		let r0 = sorted.filter((r) => r.group === 0).length;
		let r1 = sorted.length - r0;
		for (let i = 0; i < sorted.length;) {
			const time = sorted[i]!.time;
			let d0 = 0;
			let d1 = 0;
			let c0 = 0;
			let c1 = 0;
			while (i < sorted.length && sorted[i]!.time === time) {
				const r = sorted[i]!;
				if (r.event === 1) {
					if (r.group === 0) d0++;
					else d1++;
				} else if (r.group === 0) c0++;
				else c1++;
				i++;
			}
			out.push({ time, r0, r1, d0, d1 });
			r0 -= d0 + c0;
			r1 -= d1 + c1;
		}
	}
	return out;
}
