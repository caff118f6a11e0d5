import type { Dataset } from '../data/dataset';
import type { Row } from '../data/parseDataset';
import type { ReconstructionSpec } from '../data/reconstructionSpec';
import type { PrintedHazardRatio, PrintedMedian } from '../data/survivalSummary';
import { rebuildSurvival, type PrintedArm, type SurvivalRebuild } from './rebuildSurvival';

/** A document's survival endpoint rebuilt by the survival engine from its bundled datasets. */
export interface RebuiltEndpoint {
	readonly spec: ReconstructionSpec;
	/** arms in the spec's order (the reference first) */
	readonly rebuild: SurvivalRebuild;
}

const plain = (s: string | undefined) => (s && /^\d+(\.\d+)?$/.test(s) ? s : null);

/**
 * The engine's input from a spec's two datasets: each arm's numbers at risk (`time_assumed`, `n_at_risk`), its event
 * total (the spec's statistic) and median from the summary, and the summary's hazard ratio as the second arm's
 * versus the first (the reference); null when one of the datasets is not there.
 * @example bundledInput(spec, datasets)?.arms.map((a) => a.id) // ['standard', 'idecel']
 */
export function bundledInput(
	spec: ReconstructionSpec,
	datasets: readonly Dataset[]
): { arms: PrintedArm[]; hazardRatio: PrintedHazardRatio | null } | null {
	const atRisk = datasets.find((d) => d.entry.id === spec.atRiskDataset);
	const summary = datasets.find((d) => d.entry.id === spec.summaryDataset);
	if (!atRisk || !summary) return null;
	const stat = (arm: string, s: string): Row | undefined =>
		summary.rows.find((r) => r.arm_id === arm && r.statistic === s);
	const medianOf = (arm: string): PrintedMedian | null => {
		const r = stat(arm, 'median');
		return r
			? { value: r.estimate ?? null, lower: r.ci_lower || null, upper: r.ci_upper || null, level: r.ci_level || null }
			: null;
	};
	const hrRow = summary.rows.find((r) => r.statistic === 'hazard_ratio');
	const hrValue = plain(hrRow?.estimate);
	const arms = spec.arms
		.filter((a) => atRisk.rows.some((r) => r.arm_id === a))
		.map((id) => {
			const events = plain(stat(id, spec.eventStatistic)?.count);
			return {
				id,
				atRisk: atRisk.rows
					.filter((r) => r.arm_id === id)
					.map((r) => ({ time: Number(r.time_assumed), n: Number(r.n_at_risk) })),
				curve: null,
				printedEvents: events === null ? null : Number(events),
				printedMedian: medianOf(id)
			};
		});
	const hazardRatio =
		hrRow && hrValue !== null
			? {
					arm: spec.arms[1],
					value: hrValue,
					lower: hrRow.ci_lower || null,
					upper: hrRow.ci_upper || null,
					level: hrRow.ci_level || null
				}
			: null;
	return { arms, hazardRatio };
}

/**
 * Rebuilds each spec's endpoint whose datasets are present, in table mode; deterministic, so site and CLI agree. A
 * rebuild the engine cannot do stops the build with the spec's id and the method's words.
 * @example rebuildEndpoints(datasets, RECONSTRUCTIONS).map((e) => e.rebuild.comparison?.cox?.hr)
 */
export function rebuildEndpoints(
	datasets: readonly Dataset[],
	specs: readonly ReconstructionSpec[]
): RebuiltEndpoint[] {
	const out: RebuiltEndpoint[] = [];
	for (const spec of specs) {
		const input = bundledInput(spec, datasets);
		if (!input) continue;
		const { rebuild, failures } = rebuildSurvival(input);
		if (!rebuild)
			throw new RangeError(
				`${spec.id} (${spec.atRiskDataset}, ${spec.summaryDataset}): ${failures.map((f) => f.message).join('; ')}`
			);
		out.push({ spec, rebuild });
	}
	return out;
}
