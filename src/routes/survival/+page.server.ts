import { bundledDatasets } from '$lib/server/datasets';
import { forestRows, survivalPanels } from '$lib/server/survivalData';

export function load() {
	const datasets = bundledDatasets();
	return { panels: survivalPanels(datasets), forest: forestRows(datasets) };
}
