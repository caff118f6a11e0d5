import type { Dataset } from '$lib/data/dataset';
import type { Row } from '$lib/data/parseDataset';
import { exactPower, exactSampleSize, expectedCount, minNForAtLeastOne, normalPower, normalSampleSize, probAtLeastOne } from '$lib/stats/binomial';
import type { Check } from '$lib/verify/check';
import type { Explanation, MethodExplanation } from '$lib/verify/explanation';
import type { Where } from '$lib/verify/location';

/**
 * The survey planner (/rmp/surveys/): the post-marketing surveys of the RMP with every number of their sample-size
 * rationales (rmp_survey_numbers.csv, as printed), the verification engine's sample_size checks for them, the
 * calculator inputs each rationale starts from, and the activities of RMP section 5 for the timeline.
 * The calculations call the verified binomial functions only; nothing here adds statistics.
 */

/** Calculator fields: a… probability of at least one event, n/p0/p1/alpha/power one-sample test, e… expected count. */
export const FIELDS = ['an', 'ap', 'at', 'n', 'p0', 'p1', 'alpha', 'power', 'en', 'ep'] as const;
export type Field = (typeof FIELDS)[number];
/** 'n': a whole number of patients; 'pct': a percentage strictly between 0 and 100. */
export const FIELD_KIND: Record<Field, 'n' | 'pct'> = { an: 'n', ap: 'pct', at: 'pct', n: 'n', p0: 'pct', p1: 'pct', alpha: 'pct', power: 'pct', en: 'n', ep: 'pct' };
/** Largest n the calculator accepts, and how far the exact sample-size search goes. */
export const MAX_N = 100000;
export const MAX_EXACT_N = 5000;

/** Where a calculator input starts: the printed value with its row, or an example value when the RMP prints none. */
export interface InputDefault {
	readonly value: string;
	readonly seq: number | null;
	readonly line: number | null;
}

export interface SurveyNumber {
	readonly seq: number;
	readonly role: string;
	readonly quantity_ja: string;
	readonly quantity_en: string;
	readonly value: string;
	readonly unit: string;
	readonly count: string;
	readonly denominator: string;
	readonly text_ja: string;
	readonly line: number;
}

/**
 * One sample_size check of a survey. `location`, `method` and `detail` are the engine's English (for scripts); a page
 * words `where` (its `quantity` alone within the survey's own section), `method_explanation` and `explanation` in its
 * language, e.g. with <CheckExplanation check={c} part="quantity" />.
 */
export interface SurveyCheck {
	readonly id: string;
	readonly seq: number;
	readonly location: string;
	readonly where: Where;
	readonly published: string;
	readonly recomputed: string | null;
	readonly method: string | null;
	readonly method_explanation?: MethodExplanation;
	readonly status: Check['status'];
	readonly detail: string;
	readonly explanation: readonly Explanation[];
	readonly line: number;
}

export interface Survey {
	readonly id: string;
	readonly name_ja: string;
	readonly name_en: string;
	readonly type: string;
	readonly objective_ja: string;
	readonly objective_en: string;
	readonly period_ja: string;
	readonly period_en: string;
	readonly start: string;
	readonly end: string;
	readonly registration_ja: string;
	readonly registration_en: string;
	readonly target_n: string;
	readonly target_text_ja: string;
	readonly target_text_en: string;
	readonly observation_ja: string;
	readonly observation_en: string;
	readonly line: number;
	readonly numbers: readonly SurveyNumber[];
	readonly checks: readonly SurveyCheck[];
	readonly defaults: Readonly<Record<Field, InputDefault>>;
}

export interface Activity {
	readonly key: string;
	readonly section: string;
	readonly type: string;
	readonly id: string;
	readonly name_ja: string;
	readonly name_en: string;
	readonly milestone_n_ja: string;
	readonly milestone_n_en: string;
	readonly timing_ja: string;
	readonly timing_en: string;
	readonly status_ja: string;
	readonly status_en: string;
	readonly report_ja: string;
	readonly report_en: string;
	/** the survey period (rmp_surveys.csv) when this activity is one of the surveys */
	readonly start: string | null;
	readonly end: string | null;
	readonly line: number;
}

const EXAMPLES: Record<Field, string> = { an: '', ap: '1', at: '95', n: '', p0: '5', p1: '10', alpha: '5', power: '80', en: '', ep: '1' };
const RATE_ROLES = ['assumed_rate', 'observed_rate'];
const N_ROLES = ['sample_size_required', 'target_n', 'evaluable_n'];

