import type { Dataset } from '$lib/data/dataset';
import { summarise, type Report } from './check';
import { countChecks, derivedGroupSizes } from './countChecks';
import { denominatorChecks } from './denominatorChecks';
import { hazardRatioChecks } from './hazardRatioChecks';
import { intervalChecks } from './intervalChecks';
import { percentageChecks } from './percentageChecks';
import { surveyChecks } from './surveyChecks';
import { survivalPending } from './survivalPending';
import { RECONSTRUCTIONS } from './reconstructionSpecs';
import { rebuildEndpoints, type RebuiltEndpoint } from '$lib/survival/bundledEndpoints';
import { testChecks } from './testChecks';

/**
 * Every check over a set of datasets: the report of `npm run verify` and of the verification page. `rebuilt`: the
 * survival endpoints rebuilt from the same datasets, by the caller that also shows them (rebuilt here when not given).
 */
export function verifyCatalog(datasets: readonly Dataset[], rebuilt: readonly RebuiltEndpoint[] = rebuildEndpoints(datasets, RECONSTRUCTIONS)): Report {
	const derived = derivedGroupSizes(datasets);
	const checks = [
		...percentageChecks(datasets, derived),
		...intervalChecks(datasets, derived),
		...testChecks(datasets),
		...countChecks(datasets),
		...hazardRatioChecks(datasets),
		...denominatorChecks(datasets),
		...surveyChecks(datasets),
		...survivalPending(datasets, rebuilt)
	];
	return { summary: summarise(checks), checks };
}
