import type { Dataset } from '$lib/data/dataset';
import { profileBySlug, trialsOf } from '$lib/documents/profiles';
import { bundledDatasets, bundledProfiles } from '$lib/server/datasets';
import type { DatasetSummary } from '$lib/site/summary';
import type { Trial } from '$lib/site/trials';

export function load(): { datasets: DatasetSummary[]; trials: Trial[]; rmpDatasets: DatasetSummary[] } {
	const summary = (d: Dataset): DatasetSummary => ({ entry: d.entry, rowCount: d.rows.length });
	// the RMP has a page of its own (/rmp/), which the home page introduces with the RMP's datasets
	const rmp = profileBySlug(bundledProfiles(), 'rmp');
	return {
		datasets: bundledDatasets().map(summary),
		trials: trialsOf(bundledProfiles()),
		rmpDatasets: bundledDatasets()
			.filter((d) => d.entry.document === rmp?.file)
			.map(summary)
	};
}
