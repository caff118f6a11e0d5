import type { Column, ColumnType } from './columnTypes';
import { printedValue } from './columnTypes';

// The binding description of each kind is docs/data-conventions.md; these lists mirror it column for column.

const text: ColumnType = { kind: 'text' };
const id: ColumnType = { kind: 'id' };
const count: ColumnType = { kind: 'count' };
const percent: ColumnType = { kind: 'percent' };
const printed: ColumnType = { kind: 'printed' };
const line: ColumnType = { kind: 'line' };
const date: ColumnType = { kind: 'date' };
const oneOf = (...values: string[]): ColumnType => ({ kind: 'enum', values });

/** A column whose name and requiredness stay literal types, so that typedRows.ts can derive each kind's row type. */
export type NamedColumn<N extends string, R extends boolean> = Column & { readonly name: N; readonly required: R };

const req = <N extends string>(name: N, type: ColumnType = text): NamedColumn<N, true> => ({
	name,
	type,
	required: true
});
const opt = <N extends string>(name: N, type: ColumnType = text): NamedColumn<N, false> => ({
	name,
	type,
	required: false
});

export const RESPONSE_CATEGORIES = ['sCR', 'CR', 'VGPR', 'PR', 'MR', 'SD', 'PD', 'NE'] as const;
export const RESPONDER_CATEGORIES = ['sCR', 'CR', 'VGPR', 'PR'] as const;

const group = [req('group_id', id), req('group_ja'), req('group_en')];
const optArm = [opt('arm_id', id), opt('arm_ja'), opt('arm_en')];
const arm = [req('arm_id', id), req('arm_ja'), req('arm_en')];

/** A rule across the cells of one row: returns the offending column and what was expected, or null. */
export interface RowRule {
	readonly check: (row: Record<string, string>) => { column: string; expected: string } | null;
}

/** count ≤ limit when both are plain numbers (a count larger than its N is an error). */
const notAbove = (column: string, limit: string): RowRule => ({
	check(row) {
		const a = printedValue(row[column] ?? '');
		const b = printedValue(row[limit] ?? '');
		if (a === null || b === null || a <= b) return null;
		return { column, expected: `a value no larger than ${limit} (${row[limit]})` };
	}
});

const ciOrdered: RowRule = {
	check(row) {
		const lo = printedValue(row.ci_lower ?? '');
		const hi = printedValue(row.ci_upper ?? '');
		if (lo === null || hi === null || lo <= hi) return null;
		return { column: 'ci_lower', expected: `a lower bound no larger than ci_upper (${row.ci_upper})` };
	}
};

/** A column's translation is filled exactly when the column is (an empty _ja cell means "not printed"). */
const paired = (ja: string): RowRule => {
	const en = ja.replace(/_ja$/, '_en');
	return {
		check(row) {
			const a = (row[ja] ?? '') !== '';
			const b = (row[en] ?? '') !== '';
			if (a === b) return null;
			return a
				? { column: en, expected: `a translation of ${ja} (${row[ja]})` }
				: { column: en, expected: `empty, as ${ja} is empty` };
		}
	};
};

/** One kind of dataset: its columns (C keeps their names for the row types) and its rules across cells. */
export interface Schema<C extends Column = Column> {
	readonly kind: string;
	readonly description: string;
	readonly columns: readonly C[];
	readonly rules: readonly RowRule[];
}

const schema = <C extends Column>(
	kind: string,
	description: string,
	columns: readonly C[],
	rules: RowRule[] = []
): Schema<C | NamedColumn<'source_line', true>> => ({
	kind,
	description,
	columns: [...columns, req('source_line', line)],
	rules
});

