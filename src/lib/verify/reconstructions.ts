import type { Dataset } from '$lib/data/dataset';
import type { Row } from '$lib/data/parseDataset';
import type { ReconstructionProfile } from '$lib/documents/profile';
import { coxTwoArm, kaplanMeier, logRank, medianSurvival, type SurvivalRecord } from '$lib/stats/survival';
import { tableMode, type TableModeResult } from '$lib/stats/survival/reconstruct/tableMode';

/** Survival endpoints the documents print as numbers at risk plus a summary table: rebuilt in table mode. */
export interface Reconstruction {
	readonly id: string;
	readonly endpoint: 'PFS' | 'OS';
	readonly atRiskDataset: string;
	readonly summaryDataset: string;
	/** the summary statistic that counts the endpoint's events */
	readonly eventStatistic: string;
	/** arm ids, the reference arm first */
	readonly arms: readonly [string, string];
	readonly gridMonths: number;
}

/** A document profile's reconstruction in the engine's terms. */
export const reconstructionOf = (p: ReconstructionProfile): Reconstruction => ({
	id: p.id,
	endpoint: p.endpoint,
	atRiskDataset: p.at_risk_dataset,
	summaryDataset: p.summary_dataset,
	eventStatistic: p.event_statistic,
	arms: p.arms,
	gridMonths: p.grid_months
});

export interface RebuiltEndpoint {
	readonly spec: Reconstruction;
	/** reference arm first (the comparison rows print "experimental vs reference") */
	readonly arms: readonly { id: string; label: string; ipd: SurvivalRecord[] }[];
	readonly result: TableModeResult;
}

const plain = (s: string | undefined) => (s && /^\d+(\.\d+)?$/.test(s) ? s : null);

/** Rebuilds each endpoint the profiles name whose datasets are present; deterministic, so site and CLI agree. */
export function rebuildEndpoints(datasets: readonly Dataset[], specs: readonly ReconstructionProfile[]): RebuiltEndpoint[] {
	const out: RebuiltEndpoint[] = [];
	for (const spec of specs.map(reconstructionOf)) {
		const atRisk = datasets.find((d) => d.entry.id === spec.atRiskDataset);
		const summary = datasets.find((d) => d.entry.id === spec.summaryDataset);
		if (!atRisk || !summary) continue;
		const hrRow = summary.rows.find((r) => r.statistic === 'hazard_ratio');
		// the reference arm first: the comparison rows print "the other vs the reference"
		const armIds = spec.arms.filter((a) => atRisk.rows.some((r) => r.arm_id === a));
		const stat = (arm: string, s: string): Row | undefined => summary.rows.find((r) => r.arm_id === arm && r.statistic === s);
		const result = tableMode({
			arms: armIds.map((arm) => ({
				arm,
				atRisk: atRisk.rows.filter((r) => r.arm_id === arm).map((r) => ({ time: Number(r.time_assumed), n: Number(r.n_at_risk) })),
				totalEvents: plain(stat(arm, spec.eventStatistic)?.count) === null ? null : Number(stat(arm, spec.eventStatistic)!.count),
				median: stat(arm, 'median')?.estimate ?? null
			})),
			hazardRatio: plain(hrRow?.estimate) === null ? null : Number(hrRow!.estimate)
		});
		out.push({
			spec,
			arms: armIds.map((id, i) => ({ id, label: atRisk.rows.find((r) => r.arm_id === id)?.arm_en ?? id, ipd: result.arms[i]!.ipd })),
			result
		});
	}
	return out;
}

/** The rebuilt data as CSV time,event,arm. */
export function ipdCsv(e: RebuiltEndpoint): string {
	const lines = ['time,event,arm'];
	for (const a of e.arms) for (const r of a.ipd) lines.push(`${+r.time.toFixed(4)},${r.event},${a.id}`);
	return `${lines.join('\n')}\n`;
}

export interface EndpointStatistics {
	readonly medians: Record<string, { estimate: number; lower: number; upper: number }>;
	readonly logRankP: number;
	readonly cox: ReturnType<typeof coxTwoArm>;
}

export function endpointStatistics(e: RebuiltEndpoint): EndpointStatistics {
	const medians: EndpointStatistics['medians'] = {};
	for (const a of e.arms) medians[a.id] = medianSurvival(kaplanMeier(a.ipd), 'log');
	const records = e.arms.flatMap((a, g) => a.ipd.map((r) => ({ ...r, group: g as 0 | 1 })));
	return { medians, logRankP: logRank(records).p, cox: coxTwoArm(records, 'efron') };
}
