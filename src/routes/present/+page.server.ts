import { bundledDatasets, bundledRebuilds, bundledReport } from '$lib/server/datasets';
import { orrIntervalRows, responseTables } from '$lib/site/efficacyData';
import { forestRows, survivalPanels } from '$lib/site/survivalPanels';
import { clopperPearson } from '$lib/stats/binomial';
import { percentOf } from '$lib/stats/printedPrecision';
import { chartInput, defaultSelection, normalizeSelection, safetyData } from '$lib/site/safetyRows';

/** Everything the slides draw (best-response tables, ORR intervals, rebuilt survival, forest plot) and the sources they cite. */
export function load() {
	const datasets = bundledDatasets();
	const sources = Object.fromEntries(
		datasets.filter((d) => d.entry.trial).map((d) => [d.entry.id, { table: d.entry.table, cutoff: d.entry.cutoff ?? null, trial: d.entry.trial ?? '' }])
	);
	// the safety slide: the safety page's default view (pooled groups, shared terms, both grades), for all trials and each one
	const safety = safetyData(datasets, bundledReport().checks, (x, n) => clopperPearson(x, n, 0.95), percentOf);
	const base = defaultSelection(safety.tables);
	const safetySlides = Object.fromEntries(
		['all', ...safety.tables.map((t) => t.trial)].map((trial) => {
			const sel = normalizeSelection(safety.tables, { ...base, trial });
			const tables = safety.tables.filter((t) => trial === 'all' || t.trial === trial);
			return [
				trial,
				{
					ja: chartInput(safety, sel, 'ja', (s) => `${s.table.trial} · ${s.group.ja}`),
					en: chartInput(safety, sel, 'en', (s) => `${s.table.trial} · ${s.group.en}`),
					sources: tables.map((t) => t.id)
				}
			];
		})
	);
	return { responseTables: responseTables(datasets), orr: orrIntervalRows(datasets, bundledReport().checks), panels: survivalPanels(datasets, bundledRebuilds()), forest: forestRows(datasets), safety: safetySlides, sources };
}
