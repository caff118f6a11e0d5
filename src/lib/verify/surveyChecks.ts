import type { Dataset } from '$lib/data/dataset';
import { isDatasetOf, type RowOf } from '$lib/data/typedRows';
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
import type { Check, CheckStatus } from './check';
import {
	describeMethod,
	explain,
	quantity,
	type Explanation,
	type MethodExplanation,
	type Quantity
} from './explanation';
import { whereOf } from './location';

/** One printed number of a survey's rationale (a row of rmp_survey_numbers.csv). */
type SurveyNumber = RowOf<'rmp_survey_number'>;

/**
 * The RMP's sample-size rationales, each recomputed from the numbers the rationale itself prints
 * (rows of rmp_survey_numbers.csv by survey and sequence number).
 */
type Get = (seq: number) => SurveyNumber;

interface Recipe {
	readonly survey: string;
	/** the row that prints the claimed result */
	readonly result: number;
	readonly what: string;
	/** `what` as a code with the numbers it names */
	readonly quantity: (get: Get) => Quantity;
	readonly run: (get: Get) => {
		recomputed: string;
		method: string;
		method_explanation: MethodExplanation;
		status: CheckStatus;
		detail: string;
		explanation: Explanation[];
		numerator?: number;
		denominator?: number;
	};
}

const pct = (r: SurveyNumber) => Number(r.value) / 100;
const v = (r: SurveyNumber) => Number(r.value);

