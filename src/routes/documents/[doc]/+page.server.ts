import { readFileSync } from 'node:fs';
import { error } from '@sveltejs/kit';
import { DOCUMENTS, documentBySlug } from '$lib/data/catalog';
import { bundledDatasets } from '$lib/server/datasets';
import { labelFields } from '$lib/site/datasetLabel';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => Object.values(DOCUMENTS).map((d) => ({ doc: d.short }));

// the extraction kept some tables and lists as HTML: the page shows their text (the plain-text file keeps the markup)
const MARKUP = /<\/?[a-zA-Z][^<>]*>/g;
const withoutMarkup = (line: string) => (line.search(MARKUP) < 0 ? line : line.replace(MARKUP, ' ').replace(/ {2,}/g, ' ').trim());

export function load({ params }) {
	const file = documentBySlug(params.doc);
	if (!file) error(404, `No document ${params.doc}`);
	const lines = readFileSync(`static/sources/${file}`, 'utf8').split('\n');
	// which datasets cite each line, so a reader can go from the document back to the data
	const citedBy = new Map<number, Set<string>>();
	for (const d of bundledDatasets()) {
		if (d.entry.document !== file) continue;
		for (const r of d.rows) {
			const n = Number(r.source_line);
			citedBy.set(n, (citedBy.get(n) ?? new Set()).add(d.entry.id));
		}
	}
	const titles = Object.fromEntries(bundledDatasets().map((d) => [d.entry.id, { ...labelFields(d.entry), table: d.entry.table }]));
	return {
		file,
		lines: lines.map((text, i) => ({ n: i + 1, text: withoutMarkup(text), cited: [...(citedBy.get(i + 1) ?? [])] })),
		titles
	};
}
