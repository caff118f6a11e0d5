import type { DataError } from '../data/dataError';
// the IPD file is opened in spreadsheets too: an arm named like a formula is neutralised there (exportChart's rule)
import { csvCell } from '../charts/exportChart';
import type { AtRiskRow } from '../data/survivalInputs';
import type { SurvivalArm } from '../charts/survivalLayout';
import { confidenceBand, coxTwoArm, kaplanMeier, logRank, medianSurvival, numberAtRisk, type SurvivalRecord } from '../stats/survival';
import { cleanCurve } from '../stats/survival/reconstruct/curvePoints';
import { guyotReconstruct } from '../stats/survival/reconstruct/guyot';
import { tableMode } from '../stats/survival/reconstruct/tableMode';
import { reconstructionWarning, type ReconstructionWarning } from '../stats/survival/reconstruct/warnings';
import type { PrintedHazardRatio, PrintedMedian, SummaryStatistic, SurvivalSummary } from './survivalSummary';

/**
 * The survival pipeline shared by `npm run reconstruct` and the page that analyses a user's own files in the browser:
 * patient-level data rebuilt from printed numbers at risk (curve mode for an arm with a digitized curve, Guyot et al.
 * 2012; table mode for the others, this project's method), then what the site shows for the bundled data (Kaplan–Meier
 * with log-transformed 95% limits and the median with its interval as R's survfit; log-rank as R's survdiff; Cox with
 * Efron ties as R's coxph) beside the printed values. Pure and synchronous: no DOM, no Node, no I/O.
 *
 * JSON: the result is plain data (it is posted from a Web Worker). Numbers that R reports as NA or Inf (a median not
 * reached, a limit undefined where S = 0, a Cox fit that runs off) are null, never NaN or Infinity, so
 * `JSON.parse(JSON.stringify(result))` gives the same object; `toSurvivalArm` turns them back into the NaN the chart
 * expects.
 */

export interface SurvivalAnalysisInput {
	/** the numbers-at-risk table (parseAtRiskCsv); its arm order is the result's */
	readonly atRisk: readonly AtRiskRow[];
	/** digitized curve per arm (parseCurveCsv's points): those arms are rebuilt in curve mode */
	readonly curves: Readonly<Record<string, readonly { x: number; y: number }[]>>;
	/** printed events, medians, hazard ratio (parseSurvivalSummaryCsv), when the user has them */
	readonly summary: SurvivalSummary | null;
	/** file names, for messages */
	readonly files: { readonly atRisk: string; readonly summary?: string | null; readonly curves?: Readonly<Record<string, string>> };
}

/** A problem with the user's files that stops the analysis; `kind` tells a disagreement between the files from an arm the method cannot rebuild. */
export interface AnalysisError extends DataError {
	/** 'input': the files disagree (an arm unknown to the at-risk table); 'reconstruction': the method threw, `found` holds its message */
	readonly kind: 'input' | 'reconstruction';
}

export interface AnalysisArm {
	/** chart fields (SurvivalArm of charts/survivalLayout, null for its NaN): arm name as in the at-risk table */
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
		readonly rebuilt: { readonly estimate: number | null; readonly lower: number | null; readonly upper: number | null; readonly level: 95; readonly confType: 'log' };
	};
	/** what the reconstruction had to adjust (curve cleaning, Guyot diagnostics, table-mode fit): codes for the page, English messages for scripts */
	readonly warnings: readonly ReconstructionWarning[];
}

export interface AnalysisComparison {
	/** the reference arm and the arm compared with it: the printed hazard ratio's arm, otherwise the second arm of the at-risk table */
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
		readonly atPrintedLevel: { readonly level: number; readonly lower: number | null; readonly upper: number | null } | null;
		readonly converged: boolean;
	} | null;
	readonly printed: PrintedHazardRatio | null;
	/** a Cox model that did not converge or could not be fitted */
	readonly warnings: readonly ReconstructionWarning[];
}

export interface SurvivalAnalysis {
	/** in the at-risk table's arm order */
	readonly arms: readonly AnalysisArm[];
	/** two arms only */
	readonly comparison: AnalysisComparison | null;
	/** chart x-axis: the last printed time and the spacing of the first two */
	readonly xMax: number;
	readonly xStep: number;
	/** the rebuilt data as CSV time,event,arm (event 1 = event, 0 = censored): what `npm run reconstruct` writes */
	readonly ipdCsv: string;
}

/** Finite numbers pass (−0 as 0), NaN and ±Infinity become null. */
const num = (x: number): number | null => (Number.isFinite(x) ? x + 0 : null);
const finite = (x: number): number => num(x) ?? 0;

