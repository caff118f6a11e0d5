import type { IpdArm } from '../data/ipdCsv';
import type { PrintedHazardRatio, PrintedMedian } from '../data/survivalSummary';
import { numberAtRisk, type SurvivalRecord } from '../stats/survival';
import { cleanCurve } from '../stats/survival/reconstruct/curvePoints';
import { guyotReconstruct } from '../stats/survival/reconstruct/guyot';
import { tableMode } from '../stats/survival/reconstruct/tableMode';
import type { ReconstructionWarning } from '../stats/survival/reconstruct/warnings';
import { compareArms, type AnalysisComparison } from './compareArms';
import { describeArm, type AnalysisArm } from './describeArm';

/**
 * The one survival pipeline, for the bundled documents (survival/bundledEndpoints) and a reader's files
 * (analysis/survivalAnalysis, `npm run reconstruct`): patient-level data rebuilt from printed numbers at risk (curve
 * mode for an arm with a digitized curve, Guyot et al. 2012; table mode for the others, this project's method), then
 * Kaplan–Meier with log-transformed 95% limits and the median with its interval as R's survfit, log-rank as R's
 * survdiff and Cox with Efron ties as R's coxph, beside the printed values. Pure and synchronous: no DOM, no Node, no
 * I/O; the result is plain JSON (numbers R reports as NA or Inf are null).
 */

/** One arm as printed: its numbers at risk, and what else the publication gives for it. */
export interface PrintedArm {
	readonly id: string;
	/** printed numbers at risk, times rising; the first time is the start of follow-up */
	readonly atRisk: readonly { readonly time: number; readonly n: number }[];
	/** digitized points of the arm's curve (x, y as a proportion or a percent): the arm is rebuilt in curve mode */
	readonly curve: readonly { readonly x: number; readonly y: number }[] | null;
	readonly printedEvents: number | null;
	readonly printedMedian: PrintedMedian | null;
}

export interface SurvivalInput {
	/** the result lists the arms in this order */
	readonly arms: readonly PrintedArm[];
	/** the printed hazard ratio of its arm versus the other one: table mode's target, and the comparison's direction */
	readonly hazardRatio: PrintedHazardRatio | null;
}

/** An arm (or the table-mode arms together) the method could not rebuild, in the method's own words. */
export interface RebuildFailure {
	readonly mode: 'curve' | 'table';
	/** table mode: the arms fitted together, the hazard ratio's arm second */
	readonly arms: readonly string[];
	readonly message: string;
}

export interface SurvivalRebuild {
	/** in the input's arm order */
	readonly arms: readonly AnalysisArm[];
	/** two arms only: the printed hazard ratio's arm versus the other, else the second versus the first */
	readonly comparison: AnalysisComparison | null;
	/** chart x-axis: the last printed time and the spacing of the first two */
	readonly xMax: number;
	readonly xStep: number;
	/** each arm's rebuilt patients, in the arms' order: what data/ipdCsv writes */
	readonly ipd: readonly IpdArm[];
}

interface RebuiltArm {
	readonly mode: 'curve' | 'table';
	readonly ipd: SurvivalRecord[];
	readonly warnings: readonly ReconstructionWarning[];
	readonly band: readonly { time: number; lower: number; upper: number }[];
}

/**
 * Rebuilds every arm and analyses it: per arm the Kaplan–Meier steps and 95% log limits, censor times, median (R
 * survival's survfit/quantile), events and numbers at risk, each beside the printed value; for two arms the log-rank
 * test (R's survdiff) and the Cox hazard ratio with Efron ties (R's coxph). Arms with a curve are rebuilt in curve
 * mode (Guyot P, Ades AE, Ouwens MJ, Welton NJ. BMC Med Res Methodol 2012;12:9), the others together in table mode
 * (stats/survival/reconstruct/tableMode.ts) with the printed events, medians and hazard ratio. A method that cannot
 * rebuild an arm comes back in `failures` (then `rebuild` is null); nothing throws.
 * @example rebuildSurvival({ arms: [{ id: 'A', atRisk: [{ time: 0, n: 100 }, { time: 6, n: 70 }], curve: null, printedEvents: 25, printedMedian: null }], hazardRatio: null }).rebuild?.arms[0]?.events // { printed: 25, rebuilt: 25 }
 */
