/**
 * The verification engine's explanations as codes with their parameters (issue 12): one entry per sentence of a
 * check's English `detail`, carrying every number, count, method code and line the sentence needs, so the site can
 * word it in the reader's language (src/lib/site/explanation/). Printed numbers stay strings exactly as
 * printed; computed numbers are strings at the precision the detail shows them. The codes are stable for scripts.
 */

type Text = string;
type Texts = readonly string[];

/** Every sentence code with its parameters. */
export interface ExplanationParams {
	// percentages
	/** count/n = exact% → recomputed, equal to the printed value */
	percent_matches: { count: number; n: number; exact: Text; recomputed: Text };
	/** count/n rounds to another value than the printed one; which counts (of n) and denominators (for count) would give it */
	percent_slip: {
		count: number;
		n: number;
		exact: Text;
		recomputed: Text;
		printed: Text;
		counts: Texts;
		denominators: Texts;
	};
	/** a percentage over N = 0 (or less) cannot be computed */
	percent_undefined: { count: number; n: number };
	/** a count and a percentage are printed, but no denominator for them */
	percent_no_denominator: { count: Text; printed: Text };
	/** N is not printed: it is the sum of the column's response categories, printed on these lines */
	n_is_category_sum: { n: number; first_line: Text; last_line: Text };
	/** the passage prints no denominator; another line names the population used, other candidates with what they give */
	denominator_from_passage: {
		line: number;
		n: number;
		/** the population's code and words, from the document profile */
		population: Text;
		population_en: Text;
		population_ja: Text;
		count: Text;
		other_ns: Texts;
		other_populations: Texts;
		other_populations_en: Texts;
		other_populations_ja: Texts;
		other_percents: Texts;
	};
	// proportion intervals
	/** an interval was not recomputed: a bound, the level or the counts are not plain numbers */
	interval_not_plain: { lower: Text; upper: Text; level: Text; x: number; n: number };
	/** no method reproduces the printed interval; each method's result (methods and values in the same order) */
	interval_none_reproduces: {
		lower: Text;
		upper: Text;
		x: number;
		n: number;
		level: Text;
		stated: Text;
		methods: Texts;
		values: Texts;
	};
	/** the stated method reproduces the interval; other methods that also do */
	interval_stated_reproduces: { stated: Text; also: Texts };
	/** the stated method gives another interval; the methods that reproduce the printed one */
	interval_other_method: { stated: Text; stated_gives: Text; reproducing: Texts };
	/** no method is stated; the methods that reproduce the interval */
	interval_no_stated: { reproducing: Texts };
	/** Wald reproduces it for fewer than 5 events (or non-events): its coverage falls well below the level */
	wald_unreliable: { x: number; n: number; few: 'events' | 'non-events'; level: number };
	/** only Wald truncated to [0, 100] reproduces it: the untruncated bound went below 0 or above 100 */
	wald_truncated_only: { bound: 'lower' | 'upper'; value: Text };
	/** with 0 or n events the Wald interval has zero width */
	wald_zero_width: { x: number; n: number };
	/** the counts of a text interval come from a table's row */
	counts_from: { x: Text; n: Text; dataset: Text; table: Text; line: Text };
	// one-sample tests
	/** the p-value of each test (test codes and p-values in the same order) against the threshold */
	p_values: { threshold: Text; x: number; n: number; tests: Texts; p_values: Texts };
	/** the printed p-value */
	p_value_printed: { printed: Text };
	// sums
	/** parts add up to a total, equal to the printed one or not (labels in both languages, values in the same order) */
	sum: { labels_en: Texts; labels_ja: Texts; values: Texts; total: number; printed: Text; matches: boolean };
	// hazard ratios
	/** a hazard-ratio interval with a zero or non-numeric bound: no log-scale check */
	hr_degenerate: { published: Text };
	/** √(lower × upper) rounded at the estimate's precision, against the printed estimate */
	hr_geometric_mean: { lower: Text; upper: Text; mid: Text; recomputed: Text; printed: Text };
	/** the range of estimates the rounding of the bounds allows */
	hr_rounding_range: { low: Text; high: Text };
	/** another table prints the same ratio with a 95% interval: the re-expressed interval set against it */
	hr_95_twin: {
		table: Text;
		lower: Text;
		upper: Text;
		level: Text;
		recomputed_lower: Text;
		recomputed_upper: Text;
		agree: boolean;
	};
	/** a non-95% interval re-expressed at 95%, with no printed 95% interval to compare */
	hr_95_alone: { level: Text; lower: Text; upper: Text };
	// denominators quoted in several places
	/** the study is quoted with other denominators elsewhere (with their lines, comma-separated); what this one gives */
	denominator_differs: {
		other_ns: Texts;
		other_lines: Texts;
		denominator: Text;
		count: Text;
		percent: Text;
		majority: Text;
		alternative: Text;
	};
	/** the other denominator may be a subset the text does not name */
	denominator_maybe_subset: Record<string, never>;
	// survey sample sizes (RMP section 2)
	/** smallest n with 1 − (1 − p)ⁿ ≥ target, shown at n − 1 and n, against the plan's evaluable patients */
	survey_min_n_one_event: {
		rate: Text;
		target: Text;
		q: Text;
		n_below: number;
		prob_below: Text;
		target_proportion: Text;
		n: number;
		prob_at: Text;
		evaluable: Text;
	};
	/** the normal-approximation sample size and its power at the printed n */
	survey_normal_sample_size: { n: number; printed: Text; power: Text };
	/** the exact binomial test does not reach the power at the printed n: its power there, its own n, at the collected n */
	survey_exact_power_short: {
		target: Text;
		printed: Text;
		power: Text;
		exact_n: Text;
		stable_from: Text;
		checked_to: Text;
		collected: Text;
		collected_power: Text;
	};
	/** the RMP does not name the test behind its sample size */
	survey_test_not_stated: Record<string, never>;
	/** P(at least one case) among n at the rate, and at the exact observed rate count/denominator */
	survey_probability_one_case: {
		proportion: Text;
		n: Text;
		probability: Text;
		count: Text;
		denominator: Text;
		rate: Text;
		exact_probability: Text;
	};
	/** the printed probability holds as a lower bound (the RMP's words quoted) */
	survey_claimed_lower_bound: { quote_ja: Text; probability: Text };
	/** expected count n × count/denominator, against the printed "about k" (quoted) */
	survey_expected_count: { n: Text; count: Text; denominator: Text; expected: Text; printed: Text; quote_ja: Text };
	/** as survey_expected_count, when it rounds to another whole number than the printed one */
	survey_expected_count_rounds: {
		n: Text;
		count: Text;
		denominator: Text;
		expected: Text;
		rounded: Text;
		printed: Text;
		quote_ja: Text;
	};
	/** first year + annual accrual × later years, against a printed approximate total over the years */
	survey_accrual_approximate: {
		first: Text;
		annual: Text;
		later_years: number;
		total: number;
		printed: Text;
		years: Text;
		quote_ja: Text;
	};
	/** first year + annual accrual × later years, and the evaluable share of that total */
	survey_accrual_evaluable: {
		first: Text;
		annual: Text;
		later_years: number;
		total: number;
		evaluable: Text;
		share: Text;
	};
	/** n for an estimate as precise as the trial: (SD/SE)², rounded up, and SD/√n */
	survey_precision_n: { sd: Text; se: Text; ratio_squared: Text; n: number; se_at_n: Text };
	/** patients to collect for n evaluable at the evaluable share, against the printed number */
	survey_collect_for_evaluable: { share: Text; n: number; fraction: Text; needed: Text; printed: Text };
	/** an expected count is printed (quoted) among n patients without the incidence it assumes */
	survey_expected_without_rate: { quote_ja: Text; printed: Text; n: Text };
	// expected counts from a rate the passage relies on (the profile's implied_rate_counts)
	/** why the passage's rate is numerator/denominator (the profile's words), with the lines of the rate and of n */
	implied_rate: {
		reasoning_ja: Text;
		reasoning_en: Text;
		numerator: number;
		numerator_line: number;
		denominator: number;
		denominator_line: number;
		n: number;
		n_line: number;
	};
	/**
	 * n × numerator/denominator against the printed count (quoted in the document's language): it rounds to it, or is
	 * within one unit of its last digit, which "about" (程度, 約) allows, or neither
	 */
	implied_count: {
		n: number;
		numerator: number;
		denominator: number;
		expected: Text;
		rounded: Text;
		printed: Text;
		quote: Text;
		quote_lang: 'ja' | 'en';
		about: boolean;
		unit: Text;
		status: 'rounds' | 'within_unit' | 'outside';
	};
	// survival statistics from rebuilt patient data
	/** the median is met by construction; its interval depends on the rebuilt curve */
	survival_median_by_construction: Record<string, never>;
	/** the published hazard ratio is stratified; this one is not */
	survival_hr_stratified: Record<string, never>;
	/** the 95% interval of the recomputed hazard ratio */
	survival_interval_95: { lower: Text; upper: Text };
	/** the published p-value is from a stratified log-rank test; this one is not stratified */
	survival_p_stratified: { p: Text };
	/** the recomputed log-rank p-value (the published test is not stated as stratified) */
	survival_p_value: { p: Text };
	/** recomputed from patient data rebuilt from the numbers at risk (dataset and its table, its times printed or assumed on a grid), events and medians */
	survival_rebuilt: { at_risk_dataset: Text; at_risk_table: Text; grid_months: number; grid: 'printed' | 'assumed' };
	/** no patient-level data for this population; for a hazard ratio, it is stratified */
	survival_needs_patient_data: { stratified: boolean };
}

