import type { DataError } from '../data/dataError';
import { ipdCsv } from '../data/ipdCsv';
import type { AtRiskRow } from '../data/survivalInputs';
import type { SummaryStatistic, SurvivalSummary } from '../data/survivalSummary';
import type { AnalysisArm } from '../survival/describeArm';
import type { AnalysisComparison } from '../survival/compareArms';
import { rebuildSurvival } from '../survival/rebuildSurvival';

/**
 * A reader's survival files (numbers at risk, digitized curves, the printed summary) through the one survival
 * pipeline (survival/rebuildSurvival), for the page that analyses them in the browser and `npm run reconstruct`: the
 * files are checked against each other first, and what the engine cannot rebuild is named by file.
 *
 * JSON: the result is plain data (it is posted from a Web Worker). Numbers that R reports as NA or Inf (a median not
 * reached, a limit undefined where S = 0, a Cox fit that runs off) are null, never NaN or Infinity, so
 * `JSON.parse(JSON.stringify(result))` gives the same object; site/survivalChartArm's `toSurvivalArm` turns them back
 * into the NaN the chart expects.
 */

export interface SurvivalAnalysisInput {
	/** the numbers-at-risk table (parseAtRiskCsv); its arm order is the result's */
	readonly atRisk: readonly AtRiskRow[];
	/** digitized curve per arm (parseCurveCsv's points): those arms are rebuilt in curve mode */
	readonly curves: Readonly<Record<string, readonly { x: number; y: number }[]>>;
	/** printed events, medians, hazard ratio (parseSurvivalSummaryCsv), when the user has them */
	readonly summary: SurvivalSummary | null;
	/** file names, for messages */
	readonly files: {
		readonly atRisk: string;
		readonly summary?: string | null;
		readonly curves?: Readonly<Record<string, string>>;
	};
}

/** A problem with the user's files that stops the analysis; `kind` tells a disagreement between the files from an arm the method cannot rebuild. */
export interface AnalysisError extends DataError {
	/** 'input': the files disagree (an arm unknown to the at-risk table); 'reconstruction': the method threw, `found` holds its message */
	readonly kind: 'input' | 'reconstruction';
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

/**
 * Rebuilds every arm of a numbers-at-risk table and analyses it as the site analyses the bundled data (see
 * survival/rebuildSurvival): arms with a curve in curve mode (Guyot et al. 2012), the others in table mode, with the
 * printed events, medians and hazard ratio of the summary. Problems with the user's files come back in `errors` (then
 * `result` is null): an arm the other files name but the at-risk table does not, or an arm the method cannot rebuild;
 * nothing throws for bad input.
 * @example analyzeSurvival({ atRisk: parseAtRiskCsv(text, 'atrisk.csv').rows, curves: {}, summary: null, files: { atRisk: 'atrisk.csv' } }).result?.arms[0].median
 */
export function analyzeSurvival(input: SurvivalAnalysisInput): {
	result: SurvivalAnalysis | null;
	errors: AnalysisError[];
} {
	const errors: AnalysisError[] = [];
	const atRiskFile = input.files.atRisk;
	const summaryFile = input.files.summary ?? 'survival summary';
	const arms = [...new Set(input.atRisk.map((r) => r.arm))];
	const known = `an arm of ${atRiskFile} (arms: ${arms.join(', ')})`;
	if (arms.length === 0)
		errors.push({
			kind: 'input',
			file: atRiskFile,
			row: null,
			column: null,
			expected: 'at least one arm with numbers at risk',
			found: 'no rows'
		});
	const summary = input.summary;
	const rowOf = (arm: string, statistic: SummaryStatistic) =>
		summary?.rows?.find((r) => r.arm === arm && r.statistic === statistic)?.row ?? null;
	if (summary) {
		const named: [string, SummaryStatistic][] = [
			...Object.keys(summary.events).map((a): [string, SummaryStatistic] => [a, 'events']),
			...Object.keys(summary.medians).map((a): [string, SummaryStatistic] => [a, 'median']),
			...(summary.hazardRatio ? [[summary.hazardRatio.arm, 'hazard_ratio'] as [string, SummaryStatistic]] : [])
		];
		for (const [arm, statistic] of named)
			if (!arms.includes(arm))
				errors.push({
					kind: 'input',
					file: summaryFile,
					row: rowOf(arm, statistic),
					column: 'arm',
					expected: known,
					found: arm
				});
	}
	for (const arm of Object.keys(input.curves)) {
		if (!arms.includes(arm))
			errors.push({
				kind: 'input',
				file: input.files.curves?.[arm] ?? `curve of ${arm}`,
				row: null,
				column: null,
				expected: `the curve of ${known}`,
				found: arm
			});
	}
	if (errors.length > 0) return { result: null, errors };

	const { rebuild, failures } = rebuildSurvival({
		arms: arms.map((arm) => ({
			id: arm,
			atRisk: input.atRisk.filter((r) => r.arm === arm).map((r) => ({ time: r.time, n: r.n })),
			curve: Object.hasOwn(input.curves, arm) ? input.curves[arm]! : null,
			printedEvents: summary && Object.hasOwn(summary.events, arm) ? summary.events[arm]! : null,
			printedMedian: summary && Object.hasOwn(summary.medians, arm) ? summary.medians[arm]! : null
		})),
		hazardRatio: summary?.hazardRatio ?? null
	});
	if (!rebuild) {
		return {
			result: null,
			errors: failures.map((f): AnalysisError =>
				f.mode === 'curve'
					? {
							kind: 'reconstruction',
							file: input.files.curves?.[f.arms[0]!] ?? atRiskFile,
							row: null,
							column: null,
							expected: `a curve and numbers at risk of arm ${f.arms[0]} that curve mode can rebuild`,
							found: f.message
						}
					: {
							kind: 'reconstruction',
							file: atRiskFile,
							row: null,
							column: null,
							expected: `numbers at risk of arm${f.arms.length > 1 ? 's' : ''} ${f.arms.join(', ')} that table mode can rebuild`,
							found: f.message
						}
			)
		};
	}
	return {
		result: {
			arms: rebuild.arms,
			comparison: rebuild.comparison,
			xMax: rebuild.xMax,
			xStep: rebuild.xStep,
			ipdCsv: ipdCsv(rebuild.ipd)
		},
		errors
	};
}
