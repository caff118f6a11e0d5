import type { RowOf } from '$lib/data/typedRows';
import type { SurveyRecipeInput, SurveyRecipeKind } from '$lib/documents/surveyRecipeKinds';
import {
	exactPower,
	exactSampleSize,
	expectedCount,
	minNForAtLeastOne,
	normalPower,
	normalSampleSize,
	probAtLeastOne
} from '$lib/stats/binomial';
import { roundHalfUp } from '$lib/stats/printedPrecision';
import type { CheckStatus } from './check';
import {
	describeMethod,
	explain,
	quantity,
	type Explanation,
	type MethodExplanation,
	type Quantity
} from './explanation';

/**
 * The formulas that recompute a survey's sample-size rationale, one per kind of documents/surveyRecipeKinds.ts,
 * each from the rows its profile entry names (verify/surveyChecks.ts reads them).
 */

/** One printed number of a survey's rationale (a row of an rmp_survey_number table). */
export type SurveyNumber = RowOf<'rmp_survey_number'>;

/** What a formula reads: its input rows by name, the result row, and the profile's words. */
export interface RecipeInput<K extends SurveyRecipeKind> {
	readonly rows: Readonly<Record<SurveyRecipeInput<K>, SurveyNumber>>;
	/** the row that prints the number the check recomputes */
	readonly result: SurveyNumber;
	/** the passage's words the check quotes ('' for kinds that quote none) */
	readonly quote: string;
	/** the comparator trial the passage names ('' when it names none) */
	readonly trial: string;
	/** how a sentence names the document ("RMP") */
	readonly documentName: string;
}

/** What a formula gives: the parts of a check that depend on the kind. */
export interface RecipeOutcome {
	readonly quantity: Quantity;
	readonly recomputed: string | null;
	readonly method: string | null;
	readonly method_explanation?: MethodExplanation;
	readonly status: CheckStatus;
	readonly detail: string;
	readonly explanation: Explanation[];
	readonly numerator?: number;
	readonly denominator?: number;
}

/** An input row a formula cannot read (not a number, no count/denominator, not a date): names the input. */
export class RecipeInputError extends Error {
	constructor(
		readonly input: string,
		message: string
	) {
		super(message);
	}
}

type Recipe<K extends SurveyRecipeKind> = (input: RecipeInput<K>) => RecipeOutcome;

/** A row's value as a number; throws, naming the input, when it is not one. */
const num = (row: SurveyNumber, name: string) => {
	const x = Number(row.value);
	if (row.value.trim() === '' || !Number.isFinite(x))
		throw new RecipeInputError(name, `row seq ${row.seq} prints "${row.value}", not a number`);
	return x;
};
/** A percentage row as a proportion ("10" → 0.1). */
const pct = (row: SurveyNumber, name: string) => num(row, name) / 100;

/** A row's printed count/denominator ("6/67例"); throws, naming the input, when it prints none. */
const countOf = (row: SurveyNumber, name: string): [string, string] => {
	if (!row.count || !row.denominator)
		throw new RecipeInputError(name, `row seq ${row.seq} prints no count/denominator`);
	return [row.count, row.denominator];
};

