import { coxTwoArm } from '../coxTwoArm';
import { kaplanMeier, numberAtRisk, survivalAt } from '../kaplanMeier';
import { medianSurvival } from '../quantiles';
import { restrictedMean } from '../rmst';
import type { KmStep, SurvivalRecord } from '../types';
import { maxOf } from '../../../util/extremes';

/** How far a reconstruction is from the truth, per arm (definitions: bench/km/README.md, "Metrics"). */
export interface ArmScore {
	readonly eventsError: number;
	readonly eventsErrorToTau: number;
	readonly atRiskError: number;
	readonly maxAbsDeltaS: number;
	readonly areaOverTau: number;
	/** |median_rec − median_true|; 0 when neither is reached; null when exactly one is reached */
	readonly medianAbsError: number | null;
	readonly medianRelError: number | null;
	readonly rmstRelError: number;
}

/** Jump times of either step function up to tau, with 0. */
function breakpoints(a: readonly KmStep[], b: readonly KmStep[], tau: number): number[] {
	const ts = new Set<number>([0]);
	for (const s of [...a, ...b]) if (s.nEvent > 0 && s.time <= tau) ts.add(s.time);
	return [...ts].sort((x, y) => x - y);
}

/**
 * Scores one arm's reconstruction against its true patient data over [0, τ] on the printed at-risk grid.
 * @example scoreArm(rebuilt, truth, 24, [0, 6, 12, 18, 24]).areaOverTau
 */
export function scoreArm(
	rec: readonly SurvivalRecord[],
	truth: readonly SurvivalRecord[],
	tau: number,
	grid: readonly number[]
): ArmScore {
	const kr = kaplanMeier(rec);
	const kt = kaplanMeier(truth);
	const events = (d: readonly SurvivalRecord[], upTo = Infinity) =>
		d.filter((r) => r.event === 1 && r.time <= upTo).length;
	let maxAbs = 0;
	let area = 0;
	const ts = breakpoints(kr, kt, tau);
	ts.forEach((t, i) => {
		const d = Math.abs(survivalAt(kr, t) - survivalAt(kt, t));
		maxAbs = Math.max(maxAbs, d);
		const end = i + 1 < ts.length ? ts[i + 1]! : tau;
		area += d * (end - t);
	});
	const mr = medianSurvival(kr).estimate;
	const mt = medianSurvival(kt).estimate;
	const bothNaN = Number.isNaN(mr) && Number.isNaN(mt);
	const oneNaN = Number.isNaN(mr) !== Number.isNaN(mt);
	const medianAbs = bothNaN ? 0 : oneNaN ? null : Math.abs(mr - mt);
	const rr = restrictedMean(kr, tau).rmst;
	const rt = restrictedMean(kt, tau).rmst;
	return {
		eventsError: events(rec) - events(truth),
		eventsErrorToTau: events(rec, tau) - events(truth, tau),
		atRiskError: maxOf(grid, (t) => Math.abs(numberAtRisk(rec, t) - numberAtRisk(truth, t))),
		maxAbsDeltaS: maxAbs,
		areaOverTau: area / tau,
		medianAbsError: medianAbs,
		medianRelError: medianAbs === null ? null : bothNaN ? 0 : medianAbs / mt,
		rmstRelError: (rr - rt) / rt
	};
}

/** |log(HR_rec / HR_true)| for experimental (group 1) versus reference (group 0), Efron ties. */
export function logHrError(
	rec: readonly (readonly SurvivalRecord[])[],
	truth: readonly (readonly SurvivalRecord[])[]
): { error: number; covers: boolean; pAgrees: boolean } {
	const tag = (arms: readonly (readonly SurvivalRecord[])[]) =>
		arms.flatMap((a, g) => a.map((r) => ({ ...r, group: g as 0 | 1 })));
	const cr = coxTwoArm(tag(rec));
	const ct = coxTwoArm(tag(truth));
	const ci = cr.ci(0.95);
	return {
		error: Math.abs(cr.coef - ct.coef),
		covers: ci.lower <= ct.hr && ct.hr <= ci.upper,
		pAgrees: cr.wald.p < 0.05 === ct.wald.p < 0.05
	};
}
