// Node-side front door to the shared loader: the site's prerender step, the tests and the CLI all read data through here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateCatalog } from './catalog';
import { DataValidationError, type DataError } from './dataError';
import { loadCatalogWith, type Dataset } from './dataset';

export const DEFAULT_DATA_DIR = 'static/data';

/** Reads and validates catalog.json and every file it lists; returns all problems instead of throwing. */
export function readDataDir(dir: string = DEFAULT_DATA_DIR): { datasets: Dataset[]; errors: DataError[] } {
	// paths inside the project read as static/data/x.csv; others as given
	const label = (f: string) => {
		const rel = relative(process.cwd(), join(dir, f));
		return rel.startsWith('..') ? join(dir, f) : rel || f;
	};
	const catalogPath = join(dir, 'catalog.json');
	if (!existsSync(catalogPath)) {
		return { datasets: [], errors: [{ file: label('catalog.json'), row: null, column: null, expected: 'a catalog.json in the data folder', found: 'no such file' }] };
	}
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(catalogPath, 'utf8'));
	} catch (e) {
		return { datasets: [], errors: [{ file: label('catalog.json'), row: null, column: null, expected: 'valid JSON', found: (e as Error).message }] };
	}
	const { entries, errors } = validateCatalog(json, label('catalog.json'));
	const present = readdirSync(dir);
	const loaded = loadCatalogWith(
		entries,
		present,
		(f) => (present.includes(f) ? readFileSync(join(dir, f), 'utf8') : null),
		label('catalog.json')
	);
	const relabel = (e: DataError): DataError => (e.file.endsWith('.csv') && !e.file.includes('/') ? { ...e, file: label(e.file) } : e);
	return { datasets: [...loaded.datasets], errors: [...errors, ...loaded.errors].map(relabel) };
}

/** Like readDataDir, but throws one DataValidationError listing every problem. */
export function readDataDirOrThrow(dir: string = DEFAULT_DATA_DIR): Dataset[] {
	const { datasets, errors } = readDataDir(dir);
	if (errors.length > 0) throw new DataValidationError(errors);
	return datasets;
}
