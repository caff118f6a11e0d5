import type { DataError } from './dataError';
import { isSchemaKind, type SchemaKind } from './schemas';

/** The document of a reader's own file (the analysis page): not one of the bundled documents. */
export const UPLOAD_DOCUMENT = 'upload';

export interface CatalogEntry {
	readonly id: string;
	/** the source text's file name of the document it comes from (its document.json names it), or UPLOAD_DOCUMENT */
	readonly document: string;
	readonly section: string;
	readonly table: string;
	/** the table's title as printed (datasets split from one table share it) */
	readonly title_ja: string;
	readonly title_en: string;
	/** a short name unique to this dataset: table number, trial, what it holds, cut-off (a reader's upload has none) */
	readonly label_ja?: string;
	readonly label_en?: string;
	readonly cutoff: string | null;
	readonly trial: string | null;
	readonly population_ja: string | null;
	readonly population_en: string | null;
	/** the CI method the footnote states, "not stated", or null when the dataset has no interval */
	readonly ci_method_stated: string | null;
	/** the same in Japanese, null exactly when ci_method_stated is */
	readonly ci_method_stated_ja?: string | null;
	readonly footnotes: readonly string[];
	/** English translations of the footnotes, same count and order */
	readonly footnotes_en?: readonly string[];
	/** anything the data relies on that the document does not print, with its reasoning */
	readonly assumptions: readonly string[];
	/** the assumptions in Japanese, same count and order; `…` marks an identifier or a quote in Latin script */
	readonly assumptions_ja?: readonly string[];
	readonly file: string;
	readonly schema: SchemaKind;
	readonly source_lines: readonly [number, number];
}

const STRING_FIELDS = ['id', 'section', 'table', 'title_ja', 'title_en', 'label_ja', 'label_en', 'file'] as const;
const NULLABLE_FIELDS = [
	'cutoff',
	'trial',
	'population_ja',
	'population_en',
	'ci_method_stated',
	'ci_method_stated_ja'
] as const;
// each text list with its translation, which must hold as many items in the same order
const LIST_PAIRS = [
	['footnotes', 'footnotes_en'],
	['assumptions', 'assumptions_ja']
] as const;
const ALLOWED = new Set<string>([
	...STRING_FIELDS,
	...NULLABLE_FIELDS,
	'document',
	...LIST_PAIRS.flat(),
	'schema',
	'source_lines'
]);

const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s !== '');

/**
 * Validates the parsed catalog.json; problems name the entry (row = its 1-based position) and field.
 * `documents` are the source files an entry may name (a document folder's own).
 */
export function validateCatalog(
	json: unknown,
	file = 'catalog.json',
	documents: readonly string[] = []
): { entries: CatalogEntry[]; errors: DataError[] } {
	const errors: DataError[] = [];
	if (!Array.isArray(json)) {
		return { entries: [], errors: [{ file, row: null, column: null, expected: 'a JSON array of catalog entries' }] };
	}
	const entries: CatalogEntry[] = [];
	const ids = new Set<string>();
	const files = new Set<string>();
	const labels = { label_ja: new Set<string>(), label_en: new Set<string>() };
	json.forEach((raw: unknown, i) => {
		const row = i + 1;
		const err = (column: string, expected: string, found?: unknown) =>
			errors.push({ file, row, column, expected, found: found === undefined ? undefined : JSON.stringify(found) });
		if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
			errors.push({ file, row, column: null, expected: 'an object' });
			return;
		}
		const e = raw as Record<string, unknown>;
		const before = errors.length;
		for (const k of Object.keys(e))
			if (!ALLOWED.has(k)) err(k, 'only the catalog fields of docs/data-conventions.md', 'unknown field');
		for (const k of STRING_FIELDS) if (typeof e[k] !== 'string' || e[k] === '') err(k, 'a non-empty string', e[k]);
		for (const k of NULLABLE_FIELDS)
			if (!(e[k] === null || (typeof e[k] === 'string' && e[k] !== ''))) err(k, 'a non-empty string or null', e[k]);
		if (typeof e.document !== 'string' || !documents.includes(e.document))
			err(
				'document',
				documents.length
					? `one of ${documents.join(', ')} (the folder's document.json)`
					: 'a document named by a document.json',
				e.document
			);
		if (typeof e.schema !== 'string' || !isSchemaKind(e.schema))
			err('schema', 'a schema kind of src/lib/data/schemas.ts', e.schema);
		for (const [k, t] of LIST_PAIRS) {
			if (!isTextList(e[k])) err(k, 'an array of non-empty strings', e[k]);
			if (!isTextList(e[t])) err(t, 'an array of non-empty strings', e[t]);
			else if (isTextList(e[k]) && e[t].length !== e[k].length) {
				// either list may be the wrong one: name both
				err(k, `as many items as ${t} (${e[t].length})`, `${e[k].length} items`);
				err(t, `${e[k].length} translations, one per item of ${k} in the same order`, `${e[t].length} items`);
			}
		}
		if ((e.ci_method_stated === null) !== (e.ci_method_stated_ja === null)) {
			err('ci_method_stated', 'null exactly when ci_method_stated_ja is null', e.ci_method_stated);
			err('ci_method_stated_ja', 'null exactly when ci_method_stated is null', e.ci_method_stated_ja);
		}
		for (const k of ['label_ja', 'label_en'] as const) {
			if (typeof e[k] !== 'string') continue;
			if (labels[k].has(e[k])) err(k, 'a label not used by another entry', e[k]);
			labels[k].add(e[k]);
		}
		const lines = e.source_lines;
		if (
			!Array.isArray(lines) ||
			lines.length !== 2 ||
			!lines.every((n) => Number.isInteger(n) && n >= 1) ||
			lines[0] > lines[1]
		) {
			err('source_lines', '[first, last] line numbers with first ≤ last', lines);
		}
		if (typeof e.cutoff === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(e.cutoff))
			err('cutoff', 'a date as YYYY-MM-DD, or null', e.cutoff);
		if (typeof e.file === 'string' && !/^[a-z0-9_]+\.csv$/.test(e.file))
			err('file', 'a file name like name.csv (lowercase, digits, _)', e.file);
		if (typeof e.id === 'string') {
			if (!/^[a-z0-9_]+$/.test(e.id)) err('id', 'an id of lowercase letters, digits and _', e.id);
			if (ids.has(e.id)) err('id', 'an id not used by another entry', e.id);
			ids.add(e.id);
		}
		if (typeof e.file === 'string') {
			if (files.has(e.file)) err('file', 'a file not listed by another entry', e.file);
			files.add(e.file);
		}
		if (errors.length === before) entries.push(e as unknown as CatalogEntry);
	});
	return { entries, errors };
}
