import { error } from '@sveltejs/kit';
import { bundledDatasets } from '$lib/server/datasets';
import { ipdCsv, rebuildEndpoints } from '$lib/verify/reconstructions';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => rebuildEndpoints(bundledDatasets()).map((e) => ({ file: `${e.spec.id}_ipd.csv` }));

/** Reconstructed patient-level data, prerendered as static CSV files. */
export function GET({ params }) {
	const e = rebuildEndpoints(bundledDatasets()).find((x) => `${x.spec.id}_ipd.csv` === params.file);
	if (!e) error(404, `No reconstruction ${params.file}`);
	return new Response(ipdCsv(e), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
