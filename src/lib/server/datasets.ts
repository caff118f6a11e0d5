import { readDataDirOrThrow } from '$lib/data/readDataDir';
import type { Dataset } from '$lib/data/dataset';
import type { Report } from '$lib/verify/check';
import { verifyCatalog } from '$lib/verify/verifyCatalog';

let cache: Dataset[] | null = null;
let report: Report | null = null;

/** Every bundled dataset, validated once per build; a bad file fails the build with file, row and column. */
export function bundledDatasets(): Dataset[] {
	cache ??= readDataDirOrThrow('static/data');
	return cache;
}

/** The verification report of the bundled datasets, computed once per build (a dozen pages use it). */
export function bundledReport(): Report {
	report ??= verifyCatalog(bundledDatasets());
	return report;
}
