import { bundledDatasets, bundledReport } from '$lib/server/datasets';
import { sourceRefs } from '$lib/site/chartProvenance';
import { orrIntervalRows, responseTables } from '$lib/site/efficacyData';

/** Every printed ORR interval with its verification, and every best-response table. */
export function load() {
	const datasets = bundledDatasets();
	return { rows: orrIntervalRows(datasets, bundledReport().checks), responseTables: responseTables(datasets), refs: sourceRefs(datasets) };
}