/** A printed date ("2022年3月1日", "2022 年 6 月 1 日", "2022-03-01") as YYYY-MM-DD. */
const isoDate = (row: SurveyNumber, name: string) => {
	const m = /^(\d{4})\s*[年-]\s*(\d{1,2})\s*[月-]\s*(\d{1,2})\s*日?$/.exec(row.value.trim());
	if (!m) throw new RecipeInputError(name, `row seq ${row.seq} prints "${row.value}", not a date`);
	return `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
};

/**
 * The whole years from start to end, both days included (2022-03-01 to 2026-02-28: 4); throws when not whole.
 * @example wholeYears('2022-03-01', '2026-02-28') // 4
 */
export function wholeYears(start: string, end: string): number {
	const [sy, sm, sd] = start.split('-').map(Number);
	const [ey, em, ed] = end.split('-').map(Number);
	const dayAfter = new Date(Date.UTC(ey ?? 0, (em ?? 1) - 1, (ed ?? 1) + 1));
	const years = dayAfter.getUTCFullYear() - (sy ?? 0);
	if (dayAfter.getUTCMonth() + 1 !== sm || dayAfter.getUTCDate() !== sd || years < 1)
		throw new RecipeInputError('registration_end', `${start} to ${end} is not a whole number of years`);
	return years;
}

/** A number without floating-point noise (1 − 0.1 → "0.9"). */
const plain = (x: number) => String(+x.toFixed(10));

/** z's subscript for a normal quantile at probability x, with at least two decimals (0.9 → "₀.₉₀"). */
const zSubscript = (x: number) => {
	const [whole = '0', decimals = ''] = plain(x).split('.');
	return `${whole}.${decimals.padEnd(2, '0')}`.replace(/\d/g, (d) => String.fromCharCode(0x2080 + Number(d)));
};

const SURVEY_RECIPES: { readonly [K in SurveyRecipeKind]: Recipe<K> } = {
	min_n_one_event: ({ rows: { rate, target, evaluable }, result }) => {
		const p = pct(rate, 'rate');
		const goal = pct(target, 'target');
		const n = minNForAtLeastOne(p, goal);
		const q = plain(1 - p);
		return {
			quantity: quantity('n_for_one_serious_infection', { probability: target.value }),
			recomputed: String(n),
			method: 'smallest n with 1 − (1 − p)ⁿ ≥ target',
			method_explanation: describeMethod('min_n_one_event', {}),
			status: String(n) === result.value ? 'reproduced' : 'mismatch',
			detail: `p = ${rate.value}%, target ${target.value}%: 1 − ${q}^${n - 1} = ${probAtLeastOne(p, n - 1).toFixed(4)} < ${goal}, 1 − ${q}^${n} = ${probAtLeastOne(p, n).toFixed(4)} ≥ ${goal} → n = ${n}; the plan's ${evaluable.value} evaluable patients cover it.`,
			explanation: [
				explain('survey_min_n_one_event', {
					rate: rate.value,
					target: target.value,
					q,
					n_below: n - 1,
					prob_below: probAtLeastOne(p, n - 1).toFixed(4),
					target_proportion: String(goal),
					n,
					prob_at: probAtLeastOne(p, n).toFixed(4),
					evaluable: evaluable.value
				})
			]
		};
	},

	normal_sample_size: ({ rows: { threshold, alternative, alpha, power, collected }, result, documentName }) => {
		const p0 = pct(threshold, 'threshold');
		const p1 = pct(alternative, 'alternative');
		const level = pct(alpha, 'alpha');
		const target = pct(power, 'power');
		const n = normalSampleSize(p0, p1, level, target);
		const printed = num(result, 'result');
		const toCollect = num(collected, 'collected');
		const exact = exactSampleSize(p0, p1, level, target, 2000);
		// the exact test's power saw-tooths: say from which n every n reaches the target, when that is not exact.n
		const sawTooth = exact.stableFrom && exact.stableFrom !== exact.n;
		const normalAtPrinted = (normalPower(p0, p1, printed, level) * 100).toFixed(2);
		const exactAtPrinted = (exactPower(p0, p1, printed, level) * 100).toFixed(1);
		const exactAtCollected = (exactPower(p0, p1, toCollect, level) * 100).toFixed(1);
		return {
			quantity: quantity('n_for_doubled_infection_rate', {
				threshold: threshold.value,
				alpha: alpha.value,
				power: power.value
			}),
			recomputed: String(n),
			method: 'one-sample binomial test, normal approximation (Fleiss, Levin & Paik 2003)',
			method_explanation: describeMethod('normal_sample_size', {}),
			status: n === printed ? 'reproduced' : 'mismatch',
			detail:
				`Normal approximation: n = ⌈((z${zSubscript(1 - level)}√(p0q0) + z${zSubscript(target)}√(p1q1)) / (p1 − p0))²⌉ = ${n} (power at ${printed}: ${normalAtPrinted}%). ` +
				`The exact binomial test does not reach ${power.value}% there: power at ${printed} is ${exactAtPrinted}% and the smallest n reaching ${power.value}% is ${exact.n}` +
				`${sawTooth ? ` (power saw-tooths; every n from ${exact.stableFrom} to ${exact.checkedTo} reaches it)` : ''}; even the ${collected.value} to be collected give ${exactAtCollected}%. The ${documentName} does not say which test it used.`,
			explanation: [
				explain('survey_normal_sample_size', { n, printed: String(printed), power: normalAtPrinted }),
				explain('survey_exact_power_short', {
					target: power.value,
					printed: String(printed),
					power: exactAtPrinted,
					exact_n: String(exact.n),
					stable_from: sawTooth ? String(exact.stableFrom) : '',
					checked_to: sawTooth ? String(exact.checkedTo) : '',
					collected: collected.value,
					collected_power: exactAtCollected
				}),
				explain('survey_test_not_stated', {})
			]
		};
	},

	probability_one_event: ({ rows: { rate, n, observed }, result, quote, documentName }) => {
		const p = pct(rate, 'rate');
		const patients = num(n, 'n');
		const prob = probAtLeastOne(p, patients);
		const [count, denominator] = countOf(observed, 'observed');
		const exactRate = probAtLeastOne(Number(count) / Number(denominator), patients);
		return {
			quantity: quantity('probability_of_one_case', { rate: rate.value, n: n.value, claimed: result.value }),
			recomputed: roundHalfUp(prob * 100, 0),
			method: '1 − (1 − p)ⁿ',
			method_explanation: describeMethod('probability_one_event', {}),
			// the printed probability is a lower bound ("80%の確率で"), not the probability itself
			status: prob >= pct(result, 'result') ? 'approximate' : 'mismatch',
			detail: `1 − (1 − ${p})^${n.value} = ${(prob * 100).toFixed(1)}% (with ${count}/${denominator} instead of ${rate.value}%: ${(exactRate * 100).toFixed(1)}%). The ${documentName}'s "${quote}" holds as a lower bound; the probability itself is ${roundHalfUp(prob * 100, 0)}%.`,
			explanation: [
				explain('survey_probability_one_case', {
					proportion: String(p),
					n: n.value,
					probability: (prob * 100).toFixed(1),
					count,
					denominator,
					rate: rate.value,
					exact_probability: (exactRate * 100).toFixed(1)
				}),
				explain('survey_claimed_lower_bound', { quote_ja: quote, probability: roundHalfUp(prob * 100, 0) })
			]
		};
	},

	expected_count: ({ rows: { n, rate }, result, quote, trial }) => {
		const [count, denominator] = countOf(rate, 'rate');
		const e = expectedCount(Number(count) / Number(denominator), num(n, 'n'));
		const rounded = roundHalfUp(e, 0);
		const printed = num(result, 'result');
		// "about k" (程度): within one patient of k, as verify/impliedRateCounts.ts reads a count printed to units
		const status: CheckStatus =
			rounded === result.value ? 'reproduced' : Math.abs(e - printed) < 1 ? 'approximate' : 'mismatch';
		const arithmetic = `${n.value} × ${count}/${denominator} = ${e.toFixed(2)}`;
		return {
			quantity: quantity('expected_serious_infections', { n: n.value, trial }),
			recomputed: rounded,
			method: 'n·p',
			method_explanation: describeMethod('expected_count', {}),
			status,
			detail:
				rounded === result.value
					? `${arithmetic}, printed "${quote}" (about ${result.value}).`
					: `${arithmetic}: it rounds to ${rounded}, printed "${quote}" (about ${result.value}).`,
			explanation: [
				rounded === result.value
					? explain('survey_expected_count', {
							n: n.value,
							count,
							denominator,
							expected: e.toFixed(2),
							printed: result.value,
							quote_ja: quote
						})
					: explain('survey_expected_count_rounds', {
							n: n.value,
							count,
							denominator,
							expected: e.toFixed(2),
							rounded,
							printed: result.value,
							quote_ja: quote
						})
			],
			numerator: Number(count),
			denominator: Number(denominator)
		};
	},

	accrual: ({ rows: { first_year, annual, years }, result, quote, documentName }) => {
		const laterYears = num(years, 'years') - 1;
		const total = num(first_year, 'first_year') + num(annual, 'annual') * laterYears;
		return {
			quantity: quantity('accrual_total', { years: years.value, approximate: true }),
			recomputed: String(total),
			method: 'first year + annual accrual × remaining years',
			method_explanation: describeMethod('accrual_remaining_years', {}),
			status: String(total) === result.value ? 'reproduced' : 'approximate',
			detail: `${first_year.value} + ${annual.value} × ${laterYears} = ${total}; the ${documentName} prints ${result.value} as "${quote}" (approximately) collectable in ${years.value} years.`,
			explanation: [
				explain('survey_accrual_approximate', {
					first: first_year.value,
					annual: annual.value,
					later_years: laterYears,
					total,
					printed: result.value,
					years: years.value,
					quote_ja: quote
				})
			]
		};
	},

	accrual_registration: ({ rows: { first_year, annual, registration_start, registration_end, evaluable }, result }) => {
		const start = isoDate(registration_start, 'registration_start');
		const end = isoDate(registration_end, 'registration_end');
		const years = wholeYears(start, end);
		const laterYears = years - 1;
		const total = num(first_year, 'first_year') + num(annual, 'annual') * laterYears;
		const share = roundHalfUp((num(evaluable, 'evaluable') / total) * 100, 0);
		return {
			quantity: quantity('accrual_total', { years: String(years), approximate: false }),
			recomputed: String(total),
			method: `first year + annual accrual × ${laterYears} years (registration ${start} to ${end})`,
			method_explanation: describeMethod('accrual_registration', { later_years: String(laterYears), start, end }),
			status: String(total) === result.value ? 'reproduced' : 'approximate',
			detail: `${first_year.value} + ${annual.value} × ${laterYears} = ${total}; ${evaluable.value} evaluable = ${share}% of them.`,
			explanation: [
				explain('survey_accrual_evaluable', {
					first: first_year.value,
					annual: annual.value,
					later_years: laterYears,
					total,
					evaluable: evaluable.value,
					share
				})
			]
		};
	},

	n_for_precision: ({ rows: { sd, se, evaluable, enrolled, collected }, result }) => {
		const deviation = num(sd, 'sd');
		const error = num(se, 'se');
		const n = Math.ceil((deviation / error) ** 2);
		// the plan's evaluable share (360 of 400): the patients to collect for n evaluable
		const fraction = num(evaluable, 'evaluable') / num(enrolled, 'enrolled');
		const share = plain(fraction * 100);
		return {
			quantity: quantity('n_for_trial_precision', { sd: sd.value, se: se.value }),
			recomputed: String(n),
			method: 'smallest n with SD/√n ≤ trial SE',
			method_explanation: describeMethod('precision_n', {}),
			status: String(n) === result.value ? 'reproduced' : 'mismatch',
			detail: `(${deviation}/${error})² = ${((deviation / error) ** 2).toFixed(2)} → n = ${n}; ${deviation}/√${n} = ${(deviation / Math.sqrt(n)).toFixed(3)}. With ${share}% evaluable, ${n}/${fraction} = ${(n / fraction).toFixed(1)} ≈ ${collected.value} to collect.`,
			explanation: [
				explain('survey_precision_n', {
					sd: String(deviation),
					se: String(error),
					ratio_squared: ((deviation / error) ** 2).toFixed(2),
					n,
					se_at_n: (deviation / Math.sqrt(n)).toFixed(3)
				}),
				explain('survey_collect_for_evaluable', {
					share,
					n,
					fraction: String(fraction),
					needed: (n / fraction).toFixed(1),
					printed: collected.value
				})
			]
		};
	},

	expected_count_without_rate: ({ rows: { n }, result, quote, documentName }) => ({
		quantity: quantity('quantity', { en: result.quantity_en, ja: result.quantity_ja }),
		recomputed: null,
		method: null,
		status: 'not-recomputable',
		detail: `The ${documentName} prints "${quote}" among ${n.value} patients but not the incidence it assumes.`,
		explanation: [explain('survey_expected_without_rate', { quote_ja: quote, printed: result.value, n: n.value })]
	})
};

/**
 * Recomputes one rationale with its kind's formula. Throws RecipeInputError, naming the input, for a row it cannot read.
 * @example runSurveyRecipe('min_n_one_event', { rows: { rate, target, evaluable }, result, quote: '', trial: '', documentName: 'RMP' }).recomputed // '29' at a rate of 10% and a target of 95%
 */
export function runSurveyRecipe<K extends SurveyRecipeKind>(kind: K, input: RecipeInput<K>): RecipeOutcome {
	return (SURVEY_RECIPES[kind] as Recipe<K>)(input);
}
