import type { DocumentRef } from '$lib/data/dataset';
import type { ReconstructionSpec } from '$lib/data/reconstructionSpec';
import type {
	DocumentProfile,
	ReconstructionProfile,
	SubgroupForest,
	TrialProfile,
	VerificationProfile
} from './profile';

/**
 * The verification facts of several documents as one profile (dataset ids and statement ids are unique across
 * documents, so their lists simply join).
 * @example mergedVerification([]).pooled_columns // []
 */
export function mergedVerification(profiles: readonly DocumentProfile[]): VerificationProfile {
	return {
		pooled_columns: profiles.flatMap((p) => p.verification.pooled_columns),
		subgroup_sums: profiles.flatMap((p) => p.verification.subgroup_sums),
		context_denominators: profiles.flatMap((p) => p.verification.context_denominators),
		statement_intervals: profiles.flatMap((p) => p.verification.statement_intervals),
		implied_rate_counts: profiles.flatMap((p) => p.verification.implied_rate_counts),
		survey_rationales: profiles.flatMap((p) => p.verification.survey_rationales)
	};
}

/** A profile's rebuilt endpoint in the survival engine's terms. */
export const reconstructionSpec = (r: ReconstructionProfile): ReconstructionSpec => ({
	id: r.id,
	endpoint: r.endpoint,
	atRiskDataset: r.at_risk_dataset,
	summaryDataset: r.summary_dataset,
	eventStatistic: r.event_statistic,
	arms: r.arms,
	grid: r.grid,
	gridMonths: r.grid_months
});

/**
 * Every survival endpoint the documents rebuild, in document order.
 * @example reconstructionsOf(profiles).map((s) => s.id) // ['mm003_pfs', 'mm003_os']
 */
export const reconstructionsOf = (profiles: readonly DocumentProfile[]): ReconstructionSpec[] =>
	profiles.flatMap((p) => p.survival.reconstructions.map(reconstructionSpec));

/**
 * The part of a profile that names and cites the document (what pages and datasets carry).
 * @example documentRef(guideline).slug // 'guideline'
 */
export function documentRef(p: DocumentProfile): DocumentRef {
	const { verification: _verification, survival: _survival, pages: _pages, order: _order, ...ref } = p;
	return ref;
}

/** Every trial the documents report, in document order. */
export const trialsOf = (profiles: readonly DocumentProfile[]): TrialProfile[] =>
	profiles.flatMap((p) => p.pages.trials);

/** The subgroup forest plots the documents draw. */
export const subgroupForestsOf = (profiles: readonly DocumentProfile[]): SubgroupForest[] =>
	profiles.flatMap((p) => (p.pages.subgroup_forest ? [p.pages.subgroup_forest] : []));

/** The profile of a source file ("000_….txt"), or undefined. */
export const profileByFile = (profiles: readonly DocumentProfile[], file: string): DocumentProfile | undefined =>
	profiles.find((p) => p.file === file);

/** The profile a page slug names ("guideline"), or undefined. */
export const profileBySlug = (profiles: readonly DocumentProfile[], slug: string): DocumentProfile | undefined =>
	profiles.find((p) => p.slug === slug);

/**
 * Every dataset id a profile names, with the path of the field that names it (for errors that say where).
 * @example profileDatasetIds(guideline)[0] // ['verification.pooled_columns[0].dataset', 'gl_t2_mm001_2019_best_response']
 */
export function profileDatasetIds(p: DocumentProfile): [string, string][] {
	const v = p.verification;
	return [
		...v.pooled_columns.map((x, i): [string, string] => [`verification.pooled_columns[${i}].dataset`, x.dataset]),
		...v.subgroup_sums.map((x, i): [string, string] => [`verification.subgroup_sums[${i}].dataset`, x.dataset]),
		...v.statement_intervals.map((x, i): [string, string] => [
			`verification.statement_intervals[${i}].dataset`,
			x.dataset
		]),
		// a check id begins with its dataset's id
		...v.implied_rate_counts.map((x, i): [string, string] => [
			`verification.implied_rate_counts[${i}].check`,
			x.check.split('/')[0] ?? ''
		]),
		...(p.pages.subgroup_forest?.datasets ?? []).map((id, i): [string, string] => [
			`pages.subgroup_forest.datasets[${i}]`,
			id
		]),
		...(p.pages.subgroup_forest?.omit ?? []).map((x, i): [string, string] => [
			`pages.subgroup_forest.omit[${i}].dataset`,
			x.dataset
		]),
		...p.survival.reconstructions.flatMap((x, i): [string, string][] => [
			[`survival.reconstructions[${i}].at_risk_dataset`, x.at_risk_dataset],
			[`survival.reconstructions[${i}].summary_dataset`, x.summary_dataset]
		])
	];
}