/**
 * Rebuilds every arm of a numbers-at-risk table and analyses it as the site analyses the bundled data: per arm the
 * Kaplan–Meier steps and 95% log limits, censor times, median (R survival's survfit/quantile), events and numbers at
 * risk, each beside the printed value; for two arms the log-rank test (R's survdiff) and the Cox hazard ratio with
 * Efron ties (R's coxph). Arms with a curve are rebuilt in curve mode (Guyot P, Ades AE, Ouwens MJ, Welton NJ. BMC Med
 * Res Methodol 2012;12:9), the others in table mode (see stats/survival/reconstruct/tableMode.ts), using the printed
 * events, medians and hazard ratio. Problems with the user's files come back in `errors` (then `result` is null);
 * nothing throws for bad input.
 * @example analyzeSurvival({ atRisk: parseAtRiskCsv(text, 'atrisk.csv').rows, curves: {}, summary: null, files: { atRisk: 'atrisk.csv' } }).result?.arms[0].median
 */
export function analyzeSurvival(input: SurvivalAnalysisInput): { result: SurvivalAnalysis | null; errors: AnalysisError[] } {
	const errors: AnalysisError[] = [];
	const atRiskFile = input.files.atRisk;
	const summaryFile = input.files.summary ?? 'survival summary';
	const arms = [...new Set(input.atRisk.map((r) => r.arm))];
	const known = `an arm of ${atRiskFile} (arms: ${arms.join(', ')})`;
	if (arms.length === 0) errors.push({ kind: 'input', file: atRiskFile, row: null, column: null, expected: 'at least one arm with numbers at risk', found: 'no rows' });
	const summary = input.summary;
	const rowOf = (arm: string, statistic: SummaryStatistic) => summary?.rows?.find((r) => r.arm === arm && r.statistic === statistic)?.row ?? null;
	if (summary) {
		const named: [string, SummaryStatistic][] = [
			...Object.keys(summary.events).map((a): [string, SummaryStatistic] => [a, 'events']),
			...Object.keys(summary.medians).map((a): [string, SummaryStatistic] => [a, 'median']),
			...(summary.hazardRatio ? [[summary.hazardRatio.arm, 'hazard_ratio'] as [string, SummaryStatistic]] : [])
		];
		for (const [arm, statistic] of named) if (!arms.includes(arm)) errors.push({ kind: 'input', file: summaryFile, row: rowOf(arm, statistic), column: 'arm', expected: known, found: arm });
	}
	for (const arm of Object.keys(input.curves)) {
		if (!arms.includes(arm)) errors.push({ kind: 'input', file: input.files.curves?.[arm] ?? `curve of ${arm}`, row: null, column: null, expected: `the curve of ${known}`, found: arm });
	}
	if (errors.length > 0) return { result: null, errors };

	const tableOf = (arm: string) => input.atRisk.filter((r) => r.arm === arm).map((r) => ({ time: r.time, n: r.n }));
	const printedEvents = (arm: string) => (summary && Object.hasOwn(summary.events, arm) ? summary.events[arm]! : null);
	const printedMedian = (arm: string) => (summary && Object.hasOwn(summary.medians, arm) ? summary.medians[arm]! : null);
	const hrPrinted = summary?.hazardRatio ?? null;
	const hasCurve = (arm: string) => Object.hasOwn(input.curves, arm);

	const rebuilt = new Map<string, { mode: 'curve' | 'table'; ipd: SurvivalRecord[]; warnings: ReconstructionWarning[]; band: { time: number; lower: number; upper: number }[] }>();
	for (const arm of arms.filter(hasCurve)) {
		try {
			const clean = cleanCurve([...input.curves[arm]!], { midGap: 0.03 });
			const r = guyotReconstruct({ points: clean.points, atRisk: tableOf(arm), totalEvents: printedEvents(arm) });
			rebuilt.set(arm, { mode: 'curve', ipd: r.ipd, warnings: [...clean.warnings, ...r.diagnostics.warnings], band: [] });
		} catch (e) {
			errors.push({ kind: 'reconstruction', file: input.files.curves?.[arm] ?? atRiskFile, row: null, column: null, expected: `a curve and numbers at risk of arm ${arm} that curve mode can rebuild`, found: (e as Error).message });
		}
	}
	// table mode reads a hazard ratio as the second arm's versus the first: the printed ratio's arm goes second
	let tableArms = arms.filter((a) => !hasCurve(a));
	const hrUsed = tableArms.length === 2 && hrPrinted !== null && tableArms.includes(hrPrinted.arm);
	if (hrUsed) tableArms = [tableArms.find((a) => a !== hrPrinted.arm)!, hrPrinted.arm];
	if (tableArms.length > 0) {
		try {
			const r = tableMode({
				arms: tableArms.map((arm) => ({ arm, atRisk: tableOf(arm), totalEvents: printedEvents(arm), median: printedMedian(arm)?.value ?? null })),
				hazardRatio: hrUsed ? Number(hrPrinted.value) : null
			});
			for (const a of r.arms) rebuilt.set(a.arm, { mode: 'table', ipd: a.ipd, warnings: a.diagnostics.warnings, band: a.band });
		} catch (e) {
			errors.push({ kind: 'reconstruction', file: atRiskFile, row: null, column: null, expected: `numbers at risk of arm${tableArms.length > 1 ? 's' : ''} ${tableArms.join(', ')} that table mode can rebuild`, found: (e as Error).message });
		}
	}
	if (errors.length > 0) return { result: null, errors };

	const lines = ['time,event,arm'];
	for (const arm of arms) for (const r of rebuilt.get(arm)!.ipd) lines.push(`${+r.time.toFixed(6)},${r.event},${csvCell(arm)}`);

	const out = arms.map((arm) => {
		const r = rebuilt.get(arm)!;
		return describeArm(arm, r.ipd, {
			mode: r.mode,
			atRisk: tableOf(arm).map((t) => ({ time: t.time, printed: t.n, rebuilt: numberAtRisk(r.ipd, t.time) })),
			printedEvents: printedEvents(arm),
			printedMedian: printedMedian(arm),
			band: r.band,
			warnings: r.warnings
		});
	});

	// two arms: the printed hazard ratio's arm versus the other, else the second versus the first (as --hr reads it)
	let comparison: AnalysisComparison | null = null;
	if (arms.length === 2) {
		const compared = hrPrinted && arms.includes(hrPrinted.arm) ? hrPrinted.arm : arms[1]!;
		const reference = arms.find((a) => a !== compared)!;
		comparison = compareArms(reference, rebuilt.get(reference)!.ipd, compared, rebuilt.get(compared)!.ipd, hrPrinted);
	}

	const times = [...new Set(input.atRisk.map((r) => r.time))].sort((a, b) => a - b);
	const last = times.at(-1) ?? 0;
	return {
		result: {
			arms: out,
			comparison,
			xMax: last > 0 ? last : 1,
			xStep: times.length > 1 ? times[1]! - times[0]! : 1,
			ipdCsv: `${lines.join('\n')}\n`
		},
		errors
	};
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
	const med = km.length > 0 ? medianSurvival(km, 'log', 0.95) : { estimate: Number.NaN, lower: Number.NaN, upper: Number.NaN };
	return {
		id,
		label: id,
		steps: km.flatMap((s, j) => (s.nEvent > 0 ? [{ time: finite(s.time), surv: finite(s.surv), lower: num(band[j]!.lower), upper: num(band[j]!.upper) }] : [])),
		censors: km.filter((s) => s.nCensor > 0).map((s) => finite(s.time)),
		median: num(med.estimate),
		band: context.band.map((b) => ({ time: finite(b.time), lower: finite(b.lower), upper: finite(b.upper) })),
		atRisk: context.atRisk.map((t) => ({ time: finite(t.time), printed: t.printed, rebuilt: t.rebuilt })),
		mode: context.mode,
		patients: ipd.length,
		events: { printed: context.printedEvents, rebuilt: ipd.filter((x) => x.event === 1).length },
		medianCheck: { printed: context.printedMedian, rebuilt: { estimate: num(med.estimate), lower: num(med.lower), upper: num(med.upper), level: 95, confType: 'log' } },
		warnings: [...context.warnings]
	};
}

