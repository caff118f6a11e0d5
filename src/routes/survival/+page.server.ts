import { subgroupForestsOf } from '$lib/documents/profiles';
import { bundledDatasets, bundledProfiles, bundledRebuilds } from '$lib/server/datasets';
import { sourceRefs } from '$lib/site/chartProvenance';
import { forestRows, survivalPanels } from '$lib/site/survivalPanels';

export function load() {
	const datasets = bundledDatasets();
	return {
		panels: survivalPanels(datasets, bundledRebuilds()),
		forest: subgroupForestsOf(bundledProfiles()).flatMap((f) => forestRows(datasets, f)),
		refs: sourceRefs(datasets)
	};
}
