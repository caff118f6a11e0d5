import type { DataError } from '$lib/data/dataError';
import type { DocumentRef } from '$lib/data/dataset';
import {
	isSurveyRecipeKind,
	SURVEY_RECIPE_KINDS,
	type SurveyRecipeInput,
	type SurveyRecipeKind,
	type SurveyRecipeKindSpec
} from './surveyRecipeKinds';

/**
 * What the generic engines need to know about one document that its tables do not say: which columns are sums of
 * others, which populations a passage's percentages refer to, which datasets rebuild survival and how. One
 * `document.json` per document folder (src/lib/documents/<slug>/) holds it; docs/architecture.md explains the fields.
 * Its first fields name and cite the document (DocumentRef).
 */
export interface DocumentProfile extends DocumentRef {
	/** where the site lists the document among the others (1 first); documents without one follow, by slug */
	readonly order?: number;
	readonly verification: VerificationProfile;
	readonly survival: SurvivalProfile;
	readonly pages: PagesProfile;
}

/** Facts the verification engine checks the document's numbers against. */
export interface VerificationProfile {
	/** columns the headers define as sums of other columns ("150～450×10⁶" = 150 + 300 + 450) */
	readonly pooled_columns: readonly PooledColumn[];
	/** subgroups that partition a total group, per arm (e.g. prior regimens 2, 3, 4 = the ITT arm) */
	readonly subgroup_sums: readonly SubgroupSum[];
	/** percentages printed with a count but no "/N": the populations their passage names */
	readonly context_denominators: readonly ContextDenominator[];
	/** sentences of the running text that repeat a table's interval: where their counts are printed */
	readonly statement_intervals: readonly StatementInterval[];
	/** expected counts a passage prints from a rate it relies on without printing it: where the rate's counts are */
	readonly implied_rate_counts: readonly ImpliedRateCount[];
	/** the sample-size rationales of the document's surveys: which formula recomputes which printed row from which */
	readonly survey_rationales: readonly SurveyRationale[];
}

export interface PooledColumn {
	readonly dataset: string;
	readonly pooled: string;
	readonly parts: readonly string[];
}

export interface SubgroupSum {
	readonly dataset: string;
	/** the group_id of the total ("overall") */
	readonly total: string;
	readonly parts: readonly string[];
	readonly arms: readonly string[];
	/** the statistic row whose n and count are summed ("events") */
	readonly statistic: string;
}

export interface ContextDenominator {
	readonly statements: readonly string[];
	readonly candidates: readonly ContextPopulation[];
}

export interface ContextPopulation {
	readonly n: number;
	/** the line of the source text that states n */
	readonly line: number;
	/** a stable code for the population, in reports */
	readonly population: string;
	readonly population_en: string;
	readonly population_ja: string;
}

export interface StatementInterval {
	readonly statement: string;
	readonly dataset: string;
	readonly group: string;
	/** the method the statement's footnote states (an interval method id) */
	readonly stated_method: string;
}

/**
 * An expected count ("7例程度") a passage states for a population at a rate it does not print, e.g. "the same
 * incidence as trial X": the rate is numerator/denominator from other lines (1 of X's 48 patients had the event).
 * The engine recomputes n × numerator/denominator and settles the check `check` with it (verify/impliedRateCounts.ts).
 */
export interface ImpliedRateCount {
	/** the id of the check of the printed count in `npm run verify -- --json` ("<dataset>/…"): the fact settles it */
	readonly check: string;
	/** the population the passage counts in, and the line that states it */
	readonly n: number;
	readonly n_line: number;
	/** the rate's events and patients, each with the line it comes from (0 events: a rate of 0) */
	readonly numerator: number;
	readonly numerator_line: number;
	readonly denominator: number;
	readonly denominator_line: number;
	/** the expected count exactly as printed, with its words ("7例程度": 程度 or 約 reads "about"), and its line */
	readonly printed: string;
	readonly printed_line: number;
	/** why the passage's rate is numerator/denominator, in a sentence in each language */
	readonly reasoning_ja: string;
	readonly reasoning_en: string;
}

/**
 * One printed number of a survey's sample-size rationale and how to recompute it: a formula (`kind`,
 * documents/surveyRecipeKinds.ts) and the rows it reads, by their seq in the document's rmp_survey_number table
 * (verify/surveyChecks.ts). E.g. gus_cll's 29 patients (seq 14) are the smallest n that sees one event at a rate of
 * 10% (seq 11) with 95% probability (seq 12).
 */
export type SurveyRationale = { [K in SurveyRecipeKind]: SurveyRationaleOf<K> }[SurveyRecipeKind];

