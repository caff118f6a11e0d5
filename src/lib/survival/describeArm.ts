import type { PrintedMedian } from '../data/survivalSummary';
import { confidenceBand, kaplanMeier, medianSurvival, type SurvivalRecord } from '../stats/survival';
import type { ReconstructionWarning } from '../stats/survival/reconstruct/warnings';
import { finiteNumber, jsonNumber } from './jsonNumber';

/**
 * One arm of a survival analysis as plain JSON: what the survival chart draws (null where the chart reads NaN: see
 * site/survivalChartArm) and the rebuilt values beside the printed ones.
 */
export interface AnalysisArm {
	/** arm name as in the at-risk table */
	readonly id: string;
	readonly label: string;
	/** S(t) right after each event time of the rebuilt data with its log-transformed 95% pointwise interval (null where undefined) */
	readonly steps: readonly { time: number; surv: number; lower: number | null; upper: number | null }[];
	readonly censors: readonly number[];
	/** rebuilt median; null when not reached */
	readonly median: number | null;
	/** table mode: envelope of S(t) across the plausible censoring models; curve mode: empty */
	readonly band: readonly { time: number; lower: number; upper: number }[];
	/** numbers at risk at the arm's printed times: printed (null for patient-level data: nothing printed) and counted in the data */
	readonly atRisk: readonly { time: number; printed: number | null; rebuilt: number }[];

	/** how the patient-level data came about: rebuilt from a curve, from the table, or given ('ipd') */
	readonly mode: 'curve' | 'table' | 'ipd';
	readonly patients: number;
	readonly events: { readonly printed: number | null; readonly rebuilt: number };
	readonly medianCheck: {
		readonly printed: PrintedMedian | null;
		/** R's survfit default: log transform, 95% */
		readonly rebuilt: {
			readonly estimate: number | null;
			readonly lower: number | null;
			readonly upper: number | null;
			readonly level: 95;
			readonly confType: 'log';
		};
	};
	/** what the reconstruction had to adjust (curve cleaning, Guyot diagnostics, table-mode fit): codes for the page, English messages for scripts */
	readonly warnings: readonly ReconstructionWarning[];
}

/** What an arm's patient-level data came with: how it was made, the printed values to set beside it, its band. */
export interface ArmContext {
	readonly mode: AnalysisArm['mode'];
	readonly atRisk: AnalysisArm['atRisk'];
	readonly printedEvents: number | null;
	readonly printedMedian: PrintedMedian | null;
	readonly band: readonly { time: number; lower: number; upper: number }[];
	readonly warnings: readonly ReconstructionWarning[];
}

/**
 * One arm's patient-level data as the site shows a rebuilt arm: Kaplan–Meier steps with log-transformed 95% pointwise
 * limits (Kaplan & Meier 1958, Greenwood variance; R survival's survfit, conf.type = "log"), censor times, the median
 * with its interval (R's quantile.survfit), events and numbers at risk beside the printed ones. An arm without patients
 * has no steps and a null median.
 * @example describeArm('A', [{ time: 2, event: 1 }, { time: 5, event: 0 }], { mode: 'ipd', atRisk: [], printedEvents: null, printedMedian: null, band: [], warnings: [] }).median // 3.5 (S is ½ from 2 to the last time, 5: R's midpoint)
 */
export function describeArm(id: string, ipd: readonly SurvivalRecord[], context: ArmContext): AnalysisArm {
	const km = ipd.length > 0 ? kaplanMeier(ipd) : [];
	const band = confidenceBand(km, 'log', 0.95);
	const med =
		km.length > 0 ? medianSurvival(km, 'log', 0.95) : { estimate: Number.NaN, lower: Number.NaN, upper: Number.NaN };
	return {
		id,
		label: id,
		steps: km.flatMap((s, j) =>
			s.nEvent > 0
				? [
						{
							time: finiteNumber(s.time),
							surv: finiteNumber(s.surv),
							lower: jsonNumber(band[j]!.lower),
							upper: jsonNumber(band[j]!.upper)
						}
					]
				: []
		),
		censors: km.filter((s) => s.nCensor > 0).map((s) => finiteNumber(s.time)),
		median: jsonNumber(med.estimate),
		band: context.band.map((b) => ({
			time: finiteNumber(b.time),
			lower: finiteNumber(b.lower),
			upper: finiteNumber(b.upper)
		})),
		atRisk: context.atRisk.map((t) => ({ time: finiteNumber(t.time), printed: t.printed, rebuilt: t.rebuilt })),
		mode: context.mode,
		patients: ipd.length,
		events: { printed: context.printedEvents, rebuilt: ipd.filter((x) => x.event === 1).length },
		medianCheck: {
			printed: context.printedMedian,
			rebuilt: {
				estimate: jsonNumber(med.estimate),
				lower: jsonNumber(med.lower),
				upper: jsonNumber(med.upper),
				level: 95,
				confType: 'log'
			}
		},
		warnings: [...context.warnings]
	};
}
