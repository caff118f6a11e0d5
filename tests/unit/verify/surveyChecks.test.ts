import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '$lib/data/catalog';
import type { Dataset } from '$lib/data/dataset';
import type { DocumentProfile, SurveyRationale } from '$lib/documents/profile';
import { surveyChecks } from '$lib/verify/surveyChecks';
import { wholeYears } from '$lib/verify/surveyRecipes';

// a made-up plan: survey "s1" prints a rate of 10%, a 95% target, 30 evaluable patients and the n it needs, 29
const entry: CatalogEntry = {
	id: 'plan_numbers',
	document: 'plan.txt',
	section: '3',
	table: 'text',
	title_ja: '計画',
	title_en: 'Plan',
	cutoff: null,
	trial: null,
	population_ja: null,
	population_en: null,
	ci_method_stated: null,
	footnotes: [],
	assumptions: [],
	file: 'plan_numbers.csv',
	schema: 'rmp_survey_number',
	source_lines: [10, 12]
};
const row = (seq: number, value: string, quantity_en: string) => ({
	survey_id: 's1',
	seq: String(seq),
	role: 'x',
	quantity_ja: quantity_en,
	quantity_en,
	value,
	unit: '',
	count: '',
	denominator: '',
	text_ja: '',
	source_line: String(10 + seq)
});
const plan: Dataset = {
	entry,
	rows: [
		row(1, '30', 'evaluable patients'),
		row(2, '10', 'assumed rate'),
		row(3, '95', 'detection probability'),
		row(4, '29', 'patients needed')
	],
	lines: [2, 3, 4, 5]
};
const rationale: SurveyRationale = {
	survey: 's1',
	kind: 'min_n_one_event',
	result: 4,
	inputs: { rate: 2, target: 3, evaluable: 1 }
};
const profile = (survey_rationales: readonly SurveyRationale[]): DocumentProfile => ({
	file: 'plan.txt',
	slug: 'plan',
	language: 'en',
	short_en: 'Plan',
	short_ja: '計画',
	name_ja: '計画',
	name_en: 'Plan',
	title_ja: '計画',
	title_en: 'Plan',
	publisher_ja: '誰か',
	publisher_en: 'Someone',
	date: '2025-01',
	verification: {
		pooled_columns: [],
		subgroup_sums: [],
		context_denominators: [],
		statement_intervals: [],
		implied_rate_counts: [],
		survey_rationales
	},
	survival: { reconstructions: [] },
	pages: { trials: [], subgroup_forest: null }
});

describe('surveyChecks: min_n_one_event on a made-up plan', () => {
	it('finds 29: 1 − 0.9²⁸ = 0.9477 < 0.95 and 1 − 0.9²⁹ = 0.9529 ≥ 0.95', () => {
		const [c, ...rest] = surveyChecks([plan], [profile([rationale])]);
		expect(rest).toEqual([]);
		expect(c).toMatchObject({
			id: 'plan_numbers/s1/4/sample_size',
			document: 'plan.txt',
			// no `what`: the result row's own words
			location: 'Plan section 3, s1: patients needed',
			published: '29',
			recomputed: '29',
			status: 'reproduced',
			source_line: 14,
			detail:
				"p = 10%, target 95%: 1 − 0.9^28 = 0.9477 < 0.95, 1 − 0.9^29 = 0.9529 ≥ 0.95 → n = 29; the plan's 30 evaluable patients cover it."
		});
	});

	it('is a mismatch when the printed n is not the smallest one', () => {
		const printed30 = { ...plan, rows: plan.rows.map((r) => (r.seq === '4' ? { ...r, value: '30' } : r)) };
		expect(surveyChecks([printed30], [profile([rationale])])[0]).toMatchObject({
			recomputed: '29',
			status: 'mismatch'
		});
	});

	it('fails naming the profile field for a survey, a row or a quote the data does not have', () => {
		const at = 'plan/document.json: verification.survey_rationales[0]';
		expect(() => surveyChecks([plan], [profile([{ ...rationale, survey: 's2' }])])).toThrow(
			`${at}.survey: plan_numbers.csv has no rows of survey s2`
		);
		expect(() => surveyChecks([plan], [profile([{ ...rationale, inputs: { ...rationale.inputs, rate: 9 } }])])).toThrow(
			`${at}.inputs.rate: survey s1 has no row seq 9 in plan_numbers.csv`
		);
		// the "result" words must print the result's number
		expect(() =>
			surveyChecks(
				[plan],
				[
					profile([
						{ survey: 's1', kind: 'expected_count_without_rate', result: 4, inputs: { n: 1 }, quote: '28例程度' }
					])
				]
			)
		).toThrow(`${at}.quote: "28例程度" names 28, row seq 4 prints 29`);
		// a rate row without count/denominator cannot give n × count/denominator
		expect(() =>
			surveyChecks(
				[plan],
				[profile([{ survey: 's1', kind: 'expected_count', result: 4, inputs: { n: 1, rate: 2 }, quote: '29例程度' }])]
			)
		).toThrow(`${at}.inputs.rate: row seq 2 prints no count/denominator`);
		expect(() => surveyChecks([], [profile([rationale])])).toThrow(
			'plan/document.json: verification.survey_rationales: the document has no rmp_survey_number table'
		);
	});

	it('gives no checks for a document whose profile lists no rationale', () => {
		expect(surveyChecks([plan], [profile([])])).toEqual([]);
	});
});

describe('wholeYears', () => {
	it('counts a registration period, both days included', () => {
		// the RMP's systemic-sclerosis survey registers from 2022-03-01 to 2026-02-28: 4 years
		expect(wholeYears('2022-03-01', '2026-02-28')).toBe(4);
		expect(wholeYears('2024-03-01', '2025-02-28')).toBe(1);
		expect(() => wholeYears('2022-03-01', '2026-03-01')).toThrow('not a whole number of years');
	});
});
