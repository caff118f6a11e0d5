import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { error } from '@sveltejs/kit';
import { DOCUMENTS_DIR } from '$lib/documents/readDocuments';
import { bundledProfiles } from '$lib/server/datasets';
import type { EntryGenerator } from './$types';

export const prerender = true;

// each source document's plain text, as /sources/<file> (it lives in its folder, src/lib/documents/<slug>/)
export const entries: EntryGenerator = () => bundledProfiles().map((p) => ({ file: p.file }));

export function GET({ params }) {
	const p = bundledProfiles().find((x) => x.file === params.file);
	if (!p) error(404, `No source document ${params.file}`);
	return new Response(readFileSync(join(DOCUMENTS_DIR, p.slug, p.file)), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}