export type ExplanationCode = keyof ExplanationParams;

/** One sentence of a check's explanation. */
export type Explanation = {
	[C in ExplanationCode]: { readonly code: C; readonly params: Readonly<ExplanationParams[C]> };
}[ExplanationCode];

/** What a number is, for the structured place of a check (`where.quantity`). */
export interface QuantityParams {
	/** an overall response rate */
	orr: Record<string, never>;
	/** the confidence interval of an ORR at a level */
	orr_ci: { level: Text };
	/** the percentage of a best-response category (sCR, CR, …) */
	category: { category: Text };
	/** an adverse reaction (term in both languages) at all grades or grade ≥3 */
	adverse_reaction: { term_en: Text; term_ja: Text; grade: 'all' | '3plus' };
	/** a survival statistic of an endpoint (statistic code and the table's Japanese label), at a time point in months */
	survival_statistic: { endpoint: Text; statistic: Text; statistic_ja: Text; time_point: Text };
	/** an incidence quoted by the RMP: trial ids, event in both languages, grade as printed */
	incidence: { trial: Text; event_en: Text; event_ja: Text; grade: Text };
	/** a quantity named by the data row itself, in both languages */
	quantity: { en: Text; ja: Text };
	/** a one-sample test p-value against a threshold */
	p_value: { sided: 'greater' | 'two-sided'; threshold: Text };
	/** response categories sum to N */
	categories_sum: Record<string, never>;
	/** responders = the sum of the table's responder categories (sCR + CR + VGPR + PR for IMWG, CR + PR for RECIST) */
	responders_sum: { categories: Texts };
	/** PFS events = progression + death before progression */
	events_sum: { endpoint: Text };
	/** a pooled column is the sum of its cohorts, for one item (a category, or an adverse reaction at a grade) */
	pooled_sum: { item_en: Text; item_ja: Text; grade: 'all' | '3plus' | '' };
	/** the subgroups' N add up to the ITT arm */
	subgroups_n: Record<string, never>;
	/** the subgroups' PFS events add up to the ITT arm */
	subgroups_events: Record<string, never>;
	/** a hazard ratio of an endpoint */
	hazard_ratio: { endpoint: Text };
	/** a hazard ratio's interval at a level, checked on the log scale */
	hr_log_symmetry: { endpoint: Text; level: Text };
	/** a hazard ratio's interval at a level, re-expressed at 95% */
	hr_re_expressed: { endpoint: Text; level: Text };
	/** one printed incidence figure and the events it covers, in both languages */
	quoted_figure: { events_en: Texts; events_ja: Texts };
	/** patients needed to see ≥1 serious infection with a probability */
	n_for_one_serious_infection: { probability: Text };
	/** patients needed to detect a doubled serious-infection rate (threshold, one-sided level, power) */
	n_for_doubled_infection_rate: { threshold: Text; alpha: Text; power: Text };
	/** probability of collecting ≥1 case of an adverse event with an incidence among n (claimed lower bound) */
	probability_of_one_case: { rate: Text; n: Text; claimed: Text };
	/** expected serious infections among n at a trial's rate (empty trial: the foreign trial) */
	expected_serious_infections: { n: Text; trial: Text };
	/** patients accrued over the years: the first year plus later years (printed approximate) */
	accrual_total: { years: Text; approximate: boolean };
	/** patients for an mRSS estimate as precise as the trial (assumed SD, trial SE) */
	n_for_trial_precision: { sd: Text; se: Text };
}

