import { bundledDatasets } from '$lib/server/datasets';
import { survivalPanel } from '$lib/site/survivalData';
import { rebuildEndpoints } from '$lib/verify/reconstructions';

export function load() {
	const datasets = bundledDatasets();
	return { panels: rebuildEndpoints(datasets).map((e) => survivalPanel(e, datasets)) };
}
