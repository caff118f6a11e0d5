import type { DocumentBundle } from '$lib/documents/readDocuments';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';

/**
 * The guideline and the RMP only: the tests that pin their counts (1,455 checks, 960 percentages, MM-003's rebuilt
 * endpoints) are about these two documents, not about every document a folder may hold.
 */
export function guidelineAndRmp(): DocumentBundle {
	const { profiles, datasets } = readDocumentsOrThrow();
	const kept = profiles.filter((p) => p.slug === 'guideline' || p.slug === 'rmp');
	const files = new Set(kept.map((p) => p.file));
	return { profiles: kept, datasets: datasets.filter((d) => files.has(d.entry.document)) };
}
