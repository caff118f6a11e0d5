import { bundledDatasets, bundledProfiles } from '$lib/server/datasets';
import type { DatasetSummary } from '$lib/site/summary';

/** Every bundled dataset, listed under its document. */
export function load() {
	const datasets = bundledDatasets();
	return {
		documents: bundledProfiles().map((p) => ({
			slug: p.slug,
			name_ja: p.name_ja,
			name_en: p.name_en,
			datasets: datasets
				.filter((d) => d.entry.document === p.file)
				.map((d): DatasetSummary => ({ entry: d.entry, rowCount: d.rows.length }))
		}))
	};
}
