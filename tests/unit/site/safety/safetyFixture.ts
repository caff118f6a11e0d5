import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { clopperPearson } from '$lib/stats/binomial';
import { percentOf } from '$lib/stats/printedPrecision';
import { safetyData, type SafetyRecord } from '$lib/verify/safetyTables';
import { verifyCatalog } from '$lib/verify/verifyCatalog';
import { defaultSelection, normalizeSelection, type SafetySelection } from '$lib/site/safety/safetySelection';

// The safety page's data built as the server builds it, for the tests of site/safety/.

const { datasets, profiles } = readDocumentsOrThrow();
export const data = safetyData(
	datasets,
	verifyCatalog(datasets, profiles).checks,
	(x, n) => clopperPearson(x, n, 0.95),
	percentOf
);
export const def = defaultSelection(data.tables);

/** One trial's table, with other parts of the selection as given. */
export const one = (trial: string, extra: Partial<SafetySelection> = {}): SafetySelection =>
	normalizeSelection(data.tables, { ...def, trial, ...extra });

/** A printed cell by its check id. */
export function find(id: string): SafetyRecord {
	const record = data.records.find((r) => r.id === id);
	if (!record) throw new Error(`no safety record ${id}`);
	return record;
}
