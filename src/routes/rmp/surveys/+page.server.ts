import { bundledDatasets, bundledReport } from '$lib/server/datasets';
import { sourceRefs } from '$lib/site/chartProvenance';
import { surveyPlannerData } from '$lib/site/surveyPlanner';

/**
 * The RMP's post-marketing surveys (rmp_surveys.csv) with every number of their sample-size rationales
 * (rmp_survey_numbers.csv), the engine's sample_size checks for them, and the section 5 activities (rmp_activities.csv).
 */
export function load() {
	const datasets = bundledDatasets();
	return { ...surveyPlannerData(datasets, bundledReport().checks), refs: sourceRefs(datasets) };
}
