import type { PrintedHazardRatio } from '../data/survivalSummary';
import { coxTwoArm, logRank, type SurvivalRecord } from '../stats/survival';
import { reconstructionWarning, type ReconstructionWarning } from '../stats/survival/reconstruct/warnings';
import { finiteNumber, jsonNumber } from './jsonNumber';

/** Two arms compared, as plain JSON. */
export interface AnalysisComparison {
	/** the reference arm and the arm compared with it: the printed hazard ratio's arm, otherwise the second arm */
	readonly reference: string;
	readonly compared: string;
	/** R's survdiff (rho = 0) */
	readonly logRank: { readonly chisq: number; readonly p: number };
	/** R's coxph, ties = "efron", Wald 95% interval; null when the data hold no event */
	readonly cox: {
		readonly hr: number | null;
		readonly lower: number | null;
		readonly upper: number | null;
		readonly level: 95;
		/** the interval at the printed level (e.g. 97.2), to set beside the printed one; null when no level is printed */
		readonly atPrintedLevel: {
			readonly level: number;
			readonly lower: number | null;
			readonly upper: number | null;
		} | null;
		readonly converged: boolean;
	} | null;
	readonly printed: PrintedHazardRatio | null;
	/** a Cox model that did not converge or could not be fitted */
	readonly warnings: readonly ReconstructionWarning[];
}

/**
 * Two arms compared: the log-rank test (Mantel 1966; R survival's survdiff, rho = 0) and the Cox hazard ratio of
 * `compared` versus `reference` with Efron ties and its Wald 95% interval (R's coxph), plus the interval at the printed
 * level when a hazard ratio is printed. A Cox model without events is reported in `warnings` (cox null), not thrown.
 * @example compareArms('standard', standardIpd, 'idecel', idecelIpd, null).cox?.hr // HR of idecel vs standard
 */
export function compareArms(
	reference: string,
	referenceIpd: readonly SurvivalRecord[],
	compared: string,
	comparedIpd: readonly SurvivalRecord[],
	printed: PrintedHazardRatio | null
): AnalysisComparison {
	const records = [referenceIpd, comparedIpd].flatMap((ipd, g) =>
		ipd.map((x) => ({ time: x.time, event: x.event, group: g as 0 | 1 }))
	);
	const warnings: ReconstructionWarning[] = [];
	const lr = logRank(records);
	let cox: AnalysisComparison['cox'] = null;
	try {
		const fit = coxTwoArm(records, 'efron');
		const ci = fit.ci(0.95);
		const level = printed?.level ? Number(printed.level) : null;
		const at = level === null ? null : fit.ci(level / 100);
		cox = {
			hr: jsonNumber(fit.hr),
			lower: jsonNumber(ci.lower),
			upper: jsonNumber(ci.upper),
			level: 95,
			atPrintedLevel: at && level !== null ? { level, lower: jsonNumber(at.lower), upper: jsonNumber(at.upper) } : null,
			converged: fit.converged
		};
		if (!fit.converged) warnings.push(reconstructionWarning('cox-not-converged', {}));
	} catch (e) {
		// coxTwoArm throws for data without events; any other failure keeps the fitting code's own words
		const noEvents = records.every((r) => r.event !== 1);
		warnings.push(
			noEvents
				? reconstructionWarning('cox-no-events', {})
				: reconstructionWarning('cox-failed', { reason: (e as Error).message })
		);
	}
	return {
		reference,
		compared,
		logRank: { chisq: finiteNumber(lr.chisq), p: finiteNumber(lr.p) },
		cox,
		printed,
		warnings
	};
}
