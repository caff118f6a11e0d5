// Node-side reader of one data folder (catalog.json + CSV files); src/lib/documents/readDocuments.ts reads each document's through it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateCatalog } from './catalog';
import type { DataError } from './dataError';
import { loadCatalogWith, type Dataset, type DocumentRef } from './dataset';

/**
 * A path as an error names it: relative to the project when inside it (src/lib/documents/rmp/x.csv), else as given.
 * @example projectPath(join(process.cwd(), 'src/lib/documents/rmp')) // 'src/lib/documents/rmp'
 */
export function projectPath(path: string): string {
	const rel = relative(process.cwd(), path);
	return rel.startsWith('..') ? path : rel || path;
}

/**
 * Reads and validates one document folder's catalog.json and every file it lists; returns all problems instead of
 * throwing. Every entry must name the folder's document (src/lib/documents/readDocuments.ts passes its profile).
 */
export function readDataDir(dir: string, document: DocumentRef): { datasets: Dataset[]; errors: DataError[] } {
	const label = (f: string) => projectPath(join(dir, f));
	const catalogPath = join(dir, 'catalog.json');
	if (!existsSync(catalogPath)) {
		return {
			datasets: [],
			errors: [
				{
					file: label('catalog.json'),
					row: null,
					column: null,
					expected: 'a catalog.json in the data folder',
					found: 'no such file'
				}
			]
		};
	}
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(catalogPath, 'utf8'));
	} catch (e) {
		return {
			datasets: [],
			errors: [
				{ file: label('catalog.json'), row: null, column: null, expected: 'valid JSON', found: (e as Error).message }
			]
		};
	}
	const { entries, errors } = validateCatalog(json, label('catalog.json'), [document.file]);
	const present = readdirSync(dir);
	const loaded = loadCatalogWith(
		entries,
		present,
		(f) => (present.includes(f) ? readFileSync(join(dir, f), 'utf8') : null),
		label('catalog.json'),
		document
	);
	const relabel = (e: DataError): DataError =>
		e.file.endsWith('.csv') && !e.file.includes('/') ? { ...e, file: label(e.file) } : e;
	return { datasets: [...loaded.datasets], errors: [...errors, ...loaded.errors].map(relabel) };
}
