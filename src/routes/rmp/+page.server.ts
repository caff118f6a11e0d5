import { bundledDatasets, bundledReport } from '$lib/server/datasets';
import { clopperPearson } from '$lib/stats/binomial';
import { percentOf } from '$lib/stats/printedPrecision';
import { sourceRefs } from '$lib/site/chartProvenance';
import { rmpData } from '$lib/site/rmpRows';

/**
 * The rituximab RMP: the safety specification against its additional activities, and every incidence figure with
 * its recomputed percentage, Clopper–Pearson 95% interval (only where count and denominator are printed) and the
 * verification engine's percentage and denominator checks, computed here so the page ships no statistics code.
 */
export function load() {
	const datasets = bundledDatasets();
	return {
		...rmpData(datasets, bundledReport().checks, (x, n) => clopperPearson(x, n, 0.95), percentOf),
		refs: sourceRefs(datasets)
	};
}