export type QuantityCode = keyof QuantityParams;

/** What a number is (the last part of a check's place). */
export type Quantity = {
	[C in QuantityCode]: { readonly code: C; readonly params: Readonly<QuantityParams[C]> };
}[QuantityCode];

/** How a value was recomputed, when the method is a description rather than an interval or test code. */
export interface MethodParams {
	/** count/denominator, rounded half up at the printed precision */
	percent_rounding: Record<string, never>;
	/** the sum of the parts */
	sum: Record<string, never>;
	/** the geometric mean of the interval's bounds (log-symmetric Wald interval) */
	hr_geometric_mean: Record<string, never>;
	/** log SE from the printed interval at its level, then the 95% interval around the estimate */
	hr_re_express: { upper: Text; lower: Text; z: Text; se: Text; estimate: Text };
	/** the same study, arm and phase quoted elsewhere in the document */
	same_study_elsewhere: Record<string, never>;
	/** smallest n with 1 − (1 − p)ⁿ ≥ target */
	min_n_one_event: Record<string, never>;
	/** one-sample binomial test, normal approximation (Fleiss, Levin & Paik 2003) */
	normal_sample_size: Record<string, never>;
	/** 1 − (1 − p)ⁿ */
	probability_one_event: Record<string, never>;
	/** n·p */
	expected_count: Record<string, never>;
	/** first year + annual accrual × remaining years */
	accrual_remaining_years: Record<string, never>;
	/** first year + annual accrual × later years over a registration period */
	accrual_registration: { later_years: Text; start: Text; end: Text };
	/** smallest n with SD/√n ≤ trial SE */
	precision_n: Record<string, never>;
	/** Kaplan–Meier median, Brookmeyer–Crowley interval on the log scale (R survfit default) */
	km_median_bc: Record<string, never>;
	/** unstratified Cox model, Efron ties, Wald interval at a level */
	cox_unstratified: { level: Text };
	/** unstratified log-rank test, one-sided */
	logrank_one_sided: Record<string, never>;
	/** unstratified log-rank test, two-sided */
	logrank_two_sided: Record<string, never>;
	/** stated by a footnote: a stratified Cox proportional hazards model */
	cox_stratified: Record<string, never>;
	/** stated by a footnote: a stratified log-rank test */
	logrank_stratified: Record<string, never>;
	/** stated by a footnote: the Kaplan–Meier estimate */
	kaplan_meier: Record<string, never>;
}