/** The calculator's starting values for one survey, each from the printed sentence of its rationale. */
export function surveyDefaults(numbers: readonly SurveyNumber[]): Record<Field, InputDefault> {
	const printed = (r: SurveyNumber | undefined): InputDefault | null => (r ? { value: r.value, seq: r.seq, line: r.line } : null);
	const roleIn = (roles: readonly string[], rows: readonly SurveyNumber[] = numbers) => rows.find((r) => roles.includes(r.role));
	const sentence = (r: SurveyNumber | undefined) => (r ? numbers.filter((x) => x.text_ja === r.text_ja) : []);
	const baseN = roleIn(['evaluable_n']) ?? roleIn(['target_n']);
	const example = (f: Field): InputDefault => ({ value: EXAMPLES[f] || (baseN?.value ?? '100'), seq: null, line: null });
	// probability of at least one: the sentence printing a detection probability
	const detect = numbers.find((r) => r.role === 'detection_probability');
	const detectRows = sentence(detect);
	// power: the sentence printing a threshold
	const threshold = numbers.find((r) => r.role === 'threshold');
	const powerRows = sentence(threshold);
	// expected count: the first sentence printing expected cases; its rate, else the survey's observed rate
	const expectedRows = sentence(numbers.find((r) => r.role === 'expected_cases'));
	const d: Record<Field, InputDefault | null> = {
		an: printed(roleIn(N_ROLES, detectRows)),
		ap: printed(roleIn(['assumed_rate'], detectRows)),
		at: printed(detect),
		n: printed(roleIn(N_ROLES, powerRows)),
		p0: printed(threshold),
		p1: printed(roleIn(['assumed_rate'], powerRows)),
		alpha: printed(roleIn(['alpha_one_sided'], powerRows)),
		power: printed(roleIn(['power'], powerRows)),
		en: printed(roleIn(N_ROLES, expectedRows)),
		ep: printed(expectedRows.length ? (roleIn(RATE_ROLES, expectedRows) ?? roleIn(['observed_rate'])) : undefined)
	};
	return Object.fromEntries(FIELDS.map((f) => [f, d[f] ?? example(f)])) as Record<Field, InputDefault>;
}

const num = (r: Row, k: string) => Number(r[k]);

/** Surveys with their numbers, checks and calculator defaults, and the section 5 activities, for the page's load. */
export function surveyPlannerData(datasets: readonly Dataset[], checks: readonly Check[]): { surveys: Survey[]; activities: Activity[] } {
	const rows = (schema: string) => datasets.find((d) => d.entry.schema === schema)?.rows ?? [];
	const numberRows = rows('rmp_survey_number');
	const surveys = rows('rmp_survey').map((s): Survey => {
		const numbers = numberRows
			.filter((r) => r.survey_id === s.survey_id)
			.map((r) => ({
				seq: num(r, 'seq'),
				role: r.role ?? '',
				quantity_ja: r.quantity_ja ?? '',
				quantity_en: r.quantity_en ?? '',
				value: r.value ?? '',
				unit: r.unit ?? '',
				count: r.count ?? '',
				denominator: r.denominator ?? '',
				text_ja: r.text_ja ?? '',
				line: num(r, 'source_line')
			}));
		const own = checks
			.filter((c) => c.kind === 'sample_size' && c.id.split('/')[1] === s.survey_id)
			.map((c) => ({
				id: c.id,
				seq: Number(c.id.split('/')[2]),
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
			}));
		return {
			id: s.survey_id!,
			name_ja: s.name_ja ?? '',
			name_en: s.name_en ?? '',
			type: s.survey_type ?? '',
			objective_ja: s.objective_ja ?? '',
			objective_en: s.objective_en ?? '',
			period_ja: s.period_ja ?? '',
			period_en: s.period_en ?? '',
			start: s.period_start ?? '',
			end: s.period_end ?? '',
			registration_ja: s.registration_period_ja ?? '',
			registration_en: s.registration_period_en ?? '',
			target_n: s.target_n ?? '',
			target_text_ja: s.target_n_text_ja ?? '',
			target_text_en: s.target_n_text_en ?? '',
			observation_ja: s.observation_period_ja ?? '',
			observation_en: s.observation_period_en ?? '',
			line: num(s, 'source_line'),
			numbers,
			checks: own,
			defaults: surveyDefaults(numbers)
		};
	});
	const activities = rows('rmp_activity').map((a): Activity => {
		const s = surveys.find((x) => x.id === a.activity_id);
		return {
			key: `${a.table}:${a.activity_id}`,
			section: a.table ?? '',
			type: a.activity_type ?? '',
			id: a.activity_id ?? '',
			name_ja: a.activity_ja ?? '',
			name_en: a.activity_en ?? '',
			milestone_n_ja: a.milestone_n_ja ?? '',
			milestone_n_en: a.milestone_n_en ?? '',
			timing_ja: a.milestone_timing_ja ?? '',
			timing_en: a.milestone_timing_en ?? '',
			status_ja: a.status_ja ?? '',
			status_en: a.status_en ?? '',
			report_ja: a.report_ja ?? '',
			report_en: a.report_en ?? '',
			start: s?.start || null,
			end: s?.end || null,
			line: num(a, 'source_line')
		};
	});
	return { surveys, activities };
}

