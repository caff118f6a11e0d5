import type { SurvivalArm } from '$lib/charts/survivalLayout';
import type { AnalysisArm } from '$lib/survival/describeArm';

/**
 * The survival chart's input (SurvivalArm of charts/survivalLayout) from an arm of the survival engine: its nulls
 * (plain JSON) back to the NaN the layout reads as "undefined" or "not reached".
 * @example survivalLayout({ arms: result.arms.map(toSurvivalArm), width: 800, xMax: result.xMax, xStep: result.xStep })
 */
export function toSurvivalArm(arm: AnalysisArm): SurvivalArm {
	const nan = (x: number | null) => x ?? Number.NaN;
	return {
		id: arm.id,
		label: arm.label,
		steps: arm.steps.map((s) => ({ time: s.time, surv: s.surv, lower: nan(s.lower), upper: nan(s.upper) })),
		censors: arm.censors,
		median: nan(arm.median),
		band: arm.band,
		// patient-level data print no numbers at risk: NaN, as the chart reads a missing number
		atRisk: arm.atRisk.map((c) => ({ time: c.time, printed: c.printed ?? Number.NaN, rebuilt: c.rebuilt }))
	};
}
