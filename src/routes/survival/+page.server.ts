import { bundledDatasets, bundledForests, bundledSurvivalPanels } from '$lib/server/datasets';
import { sourceRefs } from '$lib/site/chartProvenance';

/** Every rebuilt survival endpoint of the bundled documents, and their subgroup forest plots. */
export function load() {
	return { panels: bundledSurvivalPanels(), forests: bundledForests(), refs: sourceRefs(bundledDatasets()) };
}