/** Why an input is refused (the page words each reason in the reader's language). */
export type InputError = 'required' | 'not_number' | 'n_whole' | 'n_range' | 'pct_range' | 'p1_equal';

/**
 * Reads one field as typed: a whole n from 1 to MAX_N, or a percentage strictly between 0 and 100 returned as a
 * proportion. A comma is taken as a decimal point.
 * @example parseField('pct', '18.0') // { value: 0.18 }
 */
export function parseField(kind: 'n' | 'pct', raw: string): { value: number } | { error: InputError } {
	const t = raw.trim().replace(',', '.');
	if (t === '') return { error: 'required' };
	if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return { error: 'not_number' };
	const v = Number(t);
	if (kind === 'n') {
		if (!Number.isInteger(v)) return { error: 'n_whole' };
		if (v < 1 || v > MAX_N) return { error: 'n_range' };
		return { value: v };
	}
	if (!(v > 0 && v < 100)) return { error: 'pct_range' };
	return { value: v / 100 };
}

/** Every field parsed, with p1 = p0 refused (the test needs an expected rate different from the threshold). */
export function parseInputs(raw: Readonly<Record<Field, string>>): { values: Partial<Record<Field, number>>; errors: Partial<Record<Field, InputError>> } {
	const values: Partial<Record<Field, number>> = {};
	const errors: Partial<Record<Field, InputError>> = {};
	for (const f of FIELDS) {
		const r = parseField(FIELD_KIND[f], raw[f] ?? '');
		if ('value' in r) values[f] = r.value;
		else errors[f] = r.error;
	}
	if (values.p0 !== undefined && values.p1 !== undefined && values.p0 === values.p1) {
		errors.p1 = 'p1_equal';
		delete values.p1;
	}
	return { values, errors };
}

/** P(at least one event among n) and the smallest n reaching the target probability. */
export function atLeastOne(n: number, p: number, target: number): { prob: number; minN: number } {
	return { prob: probAtLeastOne(p, n), minN: minNForAtLeastOne(p, target) };
}

export interface PowerResult {
	readonly normal: number;
	readonly exact: number;
	readonly normalN: number;
	/** null: the exact test does not reach the target power up to MAX_EXACT_N */
	readonly exactN: number | null;
	readonly stableFrom: number | null;
	readonly checkedTo: number | null;
}

/** One-sided one-sample binomial test at n: power by the normal approximation and exactly, and both sample sizes. */
export function powerAt(p0: number, p1: number, alpha: number, power: number, n: number): PowerResult {
	const normalN = normalSampleSize(p0, p1, alpha, power);
	const exact = normalN <= MAX_EXACT_N ? exactSampleSize(p0, p1, alpha, power, MAX_EXACT_N) : { n: null, stableFrom: null, checkedTo: null };
	return {
		normal: normalPower(p0, p1, n, alpha),
		exact: exactPower(p0, p1, n, alpha),
		normalN,
		exactN: exact.n,
		stableFrom: exact.stableFrom,
		checkedTo: exact.checkedTo
	};
}

export interface PowerPoint {
	readonly n: number;
	readonly exact: number;
	readonly normal: number;
}

/** The n range of the power chart: around n and both sample sizes, at most 400 points. */
export function curveRange(n: number, r: Pick<PowerResult, 'normalN' | 'exactN'>): [number, number] {
	const lo = Math.max(1, Math.min(n, r.normalN, r.exactN ?? Infinity) - 30);
	const hi = Math.min(lo + 399, Math.max(n, Math.min(r.normalN, lo + 399), r.exactN ?? 0) + 30);
	return [lo, hi];
}

/** Exact and normal-approximation power at every n from lo to hi (the exact one saw-tooths). */
export function powerCurve(p0: number, p1: number, alpha: number, lo: number, hi: number): PowerPoint[] {
	const out: PowerPoint[] = [];
	for (let n = lo; n <= hi; n++) out.push({ n, exact: exactPower(p0, p1, n, alpha), normal: normalPower(p0, p1, n, alpha) });
	return out;
}

/** Expected number of events among n patients. */
export function expected(n: number, p: number): number {
	return expectedCount(p, n);
}

/** A proportion as a percentage with the given decimals: pct(0.90094, 2) → "90.09". */
export const pct = (v: number, digits = 2): string => (v * 100).toFixed(digits);
