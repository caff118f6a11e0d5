import { bundledDatasets, bundledReport } from '$lib/server/datasets';
import { sourceRefs } from '$lib/site/chartProvenance';
import { RMP_SURVEY_FACTS } from '$lib/site/surveys/rmpSurveyFacts';
import { surveyPlannerData } from '$lib/site/surveys/surveyRows';

/**
 * The RMP's post-marketing surveys (rmp_surveys.csv) with every number of their sample-size rationales
 * (rmp_survey_numbers.csv), the engine's sample_size checks for them, and the section 5 activities (rmp_activities.csv);
 * with what the page links to and its charts cite.
 */
export function load() {
	const datasets = bundledDatasets();
	const refs = sourceRefs(datasets);
	const { document, documentPage, timelineExportName, schemas, datasets: cited } = RMP_SURVEY_FACTS;
	return {
		...surveyPlannerData(datasets, bundledReport().checks, schemas),
		document,
		documentPage,
		timelineExportName,
		powerRefs: [refs[cited.surveys], refs[cited.numbers]],
		timelineRefs: [refs[cited.activities]]
	};
}
