import { readDataDirOrThrow } from '$lib/data/readDataDir';
import type { Dataset } from '$lib/data/dataset';
import type { Report } from '$lib/verify/check';
import { verifyCatalog } from '$lib/verify/verifyCatalog';
import { rebuildEndpoints, type RebuiltEndpoint } from '$lib/survival/bundledEndpoints';
import { RECONSTRUCTIONS } from '$lib/verify/reconstructionSpecs';

let cache: Dataset[] | null = null;
let report: Report | null = null;
let rebuilt: RebuiltEndpoint[] | null = null;

/** Every bundled dataset, validated once per build; a bad file fails the build with file, row and column. */
export function bundledDatasets(): Dataset[] {
	cache ??= readDataDirOrThrow('static/data');
	return cache;
}

/** The verification report of the bundled datasets, computed once per build (a dozen pages use it). */
export function bundledReport(): Report {
	report ??= verifyCatalog(bundledDatasets(), bundledRebuilds());
	return report;
}

/** MM-003's rebuilt PFS and OS patient data, rebuilt once per build (the survival, trial and presentation pages and the IPD files use them). */
export function bundledRebuilds(): RebuiltEndpoint[] {
	rebuilt ??= rebuildEndpoints(bundledDatasets(), RECONSTRUCTIONS);
	return rebuilt;
}
