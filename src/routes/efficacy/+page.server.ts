import { bundledDatasets, bundledReport } from '$lib/server/datasets';
import { sourceRefs } from '$lib/site/chartProvenance';
import { orrIntervalRows } from '$lib/verify/orrIntervalRows';
import { responseTables } from '$lib/data/responseTables';
import { orrThreshold } from '$lib/site/orrThreshold';

/** Every printed ORR interval with its verification, and every best-response table. */
export function load() {
	const datasets = bundledDatasets();
	// the threshold line the chart draws when the tables state one (and only one)
	return {
		rows: orrIntervalRows(datasets, bundledReport().checks),
		responseTables: responseTables(datasets),
		refs: sourceRefs(datasets),
		threshold: orrThreshold(datasets)
	};
}
