import type { Dataset } from '$lib/data/dataset';
import type { DocumentProfile } from '$lib/documents/profile';
import { reconstructionsOf } from '$lib/documents/profiles';
import { readDocumentsOrThrow, type DocumentBundle } from '$lib/documents/readDocuments';
import type { Report } from '$lib/verify/check';
import { verifyCatalog } from '$lib/verify/verifyCatalog';
import { rebuildEndpoints, type RebuiltEndpoint } from '$lib/survival/bundledEndpoints';

let bundle: DocumentBundle | null = null;
let report: Report | null = null;
let rebuilt: RebuiltEndpoint[] | null = null;

/** The bundled documents, validated once per build; a bad file fails the build with file, row and column. */
function bundled(): DocumentBundle {
	bundle ??= readDocumentsOrThrow();
	return bundle;
}

/** Every bundled dataset. */
export const bundledDatasets = (): readonly Dataset[] => bundled().datasets;

/** The profile of every bundled document (src/lib/documents/<slug>/document.json). */
export const bundledProfiles = (): readonly DocumentProfile[] => bundled().profiles;

/** The verification report of the bundled datasets, computed once per build (a dozen pages use it). */
export function bundledReport(): Report {
	report ??= verifyCatalog(bundledDatasets(), bundledProfiles(), bundledRebuilds());
	return report;
}

/** The survival endpoints the documents' profiles rebuild, once per build (the survival, trial and presentation pages and the IPD files use them). */
export function bundledRebuilds(): RebuiltEndpoint[] {
	rebuilt ??= rebuildEndpoints(bundledDatasets(), reconstructionsOf(bundledProfiles()));
	return rebuilt;
}
