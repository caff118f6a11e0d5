/**
 * Everything the survey planner (/rmp/surveys/) knows about the RMP it plans from, in one place so it can move into
 * the RMP's document profile: the document the source lines link into, the schemas of its survey tables, the datasets
 * its charts cite, the page it belongs to and the name of its timeline export. The generic survey modules next to this
 * file take these as parameters.
 */
export const RMP_SURVEY_FACTS = {
	/** the document whose lines the page links to (/documents/rmp/#L480) */
	document: 'rmp',
	/** the schemas of the surveys, of every number of their rationales and of the section 5 activities */
	schemas: { surveys: 'rmp_survey', numbers: 'rmp_survey_number', activities: 'rmp_activity' },
	/** the datasets an exported chart cites: the power curve cites the first two, the timeline the third */
	datasets: { surveys: 'rmp_surveys', numbers: 'rmp_survey_numbers', activities: 'rmp_activities' },
	/** the page the planner's "back" link returns to */
	documentPage: '/rmp/',
	/** the file name of the exported activity timeline */
	timelineExportName: 'rmp-activities'
} as const;

/** Which schemas hold the surveys, their numbers and the activities (RMP_SURVEY_FACTS.schemas). */
export interface SurveySchemas {
	readonly surveys: string;
	readonly numbers: string;
	readonly activities: string;
}
