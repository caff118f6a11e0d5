import { describe, expect, it } from 'vitest';
import { columnLabel, visibleColumns } from '$lib/site/columnLabels';
import { SCHEMAS } from '$lib/data/schemas';

describe('columnLabels', () => {
	it('labels every column of every schema in both languages', () => {
		const names = [...new Set(Object.values(SCHEMAS).flatMap((s) => s.columns.map((c) => c.name)))];
		expect(names.filter((n) => columnLabel(n, 'ja') === n || columnLabel(n, 'en') === n)).toEqual([]);
	});
	it('shows each translated column in the page language and a quote with no twin in both', () => {
		const survey = SCHEMAS.rmp_survey.columns.map((c) => c.name);
		expect(visibleColumns(survey, 'en')).toEqual(
			expect.arrayContaining(['period_en', 'target_n_text_en', 'observation_period_en', 'safety_concerns_en'])
		);
		expect(visibleColumns(survey, 'en').filter((n) => n.endsWith('_ja'))).toEqual([]);
		expect(visibleColumns(survey, 'ja').filter((n) => n.endsWith('_en'))).toEqual([]);
		const statements = SCHEMAS.numeric_statement.columns.map((c) => c.name);
		expect(visibleColumns(statements, 'en')).toContain('text_ja');
		expect(
			visibleColumns(
				SCHEMAS.survival_statistic.columns.map((c) => c.name),
				'en'
			)
		).toEqual(expect.arrayContaining(['statistic', 'statistic_en']));
	});
});
