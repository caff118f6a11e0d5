import type { Dataset } from '$lib/data/dataset';
import type { DocumentProfile } from '$lib/documents/profile';
import { reconstructionsOf } from '$lib/documents/profiles';
import { readDocumentsOrThrow, type DocumentBundle } from '$lib/documents/readDocuments';
import type { Report } from '$lib/verify/check';
import { verifyCatalog } from '$lib/verify/verifyCatalog';
import { rebuildEndpoints, type RebuiltEndpoint } from '$lib/survival/bundledEndpoints';
import type { SurvivalPanel } from '$lib/site/survivalData';
import { forestViews, survivalPanels, type ForestView } from '$lib/site/survivalPanels';

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

let panels: SurvivalPanel[] | null = null;
let forests: ForestView[] | null = null;

/** The rebuilt survival panels (every rebuilt endpoint, in document order), once per build. */
export function bundledSurvivalPanels(): readonly SurvivalPanel[] {
	panels ??= survivalPanels(bundledDatasets(), bundledRebuilds(), bundledProfiles());
	return panels;
}

/** The subgroup forest plots the profiles name, once per build. */
export function bundledForests(): readonly ForestView[] {
	forests ??= forestViews(bundledDatasets(), bundledProfiles());
	return forests;
}