export const SCHEMAS = {
	response_category: schema(
		'response_category',
		'Best response counts by group (IMWG categories)',
		[
			...group,
			...optArm,
			opt('n', count),
			req('category', oneOf(...RESPONSE_CATEGORIES)),
			req('category_ja'),
			req('category_en'),
			req('count', count),
			opt('percent', percent),
			opt('footnote_refs')
		],
		[notAbove('count', 'n')]
	),
	response_rate: schema(
		'response_rate',
		'Responders, overall response rate, its interval and test',
		[
			...group,
			...optArm,
			opt('n', count),
			req('responders', count),
			opt('responders_footnote_refs'),
			req('orr_percent', percent),
			opt('ci_level', printed),
			opt('ci_lower', printed),
			opt('ci_upper', printed),
			req('ci_method_stated', oneOf('clopper-pearson', 'wald', 'not stated')),
			opt('p_value', printed),
			opt('p_value_sided', oneOf('one-sided', 'two-sided')),
			opt('test_stated'),
			opt('threshold_percent', percent)
		],
		[notAbove('responders', 'n'), ciOrdered]
	),
	survival_statistic: schema(
		'survival_statistic',
		'Time-to-event summaries: events, medians, hazard ratios, p-values, landmark rates',
		[
			req('endpoint', oneOf('PFS', 'OS')),
			...group,
			...arm,
			opt('n', count),
			req(
				'statistic',
				oneOf(
					'events',
					'progression',
					'death_before_progression',
					'deaths',
					'median',
					'hazard_ratio',
					'p_value',
					'landmark_survival'
				)
			),
			req('statistic_ja'),
			req('statistic_en'),
			opt('count', count),
			opt('percent', percent),
			opt('estimate', printed),
			opt('ci_level', printed),
			opt('ci_lower', printed),
			opt('ci_upper', printed),
			opt('unit'),
			opt('time_point', printed),
			opt('sided', oneOf('one-sided', 'two-sided')),
			opt('method_stated'),
			opt('footnote_refs')
		],
		[notAbove('count', 'n'), ciOrdered]
	),
	at_risk: schema('at_risk', 'Numbers at risk printed under a Kaplan–Meier figure', [
		req('endpoint', oneOf('PFS', 'OS')),
		...arm,
		req('index', count),
		req('time_assumed', printed),
		req('n_at_risk', count)
	]),
	adverse_reaction: schema(
		'adverse_reaction',
		'Adverse reactions by MedDRA SOC and preferred term, all grades and grade ≥3',
		[
			req('level', oneOf('any', 'soc', 'pt')),
			req('soc_ja'),
			req('soc_en'),
			opt('pt_ja'),
			opt('pt_en'),
			...group,
			req('n', count),
			req('grade', oneOf('all', '3plus')),
			req('count', count),
			opt('percent', percent)
		],
		[notAbove('count', 'n')]
	),
	numeric_statement: schema(
		'numeric_statement',
		'A number stated in the running text, with the clause that holds it',
		[
			req('statement_id', id),
			req('section'),
			opt('trial'),
			req('topic', id),
			opt('group_ja'),
			opt('group_en'),
			req('quantity_ja'),
			req('quantity_en'),
			req('value'),
			opt('count', count),
			opt('denominator', count),
			opt('percent', printed),
			opt('unit'),
			opt('range_lower'),
			opt('range_upper'),
			req('text_ja')
		],
		[notAbove('count', 'denominator')]
	),
	footnote: schema('footnote', 'Footnotes, verbatim', [
		req('footnote_id', id),
		req('marker'),
		req('context'),
		req('text_ja'),
		req('text_en')
	]),
	criteria: schema('criteria', 'Criteria, requirements and definitions as structured rows', [
		req('item_id', id),
		opt('parent_id', id),
		req('list', id),
		req('order', count),
		opt('code'),
		req('text_ja'),
		req('text_en'),
		opt('footnote_refs')
	]),
	algorithm: schema('algorithm', 'Toxicity management algorithm, grade by grade', [
		req('algorithm', oneOf('crs', 'neurologic')),
		req('grade'),
		opt('grade_definition_ja'),
		opt('grade_definition_en'),
		req('column', oneOf('tocilizumab', 'corticosteroid', 'management')),
		req('step', count),
		opt('condition_ja'),
		opt('condition_en'),
		req('action_ja'),
		req('action_en')
	]),
	rmp_safety_concern: schema('rmp_safety_concern', 'RMP safety specification', [
		req('concern_id', id),
		req(
			'category',
			oneOf('important_identified_risk', 'important_potential_risk', 'missing_information', 'efficacy_consideration')
		),
		req('order', count),
		req('name_ja'),
		req('name_en'),
		opt('pv_additional'),
		opt('rm_additional')
	]),
	rmp_incidence: schema(
		'rmp_incidence',
		'Incidence figures "x% (a/b 例)" of the RMP',
		[
			req('incidence_id', id),
			req('concern_id', id),
			opt('trial_id'),
			opt('region', oneOf('domestic', 'foreign')),
			req('indication_ja'),
			req('indication_en'),
			opt('population_ja'),
			opt('population_en'),
			opt('arm_ja'),
			opt('arm_en'),
			opt('phase_ja'),
			opt('phase_en'),
			req('event_ja'),
			req('event_en'),
			opt('grade'),
			opt('seriousness', oneOf('serious', 'non-serious')),
			req('percent', printed),
			opt('count', count),
			opt('denominator', count),
			opt('qualifier'),
			req('text_ja')
		],
		[notAbove('count', 'denominator')]
	),
	rmp_survey: schema(
		'rmp_survey',
		'Post-marketing surveys of the pharmacovigilance plan',
		[
			req('survey_id', id),
			req('name_ja'),
			req('name_en'),
			req('survey_type', id),
			req('safety_concerns_ja'),
			req('safety_concerns_en'),
			req('objective_ja'),
			req('objective_en'),
			req('period_ja'),
			req('period_en'),
			opt('period_start', date),
			opt('period_end', date),
			opt('registration_period_ja'),
			opt('registration_period_en'),
			req('target_n', count),
			req('target_n_text_ja'),
			req('target_n_text_en'),
			opt('observation_period_ja'),
			opt('observation_period_en')
		],
		[paired('registration_period_ja'), paired('observation_period_ja')]
	),
	rmp_survey_number: schema(
		'rmp_survey_number',
		'Every number in a survey’s sample-size rationale',
		[
			req('survey_id', id),
			req('seq', count),
			req('role', id),
			req('quantity_ja'),
			req('quantity_en'),
			req('value'),
			opt('unit'),
			opt('count', count),
			opt('denominator', count),
			req('text_ja')
		],
		[notAbove('count', 'denominator')]
	),
	rmp_activity: schema(
		'rmp_activity',
		'RMP section 5 activity lists with status',
		[
			req('table', oneOf('5.1', '5.2', '5.3')),
			req('activity_type', oneOf('routine', 'additional')),
			req('activity_id', id),
			req('activity_ja'),
			req('activity_en'),
			opt('milestone_n_ja'),
			opt('milestone_n_en'),
			opt('milestone_timing_ja'),
			opt('milestone_timing_en'),
			opt('status_ja'),
			opt('status_en'),
			opt('report_ja'),
			opt('report_en')
		],
		[paired('milestone_n_ja'), paired('milestone_timing_ja'), paired('report_ja')]
	)
} as const satisfies Record<string, Schema>;

export type SchemaKind = keyof typeof SCHEMAS;

export function isSchemaKind(kind: string): kind is SchemaKind {
	return Object.hasOwn(SCHEMAS, kind);
}
