import type { Dataset } from '$lib/data/dataset';
import type { Row } from '$lib/data/parseDataset';
import type { Check } from '$lib/verify/check';
import type { Bilingual } from '../localized';
import type { SurveySchemas } from './rmpSurveyFacts';
import type { Activity, Survey, SurveyCheck, SurveyNumber } from './survey';
import { surveyDefaults } from './surveyDefaults';

/** What the survey planner's load sends: the surveys with their numbers, checks and defaults, and the activities. */
export interface SurveyPlannerData {
	readonly surveys: Survey[];
	readonly activities: Activity[];
}

const text = (r: Row, column: string): string => r[column] ?? '';
const both = (r: Row, base: string): Bilingual => ({ ja: text(r, `${base}_ja`), en: text(r, `${base}_en`) });
const lineOf = (r: Row): number => Number(r.source_line);

/** A rationale number as printed. */
function surveyNumber(r: Row): SurveyNumber {
	return {
		seq: Number(r.seq),
		role: text(r, 'role'),
		quantity: both(r, 'quantity'),
		value: text(r, 'value'),
		unit: text(r, 'unit'),
		count: text(r, 'count'),
		denominator: text(r, 'denominator'),
		textJa: text(r, 'text_ja'),
		line: lineOf(r)
	};
}

// a sample_size check's id is `dataset/survey/seq/sample_size` (verify/surveyChecks.ts)
const idPart = (c: Check, i: number): string => c.id.split('/')[i] ?? '';

function surveyCheck(c: Check): SurveyCheck {
	return {
		id: c.id,
		seq: Number(idPart(c, 2)),
		location: c.location,
		where: c.where,
		published: c.published,
		recomputed: c.recomputed,
		method: c.method,
		...(c.method_explanation ? { method_explanation: c.method_explanation } : {}),
		status: c.status,
		detail: c.detail,
		explanation: c.explanation,
		line: c.source_line
	};
}

/**
 * The surveys with their numbers, checks and calculator defaults, and the section 5 activities (a survey's with its
 * period), from the bundled datasets of the given schemas and the engine's checks.
 * @example surveyPlannerData(datasets, report.checks, RMP_SURVEY_FACTS.schemas).surveys[0].id // 'gus_cll'
 */
export function surveyPlannerData(
	datasets: readonly Dataset[],
	checks: readonly Check[],
	schemas: SurveySchemas
): SurveyPlannerData {
	const rows = (schema: string) => datasets.find((d) => d.entry.schema === schema)?.rows ?? [];
	const numberRows = rows(schemas.numbers);
	const sampleSizeChecks = checks.filter((c) => c.kind === 'sample_size');
	const surveys = rows(schemas.surveys).map((s): Survey => {
		const id = text(s, 'survey_id');
		const numbers = numberRows.filter((r) => r.survey_id === id).map(surveyNumber);
		return {
			id,
			name: both(s, 'name'),
			type: text(s, 'survey_type'),
			objective: both(s, 'objective'),
			period: both(s, 'period'),
			start: text(s, 'period_start'),
			end: text(s, 'period_end'),
			registration: both(s, 'registration_period'),
			targetN: text(s, 'target_n'),
			targetText: both(s, 'target_n_text'),
			observation: both(s, 'observation_period'),
			line: lineOf(s),
			numbers,
			checks: sampleSizeChecks.filter((c) => idPart(c, 1) === id).map(surveyCheck),
			defaults: surveyDefaults(numbers)
		};
	});
	const activities = rows(schemas.activities).map((a): Activity => {
		const survey = surveys.find((x) => x.id === a.activity_id);
		return {
			key: `${a.table}:${a.activity_id}`,
			section: text(a, 'table'),
			type: text(a, 'activity_type'),
			id: text(a, 'activity_id'),
			name: both(a, 'activity'),
			milestone: both(a, 'milestone_n'),
			timing: both(a, 'milestone_timing'),
			status: both(a, 'status'),
			report: both(a, 'report'),
			start: survey?.start || null,
			end: survey?.end || null,
			line: lineOf(a)
		};
	});
	return { surveys, activities };
}