export interface SurveyRationaleOf<K extends SurveyRecipeKind> {
	/** the survey_id of the rows */
	readonly survey: string;
	readonly kind: K;
	/** the seq of the row that prints the number the check recomputes */
	readonly result: number;
	/** the seq of each row the formula reads, by the name the kind gives it */
	readonly inputs: Readonly<Record<SurveyRecipeInput<K>, number>>;
	/** what the number is, in English, in the check's location; the result row's quantity_en when not given */
	readonly what?: string;
	/** the passage's words the check quotes, as printed ("11例程度", "80%の確率で", "概ね"), for kinds that quote */
	readonly quote?: string;
	/** the comparator trial whose rate the passage assumes, as it names it ("RIN-1"), for kinds that take one */
	readonly trial?: string;
}

/** Survival endpoints the document prints as numbers at risk plus a summary table: rebuilt in table mode. */
export interface SurvivalProfile {
	readonly reconstructions: readonly ReconstructionProfile[];
}

export interface ReconstructionProfile {
	/** id of the rebuilt data: its file is /derived/<id>_ipd.csv */
	readonly id: string;
	readonly endpoint: 'PFS' | 'OS';
	readonly at_risk_dataset: string;
	readonly summary_dataset: string;
	/** the summary statistic that counts the endpoint's events */
	readonly event_statistic: 'events' | 'deaths';
	/** arm ids, the reference arm first: the hazard ratio is printed as "the other vs the reference" */
	readonly arms: readonly [string, string];
	/** whether the document prints the times of the numbers at risk ("printed") or the transcription assumes them */
	readonly grid: 'printed' | 'assumed';
	/** the spacing of the numbers-at-risk times, in months (printed, or assumed: see `grid`) */
	readonly grid_months: number;
	/** how the document computed its hazard ratio ("a Cox model stratified by age, …"), when it says so */
	readonly hr_method_ja?: string;
	readonly hr_method_en?: string;
}

/** What the document's pages show beyond its datasets: its trials, and the subgroup forest plot. */
export interface PagesProfile {
	/** the trials the document reports, in the order it presents them: each gets a page /trials/<slug>/ */
	readonly trials: readonly TrialProfile[];
	/** the subgroup hazard ratios drawn as a forest plot, or null */
	readonly subgroup_forest: SubgroupForest | null;
}

export interface TrialProfile {
	/** as the catalog's trial field names it ("MM-001") */
	readonly id: string;
	readonly slug: string;
	/** one line on the trial's design, in the document's terms */
	readonly summary_ja: string;
	readonly summary_en: string;
}

