import { CALCULATOR_INPUTS, INPUT_QUERY_KEY, type CalculatorInput, type InputTexts } from './calculatorInputs';

/** The query parameter naming the chosen survey. */
export const SURVEY_PARAM = 'survey';

/** What a link selects: a survey (null: the first) and the inputs typed over its printed values. */
export interface SurveySelection {
	readonly surveyId: string | null;
	readonly edited: Partial<Record<CalculatorInput, string>>;
}

/**
 * The selection a link carries: `survey` when it names one of the surveys, and every input present, as typed (the
 * calculator says what it refuses).
 * @example readSurveySelection(new URLSearchParams('survey=sus_nmosd&en=190'), ids) // { surveyId: 'sus_nmosd', edited: { expectedPatients: '190' } }
 */
export function readSurveySelection(params: URLSearchParams, surveyIds: readonly string[]): SurveySelection {
	const id = params.get(SURVEY_PARAM);
	const edited: Partial<Record<CalculatorInput, string>> = {};
	for (const input of CALCULATOR_INPUTS) {
		const v = params.get(INPUT_QUERY_KEY[input]);
		if (v !== null) edited[input] = v;
	}
	return { surveyId: id !== null && surveyIds.includes(id) ? id : null, edited };
}

/**
 * A survey and its inputs as query parameters, by their link names (for syncQuery, which drops those equal to the
 * defaults given in the same form).
 * @example selectionQuery('gus_pemphigus', texts) // { survey: 'gus_pemphigus', an: '125', ap: '1.5', …, ep: '9.0' }
 */
export function selectionQuery(surveyId: string, texts: InputTexts): Record<string, string> {
	const query: Record<string, string> = { [SURVEY_PARAM]: surveyId };
	for (const input of CALCULATOR_INPUTS) query[INPUT_QUERY_KEY[input]] = texts[input];
	return query;
}

/**
 * The survey a selection shows: the one it names, else the first.
 * @example chosenSurvey(surveys, null).id // 'gus_cll'
 */
export function chosenSurvey<S extends { readonly id: string }>(surveys: readonly S[], id: string | null): S {
	const survey = surveys.find((s) => s.id === id) ?? surveys[0];
	if (survey === undefined)
		throw new Error('chosenSurvey: the survey planner has no survey to show (no rows of the surveys schema)');
	return survey;
}
