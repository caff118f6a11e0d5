import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/lib/data/dataset';
import { DOCUMENTS_DIR, readDocuments } from '../../src/lib/documents/readDocuments';

const loaded = readDocuments();
export const loadErrors = loaded.errors;
export const datasets: readonly Dataset[] = loaded.datasets;
export const profiles = loaded.profiles;

export function dataset(id: string): Dataset {
	const d = datasets.find((x) => x.entry.id === id);
	if (!d) throw new Error(`no dataset ${id}`);
	return d;
}

const sources = new Map<string, string[]>();
/** Lines of a document's text as committed in its folder, src/lib/documents/<slug>/ (index 0 = line 1). */
export function sourceLines(document: string): string[] {
	let lines = sources.get(document);
	if (!lines) {
		const profile = profiles.find((p) => p.file === document);
		if (!profile) throw new Error(`no document ${document}`);
		lines = readFileSync(join(DOCUMENTS_DIR, profile.slug, document), 'utf8').split('\n');
		sources.set(document, lines);
	}
	return lines;
}

/** The extraction's spacing and full-width forms vary; compare digits without them. */
export function normalise(text: string): string {
	return text
		.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
		.replace(/(\d),(\d{3})/g, '$1$2')
		.replace(/\\times/g, '×')
		.replace(/\\sim/g, '~')
		.replace(/\\pm\s*/g, '±')
		.replace(/\\%/g, '%')
		.replace(/\s*×\s*/g, '×')
		.replace(/\s*[~～]\s*/g, '~')
		.replace(/\^\s*(\d)/g, (_, d: string) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)] ?? d)
		.replace(/(\d)\s+([⁰¹²³⁴⁵⁶⁷⁸⁹])/g, '$1$2')
		.replace(/[$]/g, '');
}

/** Is the printed number on this line, as a whole number (not part of a longer one)? */
export function printedOn(line: string, value: string): boolean {
	const v = normalise(value)
		.replace(/\s+/g, ' ')
		.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\d.])${v}(?![\\d])`).test(normalise(line));
}
