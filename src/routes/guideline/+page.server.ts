import { bundledDatasets } from '$lib/server/datasets';
import { sourceRefs } from '$lib/site/chartProvenance';
import { guidelineData } from '$lib/site/guideline/guidelineData';
import { GUIDELINE_FACTS } from '$lib/site/guideline/guidelineFacts';

/**
 * The guideline reference page: everything shaped here from the bundled datasets, so the page ships only what it
 * shows; with the sources its timeline cites.
 */
export function load() {
	const datasets = bundledDatasets();
	const refs = sourceRefs(datasets);
	const cited = GUIDELINE_FACTS.timeline.datasets;
	return {
		...guidelineData(datasets, GUIDELINE_FACTS),
		timelineRefs: [cited.steps, cited.efficacy, cited.section6].map((id) => refs[id])
	};
}