const RECIPES: readonly Recipe[] = [
	{
		survey: 'gus_cll',
		result: 14,
		what: 'patients needed to see ≥1 serious infection with 95% probability',
		quantity: (get) => quantity('n_for_one_serious_infection', { probability: get(12).value ?? '' }),
		run: (get) => {
			const p = pct(get(11));
			const target = pct(get(12));
			const n = minNForAtLeastOne(p, target);
			return {
				recomputed: String(n),
				method: 'smallest n with 1 − (1 − p)ⁿ ≥ target',
				method_explanation: describeMethod('min_n_one_event', {}),
				status: String(n) === get(14).value ? 'reproduced' : 'mismatch',
				detail: `p = ${get(11).value}%, target ${get(12).value}%: 1 − 0.9^${n - 1} = ${probAtLeastOne(p, n - 1).toFixed(4)} < ${target}, 1 − 0.9^${n} = ${probAtLeastOne(p, n).toFixed(4)} ≥ ${target} → n = ${n}; the plan's ${get(6).value} evaluable patients cover it.`,
				explanation: [
					explain('survey_min_n_one_event', {
						rate: get(11).value!,
						target: get(12).value!,
						q: String(+(1 - p).toFixed(10)),
						n_below: n - 1,
						prob_below: probAtLeastOne(p, n - 1).toFixed(4),
						target_proportion: String(target),
						n,
						prob_at: probAtLeastOne(p, n).toFixed(4),
						evaluable: get(6).value!
					})
				]
			};
		}
	},
	{
		survey: 'gus_pemphigus',
		result: 21,
		what: 'patients needed to detect a doubled serious-infection rate (threshold 9%, one-sided 5%, power 90%)',
		quantity: (get) =>
			quantity('n_for_doubled_infection_rate', {
				threshold: get(18).value!,
				alpha: get(19).value!,
				power: get(20).value!
			}),
		run: (get) => {
			const [p0, p1, alpha, power] = [pct(get(18)), pct(get(17)), pct(get(19)), pct(get(20))];
			const n = normalSampleSize(p0, p1, alpha, power);
			const printed = v(get(21));
			const exact = exactSampleSize(p0, p1, alpha, power, 2000);
			return {
				recomputed: String(n),
				method: 'one-sample binomial test, normal approximation (Fleiss, Levin & Paik 2003)',
				method_explanation: describeMethod('normal_sample_size', {}),
				status: n === printed ? 'reproduced' : 'mismatch',
				detail:
					`Normal approximation: n = ⌈((z₀.₉₅√(p0q0) + z₀.₉₀√(p1q1)) / (p1 − p0))²⌉ = ${n} (power at ${printed}: ${(normalPower(p0, p1, printed, alpha) * 100).toFixed(2)}%). ` +
					`The exact binomial test does not reach 90% there: power at ${printed} is ${(exactPower(p0, p1, printed, alpha) * 100).toFixed(1)}% and the smallest n reaching 90% is ${exact.n}` +
					`${exact.stableFrom && exact.stableFrom !== exact.n ? ` (power saw-tooths; every n from ${exact.stableFrom} to ${exact.checkedTo} reaches it)` : ''}; even the ${get(22).value} to be collected give ${(exactPower(p0, p1, v(get(22)), alpha) * 100).toFixed(1)}%. The RMP does not say which test it used.`,
				explanation: [
					explain('survey_normal_sample_size', {
						n,
						printed: String(printed),
						power: (normalPower(p0, p1, printed, alpha) * 100).toFixed(2)
					}),
					explain('survey_exact_power_short', {
						target: '90',
						printed: String(printed),
						power: (exactPower(p0, p1, printed, alpha) * 100).toFixed(1),
						exact_n: String(exact.n),
						stable_from: exact.stableFrom && exact.stableFrom !== exact.n ? String(exact.stableFrom) : '',
						checked_to: exact.stableFrom && exact.stableFrom !== exact.n ? String(exact.checkedTo) : '',
						collected: get(22).value!,
						collected_power: (exactPower(p0, p1, v(get(22)), alpha) * 100).toFixed(1)
					}),
					explain('survey_test_not_stated', {})
				]
			};
		}
	},
	{
		survey: 'gus_pemphigus',
		result: 28,
		what: 'probability of collecting ≥1 case of an adverse event with incidence 1.5% among 125 patients (claimed ≥80%)',
		quantity: (get) =>
			quantity('probability_of_one_case', { rate: get(27).value!, n: get(26).value!, claimed: get(28).value! }),
		run: (get) => {
			const prob = probAtLeastOne(pct(get(27)), v(get(26)));
			const exactRate = probAtLeastOne(1 / 67, v(get(26)));
			return {
				recomputed: roundHalfUp(prob * 100, 0),
				method: '1 − (1 − p)ⁿ',
				method_explanation: describeMethod('probability_one_event', {}),
				// the RMP's "80%" is a lower bound, not the probability itself
				status: prob >= pct(get(28)) ? 'approximate' : 'mismatch',
				detail: `1 − (1 − 0.015)^${get(26).value} = ${(prob * 100).toFixed(1)}% (with 1/67 instead of 1.5%: ${(exactRate * 100).toFixed(1)}%). The RMP's "${get(28).value}%の確率で" holds as a lower bound; the probability itself is ${roundHalfUp(prob * 100, 0)}%.`,
				explanation: [
					explain('survey_probability_one_case', {
						proportion: String(pct(get(27))),
						n: get(26).value!,
						probability: (prob * 100).toFixed(1),
						count: '1',
						denominator: '67',
						rate: get(27).value!,
						exact_probability: (exactRate * 100).toFixed(1)
					}),
					explain('survey_claimed_lower_bound', {
						quote_ja: `${get(28).value}%の確率で`,
						probability: roundHalfUp(prob * 100, 0)
					})
				]
			};
		}
	},
	{
		survey: 'gus_pemphigus',
		result: 24,
		what: 'expected serious infections among 125 patients at the foreign trial rate',
		quantity: (get) => quantity('expected_serious_infections', { n: get(23).value!, trial: '' }),
		run: (get) => {
			const rate = Number(get(15).count) / Number(get(15).denominator);
			const e = expectedCount(rate, v(get(23)));
			return {
				recomputed: roundHalfUp(e, 0),
				method: 'n·p',
				method_explanation: describeMethod('expected_count', {}),
				status: roundHalfUp(e, 0) === get(24).value ? 'reproduced' : 'approximate',
				detail: `${get(23).value} × ${get(15).count}/${get(15).denominator} = ${e.toFixed(2)}, printed "${get(24).value}例程度" (about ${get(24).value}).`,
				explanation: [
					explain('survey_expected_count', {
						n: get(23).value!,
						count: get(15).count!,
						denominator: get(15).denominator!,
						expected: e.toFixed(2),
						printed: get(24).value!,
						quote_ja: `${get(24).value}例程度`
					})
				],
				numerator: Number(get(15).count),
				denominator: Number(get(15).denominator)
			};
		}
	},
	{
		survey: 'gus_pemphigus',
		result: 13,
		what: 'accrual: first year plus later years (printed "概ね 5 年で … 125 例")',
		quantity: (get) => quantity('accrual_total', { years: get(12).value!, approximate: true }),
		run: (get) => {
			const total = v(get(10)) + v(get(11)) * (v(get(12)) - 1);
			return {
				recomputed: String(total),
				method: 'first year + annual accrual × remaining years',
				method_explanation: describeMethod('accrual_remaining_years', {}),
				status: String(total) === get(13).value ? 'reproduced' : 'approximate',
				detail: `${get(10).value} + ${get(11).value} × ${v(get(12)) - 1} = ${total}; the RMP prints ${get(13).value} as "概ね" (approximately) collectable in ${get(12).value} years.`,
				explanation: [
					explain('survey_accrual_approximate', {
						first: get(10).value!,
						annual: get(11).value!,
						later_years: v(get(12)) - 1,
						total,
						printed: get(13).value!,
						years: get(12).value!,
						quote_ja: '概ね'
					})
				]
			};
		}
	},
	{
		survey: 'gus_ssc',
		result: 15,
		what: 'accrual over the 4-year registration',
		quantity: () => quantity('accrual_total', { years: '4', approximate: false }),
		run: (get) => {
			const total = v(get(13)) + v(get(14)) * 3;
			return {
				recomputed: String(total),
				method: 'first year + annual accrual × 3 years (registration 2022-03-01 to 2026-02-28)',
				method_explanation: describeMethod('accrual_registration', {
					later_years: '3',
					start: '2022-03-01',
					end: '2026-02-28'
				}),
				status: String(total) === get(15).value ? 'reproduced' : 'approximate',
				detail: `${get(13).value} + ${get(14).value} × 3 = ${total}; ${get(16).value} evaluable = ${roundHalfUp((v(get(16)) / total) * 100, 0)}% of them.`,
				explanation: [
					explain('survey_accrual_evaluable', {
						first: get(13).value!,
						annual: get(14).value!,
						later_years: 3,
						total,
						evaluable: get(16).value!,
						share: roundHalfUp((v(get(16)) / total) * 100, 0)
					})
				]
			};
		}
	},
	{
		survey: 'gus_ssc',
		result: 27,
		what: 'patients for an mRSS estimate as precise as the trial (SD 7, trial SE 0.883)',
		quantity: (get) => quantity('n_for_trial_precision', { sd: get(26).value!, se: get(24).value! }),
		run: (get) => {
			const sd = v(get(26));
			const se = v(get(24));
			const n = Math.ceil((sd / se) ** 2);
			return {
				recomputed: String(n),
				method: 'smallest n with SD/√n ≤ trial SE',
				method_explanation: describeMethod('precision_n', {}),
				status: String(n) === get(27).value ? 'reproduced' : 'mismatch',
				detail: `(${sd}/${se})² = ${((sd / se) ** 2).toFixed(2)} → n = ${n}; ${sd}/√${n} = ${(sd / Math.sqrt(n)).toFixed(3)}. With 90% evaluable, ${n}/0.9 = ${(n / 0.9).toFixed(1)} ≈ ${get(28).value} to collect.`,
				explanation: [
					explain('survey_precision_n', {
						sd: String(sd),
						se: String(se),
						ratio_squared: ((sd / se) ** 2).toFixed(2),
						n,
						se_at_n: (sd / Math.sqrt(n)).toFixed(3)
					}),
					explain('survey_collect_for_evaluable', {
						share: '90',
						n,
						fraction: '0.9',
						needed: (n / 0.9).toFixed(1),
						printed: get(28).value!
					})
				]
			};
		}
	},
	{
		survey: 'sus_nmosd',
		result: 13,
		what: 'expected serious infections among 200 patients at the RIN-1 rate',
		quantity: (get) => quantity('expected_serious_infections', { n: get(12).value!, trial: 'RIN-1' }),
		run: (get) => {
			const e = expectedCount(Number(get(10).count) / Number(get(10).denominator), v(get(12)));
			return {
				recomputed: roundHalfUp(e, 0),
				method: 'n·p',
				method_explanation: describeMethod('expected_count', {}),
				status: roundHalfUp(e, 0) === get(13).value ? 'reproduced' : 'approximate',
				detail: `${get(12).value} × ${get(10).count}/${get(10).denominator} = ${e.toFixed(2)}: it rounds to ${roundHalfUp(e, 0)}, printed "${get(13).value} 例程度" (about ${get(13).value}).`,
				explanation: [
					explain('survey_expected_count_rounds', {
						n: get(12).value!,
						count: get(10).count!,
						denominator: get(10).denominator!,
						expected: e.toFixed(2),
						rounded: roundHalfUp(e, 0),
						printed: get(13).value!,
						quote_ja: `${get(13).value} 例程度`
					})
				],
				numerator: Number(get(10).count),
				denominator: Number(get(10).denominator)
			};
		}
	}
];