export interface SubgroupForest {
	readonly endpoint: 'PFS' | 'OS';
	/** survival_statistic datasets whose hazard_ratio rows are the plot's rows, in order */
	readonly datasets: readonly string[];
	/** rows left out, each with the reason (e.g. one that repeats another table's row) */
	readonly omit: readonly { dataset: string; group: string; why: string }[];
	/** arm ids, the reference arm first: the axis reads "the other / the reference" */
	readonly arms: readonly [string, string];
	/** a sentence under the plot on rows that need one (e.g. a ratio printed from a handful of patients) */
	readonly note_ja?: string;
	readonly note_en?: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every(isText);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1;
const isOptionalText = (v: unknown) => v === undefined || isText(v);
const twoArms = (x: unknown) => isTextList(x) && x.length === 2 && x[0] !== x[1];

/**
 * Validates a parsed document.json. Problems name the file and the field's path ("verification.pooled_columns[2].parts").
 * @example validateProfile({ file: 'x.txt' }, 'x/document.json').errors[0].column // 'slug'
 */
export function validateProfile(json: unknown, file: string): { profile: DocumentProfile | null; errors: DataError[] } {
	const errors: DataError[] = [];
	const err = (column: string, expected: string, found?: unknown) =>
		errors.push({ file, row: null, column, expected, found: found === undefined ? undefined : JSON.stringify(found) });
	if (!isObject(json)) {
		err('(document)', 'a JSON object: the document profile');
		return { profile: null, errors };
	}
	for (const k of [
		'file',
		'slug',
		'short_en',
		'short_ja',
		'name_ja',
		'name_en',
		'title_ja',
		'title_en',
		'publisher_ja',
		'publisher_en',
		'date'
	])
		if (!isText(json[k])) err(k, 'a non-empty string', json[k]);
	if (isText(json.slug) && !/^[a-z0-9-]+$/.test(json.slug)) err('slug', 'lowercase letters, digits and -', json.slug);
	if (json.language !== 'ja' && json.language !== 'en')
		err('language', '"ja" or "en": the language of the source text', json.language);
	if (isText(json.date) && !/^\d{4}-\d{2}(-\d{2})?$/.test(json.date)) err('date', 'YYYY-MM or YYYY-MM-DD', json.date);
	if (json.order !== undefined && !isCount(json.order)) err('order', 'a whole number ≥ 1, or no field', json.order);

	/** Checks a list of objects field by field; `fields` maps a field to its test and what it expects. */
	const list = (path: string, value: unknown, fields: Record<string, [(v: unknown) => boolean, string]>) => {
		if (!Array.isArray(value)) return err(path, 'an array (empty when the document has none)', value);
		value.forEach((item, i) => {
			if (!isObject(item)) return err(`${path}[${i}]`, 'an object', item);
			for (const k of Object.keys(item))
				if (!(k in fields)) err(`${path}[${i}].${k}`, `only ${Object.keys(fields).join(', ')}`, 'unknown field');
			for (const [k, [ok, expected]] of Object.entries(fields))
				if (!ok(item[k])) err(`${path}[${i}].${k}`, expected, item[k]);
		});
	};
	const text: [(v: unknown) => boolean, string] = [isText, 'a non-empty string'];
	const texts: [(v: unknown) => boolean, string] = [isTextList, 'a non-empty array of non-empty strings'];
	const count: [(v: unknown) => boolean, string] = [isCount, 'a whole number ≥ 1'];
	const optionalText: [(v: unknown) => boolean, string] = [isOptionalText, 'a non-empty string, or no field'];
	/** Both languages of an optional text, or neither. */
	const pairs = (path: string, item: unknown, base: string) => {
		if (isObject(item) && (item[`${base}_ja`] === undefined) !== (item[`${base}_en`] === undefined))
			err(`${path}.${base}_en`, `${base}_ja and ${base}_en together, or neither`, 'one of them');
	};

	/** Each survey rationale: a known kind, the seq of each of its inputs and no other, its words when it quotes. */
	const surveyRationales = (value: unknown) => {
		const path = 'verification.survey_rationales';
		const kinds = Object.keys(SURVEY_RECIPE_KINDS).join(', ');
		list(path, value, {
			survey: text,
			kind: [isSurveyRecipeKind, `one of ${kinds}`],
			result: [isCount, 'the seq of the row that prints the result (a whole number ≥ 1)'],
			inputs: [isObject, 'an object: the seq of each row the kind reads, by its name'],
			what: optionalText,
			quote: optionalText,
			trial: optionalText
		});
		if (!Array.isArray(value)) return;
		value.forEach((item, i) => {
			if (!isObject(item) || !isSurveyRecipeKind(item.kind)) return;
			const spec: SurveyRecipeKindSpec = SURVEY_RECIPE_KINDS[item.kind];
			const at = `${path}[${i}]`;
			if (isObject(item.inputs)) {
				for (const name of spec.inputs)
					if (!isCount(item.inputs[name]))
						err(
							`${at}.inputs.${name}`,
							`the seq of the row that prints ${name} (a whole number ≥ 1)`,
							item.inputs[name]
						);
				for (const name of Object.keys(item.inputs))
					if (!spec.inputs.includes(name))
						err(`${at}.inputs.${name}`, `only ${spec.inputs.join(', ')} (the inputs of ${item.kind})`, 'unknown input');
			}
			if (spec.quote && item.quote === undefined)
				err(`${at}.quote`, `the passage's words as printed: ${item.kind} quotes them`, item.quote);
			if (!spec.quote && item.quote !== undefined)
				err(`${at}.quote`, `no field: ${item.kind} quotes no words`, item.quote);
			if (!spec.trial && item.trial !== undefined)
				err(`${at}.trial`, `no field: ${item.kind} names no trial`, item.trial);
		});
	};

	const v = json.verification;
	if (!isObject(v))
		err(
			'verification',
			'an object with pooled_columns, subgroup_sums, context_denominators, statement_intervals, implied_rate_counts, survey_rationales',
			v
		);
	else {
		list('verification.pooled_columns', v.pooled_columns, { dataset: text, pooled: text, parts: texts });
		list('verification.subgroup_sums', v.subgroup_sums, {
			dataset: text,
			total: text,
			parts: texts,
			arms: texts,
			statistic: text
		});
		list('verification.context_denominators', v.context_denominators, {
			statements: texts,
			candidates: [(c) => Array.isArray(c) && c.length > 0, 'a non-empty array of populations']
		});
		if (Array.isArray(v.context_denominators))
			v.context_denominators.forEach((c, i) => {
				if (isObject(c) && Array.isArray(c.candidates))
					list(`verification.context_denominators[${i}].candidates`, c.candidates, {
						n: count,
						line: count,
						population: text,
						population_en: text,
						population_ja: text
					});
			});
		list('verification.statement_intervals', v.statement_intervals, {
			statement: text,
			dataset: text,
			group: text,
			stated_method: text
		});
		list('verification.implied_rate_counts', v.implied_rate_counts, {
			check: [
				(x) => isText(x) && /^[^/\s]+\/\S+$/.test(x),
				'a check id "<dataset>/…" as npm run verify -- --json prints it'
			],
			n: count,
			n_line: count,
			numerator: [(x) => Number.isInteger(x) && (x as number) >= 0, 'a whole number ≥ 0'],
			numerator_line: count,
			denominator: count,
			denominator_line: count,
			printed: [(x) => isText(x) && /\d/.test(x), 'the expected count as printed, with its number ("7例程度")'],
			printed_line: count,
			reasoning_ja: text,
			reasoning_en: text
		});
		if (Array.isArray(v.implied_rate_counts))
			v.implied_rate_counts.forEach((c, i) => {
				if (
					isObject(c) &&
					isCount(c.denominator) &&
					Number.isInteger(c.numerator) &&
					Number(c.numerator) > c.denominator
				)
					err(
						`verification.implied_rate_counts[${i}].numerator`,
						`a count no larger than the denominator (${c.denominator})`,
						c.numerator
					);
			});
		surveyRationales(v.survey_rationales);
	}
	const s = json.survival;
	if (!isObject(s)) err('survival', 'an object with reconstructions', s);
	else
		list('survival.reconstructions', s.reconstructions, {
			id: [(x) => isText(x) && /^[a-z0-9_]+$/.test(x), 'an id of lowercase letters, digits and _'],
			endpoint: [(x) => x === 'PFS' || x === 'OS', '"PFS" or "OS"'],
			at_risk_dataset: text,
			summary_dataset: text,
			event_statistic: [(x) => x === 'events' || x === 'deaths', '"events" or "deaths"'],
			arms: [twoArms, 'two different arm ids, the reference arm first'],
			grid: [(x) => x === 'printed' || x === 'assumed', '"printed" or "assumed": the times of the numbers at risk'],
			grid_months: [(x) => typeof x === 'number' && x > 0, 'a number of months > 0'],
			hr_method_ja: optionalText,
			hr_method_en: optionalText
		});
	if (isObject(s) && Array.isArray(s.reconstructions))
		s.reconstructions.forEach((r, i) => pairs(`survival.reconstructions[${i}]`, r, 'hr_method'));
	const pages = json.pages;
	if (!isObject(pages)) err('pages', 'an object with trials and subgroup_forest', pages);
	else {
		list('pages.trials', pages.trials, {
			id: text,
			slug: [(x) => isText(x) && /^[a-z0-9-]+$/.test(x), 'lowercase letters, digits and -'],
			summary_ja: text,
			summary_en: text
		});
		const forest = pages.subgroup_forest;
		if (forest !== null) {
			if (!isObject(forest))
				err('pages.subgroup_forest', 'an object with endpoint, datasets and omit, or null', forest);
			else {
				if (forest.endpoint !== 'PFS' && forest.endpoint !== 'OS')
					err('pages.subgroup_forest.endpoint', '"PFS" or "OS"', forest.endpoint);
				if (!isTextList(forest.datasets))
					err('pages.subgroup_forest.datasets', 'a non-empty array of dataset ids', forest.datasets);
				list('pages.subgroup_forest.omit', forest.omit, { dataset: text, group: text, why: text });
				if (!twoArms(forest.arms))
					err('pages.subgroup_forest.arms', 'two different arm ids, the reference arm first', forest.arms);
				for (const k of ['note_ja', 'note_en'])
					if (!isOptionalText(forest[k]))
						err(`pages.subgroup_forest.${k}`, 'a non-empty string, or no field', forest[k]);
				pairs('pages.subgroup_forest', forest, 'note');
				for (const k of Object.keys(forest))
					if (!['endpoint', 'datasets', 'omit', 'arms', 'note_ja', 'note_en'].includes(k))
						err(`pages.subgroup_forest.${k}`, 'only endpoint, datasets, omit, arms, note_ja, note_en', 'unknown field');
			}
		}
	}
	if (errors.length) return { profile: null, errors };
	for (const k of Object.keys(json))
		if (
			![
				'file',
				'slug',
				'language',
				'short_en',
				'short_ja',
				'name_ja',
				'name_en',
				'title_ja',
				'title_en',
				'publisher_ja',
				'publisher_en',
				'date',
				'order',
				'verification',
				'survival',
				'pages'
			].includes(k)
		)
			err(k, 'only the profile fields of docs/architecture.md', 'unknown field');
	return errors.length ? { profile: null, errors } : { profile: json as unknown as DocumentProfile, errors };
}
