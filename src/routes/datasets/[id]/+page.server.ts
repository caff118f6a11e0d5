import { error } from '@sveltejs/kit';
import { bundledDatasets } from '$lib/server/datasets';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => bundledDatasets().map((d) => ({ id: d.entry.id }));

export function load({ params }) {
	const dataset = bundledDatasets().find((d) => d.entry.id === params.id);
	if (!dataset) error(404, `No dataset ${params.id}`);
	return { entry: dataset.entry, rows: dataset.rows, lines: dataset.lines };
}
