import { bundledDatasets, bundledReport } from '$lib/server/datasets';
import { clopperPearson } from '$lib/stats/binomial';
import { percentOf } from '$lib/stats/printedPrecision';
import { sourceRefs } from '$lib/site/chartProvenance';
import { safetyData } from '$lib/verify/safetyTables';

/**
 * Tables 11–13 (adverse reactions of MM-001, CRB-401, MM-003): every printed cell with its recomputed percentage,
 * its Clopper–Pearson 95% interval and its verification status, computed here so the page ships no statistics code.
 */
export function load() {
	const datasets = bundledDatasets();
	return {
		...safetyData(datasets, bundledReport().checks, (x, n) => clopperPearson(x, n, 0.95), percentOf),
		refs: sourceRefs(datasets)
	};
}
