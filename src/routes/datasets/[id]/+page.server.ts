import { error } from '@sveltejs/kit';
import { bundledDatasets, bundledSurvivalPanels } from '$lib/server/datasets';
import { labelFields } from '$lib/site/datasetLabel';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => bundledDatasets().map((d) => ({ id: d.entry.id }));

/** The rebuilt endpoint a dataset feeds: what the page says of the rebuild and links to. */
function reconstructionOf(id: string) {
	const panel = bundledSurvivalPanels().find((p) => p.atRiskDataset === id || p.summaryDataset === id);
	return panel
		? {
				id: panel.id,
				endpoint: panel.endpoint,
				grid: panel.grid,
				gridStep: panel.gridStep,
				hr: { method: panel.hr.method }
			}
		: null;
}

export function load({ params }) {
	const all = bundledDatasets();
	const dataset = all.find((d) => d.entry.id === params.id);
	if (!dataset) error(404, `No dataset ${params.id}`);
	// every bundled dataset is read from a document folder, which names its document
	if (!dataset.source) error(500, `Dataset ${params.id} names no source document`);
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
		document: dataset.source,
		rows: dataset.rows,
		lines: dataset.lines,
		rates,
		siblings: siblings.map((d) => ({ id: d.entry.id, ...labelFields(d.entry), schema: d.entry.schema })),
		reconstruction: reconstructionOf(dataset.entry.id)
	};
}