export type MethodCode = keyof MethodParams;

/** A described method (`method_explanation`). */
export type MethodExplanation = {
	[C in MethodCode]: { readonly code: C; readonly params: Readonly<MethodParams[C]> };
}[MethodCode];

/** Builds one explanation entry, typed by its code. */
export const explain = <C extends ExplanationCode>(code: C, params: ExplanationParams[C]): Explanation =>
	({ code, params }) as Explanation;

/** Builds a quantity, typed by its code. */
export const quantity = <C extends QuantityCode>(code: C, params: QuantityParams[C]): Quantity =>
	({ code, params }) as Quantity;

/** Builds a method description, typed by its code. */
export const describeMethod = <C extends MethodCode>(code: C, params: MethodParams[C]): MethodExplanation =>
	({ code, params }) as MethodExplanation;

/**
 * A long list shortened to its first three and its last item (the wording shows "…" between them), as the English
 * detail does; the parameters carry the whole list.
 * @example shortList([1, 2, 3, 4, 5, 6, 7]) // { head: [1, 2, 3], last: 7 }
 */
export const shortList = <T>(xs: readonly T[]): { head: readonly T[]; last: T | null } =>
	xs.length > 6 ? { head: xs.slice(0, 3), last: xs.at(-1)! } : { head: xs, last: null };

/**
 * The survival method a footnote states (the data's English transcription), as a code; undefined when not one of them.
 * @example statedSurvivalMethod('stratified log-rank test (same stratification factors)') // { code: 'logrank_stratified', params: {} }
 */
export function statedSurvivalMethod(stated: string | null | undefined): MethodExplanation | undefined {
	if (!stated) return undefined;
	if (/stratified cox/i.test(stated)) return describeMethod('cox_stratified', {});
	if (/stratified log-?rank/i.test(stated)) return describeMethod('logrank_stratified', {});
	if (/kaplan/i.test(stated)) return describeMethod('kaplan_meier', {});
	return undefined;
}