export function rebuildSurvival(input: SurvivalInput): { rebuild: SurvivalRebuild | null; failures: RebuildFailure[] } {
	const failures: RebuildFailure[] = [];
	const byId = new Map(input.arms.map((a) => [a.id, a]));
	const hr = input.hazardRatio;
	const rebuilt = new Map<string, RebuiltArm>();
	for (const arm of input.arms) {
		if (!arm.curve) continue;
		try {
			const clean = cleanCurve([...arm.curve], { midGap: 0.03 });
			const r = guyotReconstruct({
				points: clean.points,
				atRisk: arm.atRisk.map((t) => ({ time: t.time, n: t.n })),
				totalEvents: arm.printedEvents
			});
			rebuilt.set(arm.id, {
				mode: 'curve',
				ipd: r.ipd,
				warnings: [...clean.warnings, ...r.diagnostics.warnings],
				band: []
			});
		} catch (e) {
			failures.push({ mode: 'curve', arms: [arm.id], message: (e as Error).message });
		}
	}
	// table mode reads a hazard ratio as the second arm's versus the first: the printed ratio's arm goes second
	let tableArms = input.arms.filter((a) => !a.curve).map((a) => a.id);
	const hrUsed = tableArms.length === 2 && hr !== null && tableArms.includes(hr.arm);
	if (hrUsed) tableArms = [tableArms.find((a) => a !== hr.arm)!, hr.arm];
	if (tableArms.length > 0) {
		try {
			const r = tableMode({
				arms: tableArms.map((id) => {
					const arm = byId.get(id)!;
					return {
						arm: id,
						atRisk: arm.atRisk.map((t) => ({ time: t.time, n: t.n })),
						totalEvents: arm.printedEvents,
						median: arm.printedMedian?.value ?? null
					};
				}),
				hazardRatio: hrUsed ? Number(hr.value) : null
			});
			for (const a of r.arms)
				rebuilt.set(a.arm, { mode: 'table', ipd: a.ipd, warnings: a.diagnostics.warnings, band: a.band });
		} catch (e) {
			failures.push({ mode: 'table', arms: tableArms, message: (e as Error).message });
		}
	}
	if (failures.length > 0) return { rebuild: null, failures };

	const ipdOf = (id: string) => rebuilt.get(id)!.ipd;
	const arms = input.arms.map((arm) => {
		const r = rebuilt.get(arm.id)!;
		return describeArm(arm.id, r.ipd, {
			mode: r.mode,
			atRisk: arm.atRisk.map((t) => ({ time: t.time, printed: t.n, rebuilt: numberAtRisk(r.ipd, t.time) })),
			printedEvents: arm.printedEvents,
			printedMedian: arm.printedMedian,
			band: r.band,
			warnings: r.warnings
		});
	});

	let comparison: AnalysisComparison | null = null;
	if (input.arms.length === 2) {
		const ids = input.arms.map((a) => a.id);
		const compared = hr && ids.includes(hr.arm) ? hr.arm : ids[1]!;
		const reference = ids.find((a) => a !== compared)!;
		comparison = compareArms(reference, ipdOf(reference), compared, ipdOf(compared), hr);
	}

	const times = [...new Set(input.arms.flatMap((a) => a.atRisk.map((t) => t.time)))].sort((a, b) => a - b);
	const last = times.at(-1) ?? 0;
	return {
		rebuild: {
			arms,
			comparison,
			xMax: last > 0 ? last : 1,
			xStep: times.length > 1 ? times[1]! - times[0]! : 1,
			ipd: input.arms.map((a) => ({ id: a.id, ipd: ipdOf(a.id) }))
		},
		failures
	};
}
