import { bundledDatasets } from '$lib/server/datasets';
import type { DatasetSummary } from '$lib/site/summary';

export function load(): { datasets: DatasetSummary[] } {
	return { datasets: bundledDatasets().map((d) => ({ entry: d.entry, rowCount: d.rows.length })) };
}
