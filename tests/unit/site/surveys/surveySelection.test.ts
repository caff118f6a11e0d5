import { describe, expect, it } from 'vitest';
import { chosenSurvey, readSurveySelection, selectionQuery } from '$lib/site/surveys/surveySelection';
import type { InputTexts } from '$lib/site/surveys/calculatorInputs';

const ids = ['gus_cll', 'gus_ssc', 'gus_pemphigus', 'sus_nmosd'];
const texts: InputTexts = {
	detectionPatients: '125',
	detectionRate: '1.5',
	detectionTarget: '80',
	powerPatients: '122',
	powerThreshold: '9',
	powerExpectedRate: '18.0',
	powerAlpha: '5',
	powerTarget: '90',
	expectedPatients: '125',
	expectedRate: '9.0'
};

describe('readSurveySelection', () => {
	it('reads the survey and every input a link carries, by their link names', () => {
		expect(readSurveySelection(new URLSearchParams('survey=sus_nmosd&en=190'), ids)).toEqual({
			surveyId: 'sus_nmosd',
			edited: { expectedPatients: '190' }
		});
		expect(readSurveySelection(new URLSearchParams('n=122&p0=9&ep=abc'), ids)).toEqual({
			surveyId: null,
			edited: { powerPatients: '122', powerThreshold: '9', expectedRate: 'abc' }
		});
	});
	it('ignores a survey it does not hold and parameters of no input', () => {
		expect(readSurveySelection(new URLSearchParams('survey=nonsense&x=1'), ids)).toEqual({
			surveyId: null,
			edited: {}
		});
	});
});

describe('selectionQuery', () => {
	it('writes the survey and the inputs under their link names, in the order of the form', () => {
		const q = selectionQuery('gus_pemphigus', texts);
		expect(Object.keys(q)).toEqual(['survey', 'an', 'ap', 'at', 'n', 'p0', 'p1', 'alpha', 'power', 'en', 'ep']);
		expect(q).toMatchObject({ survey: 'gus_pemphigus', n: '122', p1: '18.0', ep: '9.0' });
	});
	it('round-trips through a link', () => {
		const link = new URLSearchParams(selectionQuery('gus_ssc', texts));
		expect(readSurveySelection(link, ids)).toEqual({ surveyId: 'gus_ssc', edited: texts });
	});
});

describe('chosenSurvey', () => {
	const surveys = ids.map((id) => ({ id }));
	it('is the named survey, else the first', () => {
		expect(chosenSurvey(surveys, 'sus_nmosd').id).toBe('sus_nmosd');
		expect(chosenSurvey(surveys, null).id).toBe('gus_cll');
		expect(chosenSurvey(surveys, 'gone').id).toBe('gus_cll');
	});
	it('says so when there is no survey at all', () => {
		expect(() => chosenSurvey([], null)).toThrow(/no survey to show/);
	});
});
