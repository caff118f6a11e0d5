import { bundledDatasets } from '$lib/server/datasets';
import { orrIntervalRows, responseTables } from '$lib/server/efficacyData';
import { forestRows, survivalPanels } from '$lib/server/survivalData';

/** Everything the slides draw (best-response tables, ORR intervals, rebuilt survival, forest plot) and the sources they cite. */
export function load() {
	const datasets = bundledDatasets();
	const sources = Object.fromEntries(
		datasets.filter((d) => d.entry.trial).map((d) => [d.entry.id, { table: d.entry.table, cutoff: d.entry.cutoff ?? null, trial: d.entry.trial ?? '' }])
	);
	return { responseTables: responseTables(datasets), orr: orrIntervalRows(datasets), panels: survivalPanels(datasets), forest: forestRows(datasets), sources };
}
