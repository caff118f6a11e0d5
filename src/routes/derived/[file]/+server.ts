import { error } from '@sveltejs/kit';
import { ipdCsv } from '$lib/data/ipdCsv';
import { bundledRebuilds } from '$lib/server/datasets';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => bundledRebuilds().map((e) => ({ file: `${e.spec.id}_ipd.csv` }));

/** Reconstructed patient-level data, prerendered as static CSV files (the reference arm first, as the spec orders them). */
export function GET({ params }) {
	const e = bundledRebuilds().find((x) => `${x.spec.id}_ipd.csv` === params.file);
	if (!e) error(404, `No reconstruction ${params.file}`);
	return new Response(ipdCsv(e.rebuild.ipd), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
