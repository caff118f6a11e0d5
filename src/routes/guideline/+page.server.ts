import { bundledDatasets } from '$lib/server/datasets';
import { criteriaTree } from '$lib/site/criteriaTree';
import { sourceRefs } from '$lib/site/chartProvenance';
import { algorithmRows, ecogScale, eligibilityGrid, timelineData } from '$lib/site/guidelineReference';

/** The guideline reference page: everything shaped here from the bundled datasets, so the page ships only what it shows. */
export function load() {
	const datasets = bundledDatasets();
	const facility = datasets.find((d) => d.entry.id === 'gl_s4_facility_requirements');
	if (!facility) throw new Error('guideline reference: gl_s4_facility_requirements is missing');
	return {
		eligibility: eligibilityGrid(datasets),
		ecog: ecogScale(datasets),
		facility: criteriaTree(facility.rows),
		algorithms: { crs: algorithmRows(datasets, 'crs'), neurologic: algorithmRows(datasets, 'neurologic') },
		timeline: timelineData(datasets),
		refs: sourceRefs(datasets)
	};
}
