import { describe, expect, it } from 'vitest';
import {
	CALCULATOR_INPUTS,
	INPUT_QUERY_KEY,
	parseField,
	parseInputs,
	type InputTexts
} from '$lib/site/surveys/calculatorInputs';

// the pemphigus rationale as printed (rmp_survey_numbers.csv lines 474–484)
const pemphigus: InputTexts = {
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
};

describe('parseField', () => {
	it('accepts whole n ≥ 1 and percentages strictly between 0 and 100', () => {
		expect(parseField('n', '115')).toEqual({ value: 115 });
		expect(parseField('pct', '18.0')).toEqual({ value: 0.18 });
		expect(parseField('pct', '1,5')).toEqual({ value: 0.015 });
		expect(parseField('n', ' 1e2 ')).toEqual({ value: 100 });
	});
	it('says why it refuses an input', () => {
		expect(parseField('n', '')).toEqual({ error: 'required' });
		expect(parseField('n', 'abc')).toEqual({ error: 'not_number' });
		expect(parseField('n', '11.5')).toEqual({ error: 'n_whole' });
		expect(parseField('n', '0')).toEqual({ error: 'n_range' });
		expect(parseField('n', '100001')).toEqual({ error: 'n_range' });
		expect(parseField('pct', '0')).toEqual({ error: 'pct_range' });
		expect(parseField('pct', '100')).toEqual({ error: 'pct_range' });
		expect(parseField('pct', '-5')).toEqual({ error: 'pct_range' });
	});
});

describe('parseInputs', () => {
	it('reads every input: patients as numbers, percentages as proportions', () => {
		const r = parseInputs(pemphigus);
		expect(r.errors).toEqual({});
		expect(r.values).toMatchObject({
			detectionPatients: 125,
			detectionRate: 0.015,
			powerThreshold: 0.09,
			powerExpectedRate: 0.18,
			powerAlpha: 0.05,
			expectedRate: 0.09
		});
	});
	it('refuses an expected rate equal to the threshold, and names each refused input', () => {
		const r = parseInputs({ ...pemphigus, powerExpectedRate: '9.0', detectionPatients: '10.5' });
		expect(r.errors).toEqual({ powerExpectedRate: 'p1_equal', detectionPatients: 'n_whole' });
		expect(r.values.powerExpectedRate).toBeUndefined();
		expect(r.values.detectionPatients).toBeUndefined();
	});
});

describe('INPUT_QUERY_KEY', () => {
	it('keeps the link names published links carry, one per input', () => {
		expect(CALCULATOR_INPUTS.map((i) => INPUT_QUERY_KEY[i])).toEqual([
			'an',
			'ap',
			'at',
			'n',
			'p0',
			'p1',
			'alpha',
			'power',
			'en',
			'ep'
		]);
	});
});
