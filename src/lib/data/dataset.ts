import type { CatalogEntry } from './catalog';
import { formatDataError, type DataError } from './dataError';
import { parseDataset, type Row } from './parseDataset';
import { SCHEMAS } from './schemas';

/** The document a bundled dataset comes from, as its folder's document.json names and cites it. */
export interface DocumentRef {
	/** the source text's file name: the document's id in reports */
	readonly file: string;
	/** its path segment on the site ("guideline" → /documents/guideline/) */
	readonly slug: string;
	/** the language its text is written in: pages mark quotes of it with this lang */
	readonly language: 'ja' | 'en';
	/** how a sentence names it ("guideline", "RMP") */
	readonly short_en: string;
	readonly short_ja: string;
	/** a short title for headings and lists ("最適使用推進ガイドライン（アベクマ）") */
	readonly name_ja: string;
	readonly name_en: string;
	readonly title_ja: string;
	readonly title_en: string;
	readonly publisher_ja: string;
	readonly publisher_en: string;
	/** publication date as printed: YYYY-MM or YYYY-MM-DD */
	readonly date: string;
}

export interface Dataset {
	readonly entry: CatalogEntry;
	/** the bundled document it comes from; none for a reader's own file */
	readonly source?: DocumentRef;
	readonly rows: readonly Row[];
	/** file line of each row, parallel to rows */
	readonly lines: readonly number[];
}

export interface LoadedCatalog {
	readonly datasets: readonly Dataset[];
	readonly errors: readonly DataError[];
}

/**
 * Checks a catalog against the files it lists and the files present, both ways, and parses each file
 * against the schema its entry names. `readText` returns null for a missing file.
 */
export function loadCatalogWith(
	entries: readonly CatalogEntry[],
	presentFiles: readonly string[],
	readText: (file: string) => string | null,
	catalogFile = 'catalog.json',
	source?: DocumentRef
): LoadedCatalog {
	const errors: DataError[] = [];
	const listed = new Set(entries.map((e) => e.file));
	for (const f of presentFiles) {
		if (f.endsWith('.csv') && !listed.has(f)) {
			errors.push({
				file: f,
				row: null,
				column: null,
				expected: `an entry for this file in ${catalogFile}`,
				found: 'a CSV file the catalog does not list'
			});
		}
	}
	const datasets: Dataset[] = [];
	entries.forEach((entry, i) => {
		const text = readText(entry.file);
		if (text === null) {
			errors.push({
				file: catalogFile,
				row: i + 1,
				column: 'file',
				expected: 'a file that exists in the data folder',
				found: entry.file
			});
			return;
		}
		const parsed = parseDataset(text, entry.file, SCHEMAS[entry.schema]);
		errors.push(...parsed.errors);
		if (parsed.errors.length === 0)
			datasets.push({ entry, rows: parsed.rows, lines: parsed.lines, ...(source ? { source } : {}) });
	});
	return { datasets, errors };
}

export function describeErrors(errors: readonly DataError[]): string {
	return errors.map(formatDataError).join('\n');
}
