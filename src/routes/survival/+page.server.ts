import { bundledDatasets, bundledRebuilds } from '$lib/server/datasets';
import { sourceRefs } from '$lib/site/chartProvenance';
import { forestRows, survivalPanels } from '$lib/site/survivalPanels';

export function load() {
	const datasets = bundledDatasets();
	return { panels: survivalPanels(datasets, bundledRebuilds()), forest: forestRows(datasets), refs: sourceRefs(datasets) };
}
