import type { KmStep, SurvivalRecord } from './types';

function checkRecords(records: readonly SurvivalRecord[]): void {
	if (records.length === 0) throw new RangeError('survival data must hold at least one patient');
	for (const [i, r] of records.entries()) {
		if (!Number.isFinite(r.time) || r.time < 0)
			throw new RangeError(`record ${i + 1}: time must be a finite number ≥ 0, got ${r.time}`);
		if (r.event !== 0 && r.event !== 1)
			throw new RangeError(`record ${i + 1}: event must be 0 or 1, got ${String(r.event)}`);
	}
}

/**
 * Kaplan–Meier estimate with the Greenwood variance of −log S (Kaplan & Meier 1958; Greenwood 1926), one row per
 * distinct time as R's survfit(Surv(time, status) ~ 1): std.err = √Σ d/(n(n − d)).
 * @example kaplanMeier([{ time: 1, event: 1 }, { time: 2, event: 0 }, { time: 3, event: 1 }])
 *   // S = 2/3 at 1, 2/3 at 2, 0 at 3
 */
export function kaplanMeier(records: readonly SurvivalRecord[]): KmStep[] {
	checkRecords(records);
	const sorted = [...records].sort((a, b) => a.time - b.time);
	const steps: KmStep[] = [];
	let atRisk = sorted.length;
	let surv = 1;
	let greenwood = 0;
	for (let i = 0; i < sorted.length;) {
		const time = sorted[i]!.time;
		let nEvent = 0;
		let nCensor = 0;
		while (i < sorted.length && sorted[i]!.time === time) {
			if (sorted[i]!.event === 1) nEvent++;
			else nCensor++;
			i++;
		}
		if (nEvent > 0) {
			surv *= 1 - nEvent / atRisk;
			greenwood += nEvent === atRisk ? Infinity : nEvent / (atRisk * (atRisk - nEvent));
		}
		steps.push({ time, nRisk: atRisk, nEvent, nCensor, surv, stdErr: Math.sqrt(greenwood) });
		atRisk -= nEvent + nCensor;
	}
	return steps;
}

/** S(t) of a KM table: right-continuous step function, 1 before the first time. */
export function survivalAt(steps: readonly KmStep[], t: number): number {
	let s = 1;
	for (const step of steps) {
		if (step.time > t) break;
		s = step.surv;
	}
	return s;
}

/** Number at risk at t: patients whose time is ≥ t. */
export function numberAtRisk(records: readonly SurvivalRecord[], t: number): number {
	let n = 0;
	for (const r of records) if (r.time >= t) n++;
	return n;
}
