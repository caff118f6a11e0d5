import type { Dataset } from '$lib/data/dataset';
import { confidenceBand, kaplanMeier, medianSurvival, numberAtRisk } from '$lib/stats/survival';
import type { SurvivalArm } from '$lib/charts/survivalLayout';
import { endpointStatistics, type RebuiltEndpoint } from '$lib/verify/reconstructions';

export interface SurvivalPanel {
	readonly id: string;
	readonly endpoint: 'PFS' | 'OS';
	readonly atRiskDataset: string;
	readonly summaryDataset: string;
	readonly cutoff: string | null;
	readonly arms: (SurvivalArm & { label_ja: string; medianPrinted: string; medianCiPrinted: string; medianCi: [number, number]; events: number })[];
	readonly hr: { printed: string; printedLevel: string; estimate: number; lower: number; upper: number; level: number; logRankP: number };
	readonly xMax: number;
	readonly xStep: number;
}

/** What the survival page shows for one rebuilt endpoint: KM with log-scale limits, the band, and the printed numbers. */
export function survivalPanel(e: RebuiltEndpoint, datasets: readonly Dataset[]): SurvivalPanel {
	const atRisk = datasets.find((d) => d.entry.id === e.spec.atRiskDataset)!;
	const summary = datasets.find((d) => d.entry.id === e.spec.summaryDataset)!;
	const stats = endpointStatistics(e);
	const times = [...new Set(atRisk.rows.map((r) => Number(r.time_assumed)))].sort((a, b) => a - b);
	const hrRow = summary.rows.find((r) => r.statistic === 'hazard_ratio');
	const level = Number(hrRow?.ci_level || '95') / 100;
	const ci = stats.cox.ci(level);
	const arms = e.arms.map((a, i) => {
		const km = kaplanMeier(a.ipd);
		const band = confidenceBand(km, 'log', 0.95);
		const med = medianSurvival(km, 'log');
		const printedMedian = summary.rows.find((r) => r.arm_id === a.id && r.statistic === 'median');
		const rows = atRisk.rows.filter((r) => r.arm_id === a.id);
		return {
			id: a.id,
			label: rows[0]?.arm_en ?? a.id,
			label_ja: rows[0]?.arm_ja ?? a.id,
			steps: km.flatMap((s, j) => (s.nEvent > 0 ? [{ time: s.time, surv: s.surv, lower: band[j]!.lower, upper: band[j]!.upper }] : [])),
			censors: km.filter((s) => s.nCensor > 0).map((s) => s.time),
			median: med.estimate,
			medianCi: [med.lower, med.upper] as [number, number],
			medianPrinted: printedMedian?.estimate ?? '',
			medianCiPrinted: printedMedian ? `[${printedMedian.ci_lower}, ${printedMedian.ci_upper}]` : '',
			events: a.ipd.filter((r) => r.event === 1).length,
			band: e.result.arms[i]!.band,
			atRisk: times.map((t) => ({ time: t, printed: Number(rows.find((r) => Number(r.time_assumed) === t)?.n_at_risk ?? 0), rebuilt: numberAtRisk(a.ipd, t) }))
		};
	});
	return {
		id: e.spec.id,
		endpoint: e.spec.endpoint,
		atRiskDataset: e.spec.atRiskDataset,
		summaryDataset: e.spec.summaryDataset,
		cutoff: summary.entry.cutoff,
		arms,
		hr: { printed: hrRow ? `${hrRow.estimate} [${hrRow.ci_lower}, ${hrRow.ci_upper}]` : '', printedLevel: hrRow?.ci_level || '95', estimate: stats.cox.hr, lower: ci.lower, upper: ci.upper, level: level * 100, logRankP: stats.logRankP },
		xMax: times.at(-1) ?? 1,
		xStep: times.length > 1 ? times[1]! - times[0]! : 1
	};
}
