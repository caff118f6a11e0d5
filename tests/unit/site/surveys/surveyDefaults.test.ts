import { describe, expect, it } from 'vitest';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { RMP_SURVEY_FACTS } from '$lib/site/surveys/rmpSurveyFacts';
import { defaultTexts, printedPowerN, surveyDefaults } from '$lib/site/surveys/surveyDefaults';
import { surveyPlannerData } from '$lib/site/surveys/surveyRows';
import type { SurveyNumber } from '$lib/site/surveys/survey';

const { surveys } = surveyPlannerData(readDocumentsOrThrow().datasets, [], RMP_SURVEY_FACTS.schemas);
const defaults = (id: string) => {
	const s = surveys.find((x) => x.id === id);
	if (!s) throw new Error(`no survey ${id}`);
	return s.defaults;
};

describe('surveyDefaults', () => {
	it('starts the calculator at the printed values of each rationale, with their lines', () => {
		expect(defaultTexts(defaults('gus_pemphigus'))).toEqual({
			detectionPatients: '125',
			detectionRate: '1.5',
			detectionTarget: '80',
			powerPatients: '115',
			powerThreshold: '9',
			powerExpectedRate: '18.0',
			powerAlpha: '5',
			powerTarget: '90',
			expectedPatients: '125',
			expectedRate: '9.0'
		});
		expect(defaults('gus_pemphigus').powerPatients).toEqual({ value: '115', seq: 21, line: 480 });
		expect(defaultTexts(defaults('gus_cll'))).toMatchObject({
			detectionPatients: '29',
			detectionRate: '10',
			detectionTarget: '95'
		});
		expect(defaultTexts(defaults('sus_nmosd'))).toMatchObject({ expectedPatients: '200', expectedRate: '5.3' });
	});

	it('marks example values where a rationale prints none: SSC prints no rate for its expected counts nor a power calculation', () => {
		expect(defaults('gus_ssc').expectedRate).toEqual({ value: '1', seq: null, line: null });
		expect(defaults('gus_ssc').powerThreshold.seq).toBeNull();
		expect(defaults('gus_ssc').expectedPatients).toEqual({ value: '360', seq: 17, line: 462 });
	});

	it('takes the survey evaluable (else target) n as the example n, else 100', () => {
		const row = (seq: number, role: string, value: string): SurveyNumber => ({
			seq,
			role,
			quantity: { ja: '', en: '' },
			value,
			unit: '',
			count: '',
			denominator: '',
			textJa: `sentence ${seq}`,
			line: 10 + seq
		});
		expect(surveyDefaults([row(1, 'target_n', '300')]).powerPatients).toEqual({ value: '300', seq: null, line: null });
		expect(surveyDefaults([row(1, 'target_n', '300'), row(2, 'evaluable_n', '250')]).detectionPatients.value).toBe(
			'250'
		);
		expect(surveyDefaults([]).expectedPatients.value).toBe('100');
		expect(surveyDefaults([]).powerTarget.value).toBe('80');
	});
});

describe('printedPowerN', () => {
	it('is the n the power rationale prints, or null where it prints none', () => {
		expect(printedPowerN(defaults('gus_pemphigus'))).toBe(115);
		expect(printedPowerN(defaults('gus_ssc'))).toBeNull();
	});
});
