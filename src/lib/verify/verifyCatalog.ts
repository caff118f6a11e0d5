import type { Dataset } from '$lib/data/dataset';
import type { DocumentProfile } from '$lib/documents/profile';
import { mergedVerification, reconstructionsOf } from '$lib/documents/profiles';
import { rebuildEndpoints, type RebuiltEndpoint } from '$lib/survival/bundledEndpoints';
import { summarise, type Report } from './check';
import { countChecks, derivedGroupSizes } from './countChecks';
import { denominatorChecks } from './denominatorChecks';
import { hazardRatioChecks } from './hazardRatioChecks';
import { withImpliedRateCounts } from './impliedRateCounts';
import { intervalChecks } from './intervalChecks';
import { percentageChecks } from './percentageChecks';
import { surveyChecks } from './surveyChecks';
import { survivalPending } from './survivalPending';
import { testChecks } from './testChecks';

/**
 * Every check over a set of datasets: the report of `npm run verify` and of the verification page. The profiles
 * of their documents add what the tables do not say (pooled columns, passages' denominators and implied rates,
 * survival rebuilds); a reader's own files have none. `rebuilt`: the survival endpoints rebuilt from the same
 * datasets, by the caller that also shows them (rebuilt here from the profiles when not given).
 */
export function verifyCatalog(
	datasets: readonly Dataset[],
	profiles: readonly DocumentProfile[],
	rebuilt: readonly RebuiltEndpoint[] = rebuildEndpoints(datasets, reconstructionsOf(profiles))
): Report {
	const derived = derivedGroupSizes(datasets);
	const profile = mergedVerification(profiles);
	const computed = [
		...percentageChecks(datasets, derived, profile),
		...intervalChecks(datasets, derived, profile),
		...testChecks(datasets),
		...countChecks(datasets, profile),
		...hazardRatioChecks(datasets),
		...denominatorChecks(datasets),
		...surveyChecks(datasets, profiles),
		...survivalPending(datasets, rebuilt)
	];
	// counts printed from a rate the passage relies on: the profile names the rate, which settles their checks
	const checks = withImpliedRateCounts(computed, profiles);
	return { summary: summarise(checks), checks };
}