/**
 * Two arms compared: the log-rank test (Mantel 1966; R survival's survdiff, rho = 0) and the Cox hazard ratio of
 * `compared` versus `reference` with Efron ties and its Wald 95% interval (R's coxph), plus the interval at the printed
 * level when a hazard ratio is printed. A Cox model without events is reported in `warnings` (cox null), not thrown.
 * @example compareArms('standard', standardIpd, 'idecel', idecelIpd, null).cox?.hr // HR of idecel vs standard
 */
export function compareArms(reference: string, referenceIpd: readonly SurvivalRecord[], compared: string, comparedIpd: readonly SurvivalRecord[], printed: PrintedHazardRatio | null): AnalysisComparison {
	const records = [referenceIpd, comparedIpd].flatMap((ipd, g) => ipd.map((x) => ({ time: x.time, event: x.event, group: g as 0 | 1 })));
	const warnings: ReconstructionWarning[] = [];
	const lr = logRank(records);
	let cox: AnalysisComparison['cox'] = null;
	try {
		const fit = coxTwoArm(records, 'efron');
		const ci = fit.ci(0.95);
		const level = printed?.level ? Number(printed.level) : null;
		const at = level === null ? null : fit.ci(level / 100);
		cox = { hr: num(fit.hr), lower: num(ci.lower), upper: num(ci.upper), level: 95, atPrintedLevel: at && level !== null ? { level, lower: num(at.lower), upper: num(at.upper) } : null, converged: fit.converged };
		if (!fit.converged) warnings.push(reconstructionWarning('cox-not-converged', {}));
	} catch (e) {
		// coxTwoArm throws for data without events; any other failure keeps the fitting code's own words
		const noEvents = records.every((r) => r.event !== 1);
		warnings.push(noEvents ? reconstructionWarning('cox-no-events', {}) : reconstructionWarning('cox-failed', { reason: (e as Error).message }));
	}
	return { reference, compared, logRank: { chisq: finite(lr.chisq), p: finite(lr.p) }, cox, printed, warnings };
}

/**
 * The chart's input (SurvivalArm of charts/survivalLayout) from an analysed arm: its nulls back to the NaN the layout
 * reads as "undefined" or "not reached".
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
