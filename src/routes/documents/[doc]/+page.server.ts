import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { error } from '@sveltejs/kit';
import { documentRef, profileBySlug } from '$lib/documents/profiles';
import { DOCUMENTS_DIR } from '$lib/documents/readDocuments';
import { bundledDatasets, bundledProfiles } from '$lib/server/datasets';
import { labelFields } from '$lib/site/datasetLabel';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => bundledProfiles().map((d) => ({ doc: d.slug }));

// the extraction kept some tables and lists as HTML: the page shows their text (the plain-text file keeps the markup)
const MARKUP = /<\/?[a-zA-Z][^<>]*>/g;
const withoutMarkup = (line: string) =>
	line.search(MARKUP) < 0 ? line : line.replace(MARKUP, ' ').replace(/ {2,}/g, ' ').trim();

export function load({ params }) {
	const profile = profileBySlug(bundledProfiles(), params.doc);
	if (!profile) error(404, `No document ${params.doc}`);
	// a document's folder is named by its slug (readDocuments checks it)
	const lines = readFileSync(join(DOCUMENTS_DIR, profile.slug, profile.file), 'utf8').split('\n');
	// which datasets cite each line, so a reader can go from the document back to the data
	const citedBy = new Map<number, Set<string>>();
	for (const d of bundledDatasets()) {
		if (d.entry.document !== profile.file) continue;
		for (const r of d.rows) {
			const n = Number(r.source_line);
			citedBy.set(n, (citedBy.get(n) ?? new Set()).add(d.entry.id));
		}
	}
	const titles = Object.fromEntries(
		bundledDatasets().map((d) => [d.entry.id, { ...labelFields(d.entry), table: d.entry.table }])
	);
	return {
		file: profile.file,
		document: documentRef(profile),
		lines: lines.map((text, i) => ({ n: i + 1, text: withoutMarkup(text), cited: [...(citedBy.get(i + 1) ?? [])] })),
		titles
	};
}
