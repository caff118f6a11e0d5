import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { error } from '@sveltejs/kit';
import { DOCUMENTS_DIR } from '$lib/documents/readDocuments';
import { bundledDatasets } from '$lib/server/datasets';
import type { EntryGenerator } from './$types';

export const prerender = true;

// every bundled CSV file, downloadable as /data/<file> (the files live with their document in src/lib/documents/<slug>/)
export const entries: EntryGenerator = () => bundledDatasets().map((d) => ({ file: d.entry.file }));

export function GET({ params }) {
	const d = bundledDatasets().find((x) => x.entry.file === params.file);
	if (!d?.source) error(404, `No data file ${params.file}`);
	return new Response(readFileSync(join(DOCUMENTS_DIR, d.source.slug, d.entry.file)), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
