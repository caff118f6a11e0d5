import { bundledDatasets, bundledReport } from '$lib/server/datasets';
import { clopperPearson } from '$lib/stats/binomial';
import { percentOf } from '$lib/stats/printedPrecision';
import { sourceRefs } from '$lib/site/chartProvenance';
import { rmpData } from '$lib/site/rmp/rmpData';
import { RMP_FACTS } from '$lib/site/rmp/rmpFacts';

/**
 * The rituximab RMP: the safety specification against its additional activities, and every incidence figure with
 * its recomputed percentage, Clopper–Pearson 95% interval (only where count and denominator are printed) and the
 * verification engine's percentage and denominator checks, computed here so the page ships no statistics code; with
 * the sources its plot cites.
 */
export function load() {
	const datasets = bundledDatasets();
	const refs = sourceRefs(datasets);
	return {
		...rmpData(datasets, bundledReport().checks, (x, n) => clopperPearson(x, n, 0.95), percentOf, RMP_FACTS),
		incidenceRefs: RMP_FACTS.incidence.map((id) => refs[id])
	};
}