export function surveyChecks(datasets: readonly Dataset[]): Check[] {
	const d = datasets.find((x) => isDatasetOf(x, 'rmp_survey_number'));
	if (!d) return [];
	const checks: Check[] = [];
	// the survey's name (rmp_surveys.csv) names the place; its id when the folder has no survey table
	const surveys = datasets.find((x) => isDatasetOf(x, 'rmp_survey'))?.rows ?? [];
	const surveyName = (id: string) => {
		const s = surveys.find((x) => x.survey_id === id);
		return { en: s?.name_en || id, ja: s?.name_ja || s?.name_en || id };
	};
	for (const recipe of RECIPES) {
		const rows = d.rows.filter((r) => r.survey_id === recipe.survey);
		if (rows.length === 0) continue;
		const get: Get = (seq) => {
			const r = rows.find((x) => x.seq === String(seq));
			if (!r) throw new Error(`${d.entry.file}: survey ${recipe.survey} has no row seq ${seq}`);
			return r;
		};
		let out;
		let q: Quantity;
		try {
			out = recipe.run(get);
			q = recipe.quantity(get);
		} catch (e) {
			// another data folder may not carry the rows a recipe reads
			continue;
		}
		const row = get(recipe.result);
		checks.push({
			id: `${d.entry.id}/${recipe.survey}/${recipe.result}/sample_size`,
			document: d.entry.document,
			location: `RMP section 2, ${recipe.survey}: ${recipe.what}`,
			where: whereOf(d, row, q, surveyName(recipe.survey)),
			kind: 'sample_size',
			numerator: out.numerator ?? null,
			denominator: out.denominator ?? null,
			published: row.value,
			recomputed: out.recomputed,
			method: out.method,
			method_explanation: out.method_explanation,
			stated_method: null,
			status: out.status,
			detail: out.detail,
			explanation: out.explanation,
			dataset: d.entry.id,
			source_line: Number(row.source_line)
		});
	}
	// the rates behind these expected counts are not printed
	for (const r of d.rows.filter((x) => x.role === 'expected_cases' && x.survey_id === 'gus_ssc')) {
		checks.push({
			id: `${d.entry.id}/${r.survey_id}/${r.seq}/sample_size`,
			document: d.entry.document,
			location: `RMP section 2, ${r.survey_id}: ${r.quantity_en}`,
			where: whereOf(
				d,
				r,
				quantity('quantity', { en: r.quantity_en ?? '', ja: r.quantity_ja ?? '' }),
				surveyName(r.survey_id ?? '')
			),
			kind: 'sample_size',
			numerator: null,
			denominator: null,
			published: r.value,
			recomputed: null,
			method: null,
			stated_method: null,
			status: 'not-recomputable',
			detail: `The RMP prints "${r.value}例程度" among 360 patients but not the incidence it assumes.`,
			explanation: [
				explain('survey_expected_without_rate', { quote_ja: `${r.value}例程度`, printed: r.value ?? '', n: '360' })
			],
			dataset: d.entry.id,
			source_line: Number(r.source_line)
		});
	}
	return checks;
}
