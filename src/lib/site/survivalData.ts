import type { Dataset } from '$lib/data/dataset';
import type { SurvivalArm } from '$lib/charts/survivalLayout';
import type { RebuiltEndpoint } from '$lib/survival/bundledEndpoints';
import type { ReconstructionProfile } from '$lib/documents/profile';
import { toSurvivalArm } from './survivalChartArm';
import type { Bilingual } from './localized';

export interface SurvivalPanel {
	readonly id: string;
	/** the trial of its summary table ("MM-003"), as the catalog names it */
	readonly trial: string;
	readonly endpoint: 'PFS' | 'OS';
	readonly atRiskDataset: string;
	readonly summaryDataset: string;
	readonly cutoff: string | null;
	readonly arms: (SurvivalArm & {
		label_ja: string;
		medianPrinted: string;
		medianCiPrinted: string;
		medianCi: [number, number];
		events: number;
	})[];
	readonly hr: {
		printed: string;
		printedLevel: string;
		estimate: number;
		lower: number;
		upper: number;
		level: number;
		logRankP: number;
		/** how the document says it computed its hazard ratio, in both languages; null when it does not say */
		method: Bilingual | null;
	};
	/** the at-risk times: printed by the document, or assumed on a grid of `gridStep`-month steps */
	readonly grid: 'printed' | 'assumed';
	readonly gridStep: number;
	readonly xMax: number;
	readonly xStep: number;
}

const nan = (x: number | null | undefined) => x ?? Number.NaN;

/**
 * What the survival page shows for one rebuilt endpoint: the engine's KM with log-scale limits, the band and the
 * comparison, beside the printed numbers and the arms' names from the bundled datasets.
 * @example survivalPanel(bundledRebuilds()[0], bundledDatasets()).hr.printed // '0.493 [0.365, 0.666]'
 */
export function survivalPanel(
	e: RebuiltEndpoint,
	datasets: readonly Dataset[],
	profile?: ReconstructionProfile
): SurvivalPanel {
	const atRisk = datasets.find((d) => d.entry.id === e.spec.atRiskDataset);
	const summary = datasets.find((d) => d.entry.id === e.spec.summaryDataset);
	if (!atRisk || !summary)
		throw new RangeError(`${e.spec.id}: datasets ${e.spec.atRiskDataset} and ${e.spec.summaryDataset} are needed`);
	const { comparison } = e.rebuild;
	const hrRow = summary.rows.find((r) => r.statistic === 'hazard_ratio');
	const level = Number(hrRow?.ci_level || '95') / 100;
	const cox = comparison?.cox ?? null;
	const ci = cox?.atPrintedLevel ?? cox;
	const arms = e.rebuild.arms.map((a) => {
		const chart = toSurvivalArm(a);
		const printedMedian = summary.rows.find((r) => r.arm_id === a.id && r.statistic === 'median');
		const first = atRisk.rows.find((r) => r.arm_id === a.id);
		return {
			id: a.id,
			label: first?.arm_en ?? a.id,
			label_ja: first?.arm_ja ?? a.id,
			steps: chart.steps,
			censors: chart.censors,
			median: chart.median,
			medianCi: [nan(a.medianCheck.rebuilt.lower), nan(a.medianCheck.rebuilt.upper)] as [number, number],
			medianPrinted: printedMedian?.estimate ?? '',
			medianCiPrinted: printedMedian ? `[${printedMedian.ci_lower}, ${printedMedian.ci_upper}]` : '',
			events: a.events.rebuilt,
			band: chart.band,
			atRisk: chart.atRisk
		};
	});
	return {
		id: e.spec.id,
		trial: summary.entry.trial ?? '',
		endpoint: e.spec.endpoint,
		atRiskDataset: e.spec.atRiskDataset,
		summaryDataset: e.spec.summaryDataset,
		cutoff: summary.entry.cutoff,
		arms,
		hr: {
			printed: hrRow ? `${hrRow.estimate} [${hrRow.ci_lower}, ${hrRow.ci_upper}]` : '',
			printedLevel: hrRow?.ci_level || '95',
			estimate: nan(cox?.hr),
			lower: nan(ci?.lower),
			upper: nan(ci?.upper),
			level: level * 100,
			logRankP: nan(comparison?.logRank.p),
			method:
				profile?.hr_method_ja && profile.hr_method_en ? { ja: profile.hr_method_ja, en: profile.hr_method_en } : null
		},
		grid: e.spec.grid,
		gridStep: e.spec.gridMonths,
		xMax: e.rebuild.xMax,
		xStep: e.rebuild.xStep
	};
}
