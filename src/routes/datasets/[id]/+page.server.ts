import { error } from '@sveltejs/kit';
import { reconstructionsOf } from '$lib/documents/profiles';
import { bundledDatasets, bundledProfiles } from '$lib/server/datasets';
import { labelFields } from '$lib/site/datasetLabel';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => bundledDatasets().map((d) => ({ id: d.entry.id }));

/** The rebuilt endpoint a dataset feeds: the fields the page links with (the page data as before the spec had arms). */
function reconstructionOf(id: string) {
	const spec = reconstructionsOf(bundledProfiles()).find((r) => r.atRiskDataset === id || r.summaryDataset === id);
	return spec
		? {
				id: spec.id,
				endpoint: spec.endpoint,
				atRiskDataset: spec.atRiskDataset,
				summaryDataset: spec.summaryDataset,
				eventStatistic: spec.eventStatistic
			}
		: null;
}

export function load({ params }) {
	const all = bundledDatasets();
	const dataset = all.find((d) => d.entry.id === params.id);
	if (!dataset) error(404, `No dataset ${params.id}`);
	// other datasets transcribed from the same printed table (Table 2 is split into counts and rates)
	const siblings = all.filter(
		(d) =>
			d !== dataset &&
			d.entry.document === dataset.entry.document &&
			d.entry.table === dataset.entry.table &&
			d.entry.table.startsWith('Table')
	);
	const rates =
		dataset.entry.schema === 'response_category'
			? (siblings.find((d) => d.entry.schema === 'response_rate')?.rows ?? [])
			: [];
	return {
		entry: dataset.entry,
		document: dataset.source!,
		rows: dataset.rows,
		lines: dataset.lines,
		rates,
		siblings: siblings.map((d) => ({ id: d.entry.id, ...labelFields(d.entry), schema: d.entry.schema })),
		reconstruction: reconstructionOf(dataset.entry.id)
	};
}
