/**
 * The formulas a survey's sample-size rationale can be recomputed with, and what each one reads: the vocabulary of
 * a profile's `verification.survey_rationales` (docs/architecture.md). Each kind names its inputs (each one a row
 * of the document's rmp_survey_number table, by seq) and the words it quotes; verify/surveyRecipes.ts holds the
 * formulas themselves.
 */
export interface SurveyRecipeKindSpec {
	/** the rows the formula reads besides the result row, by the name the formula gives them */
	readonly inputs: readonly string[];
	/**
	 * whether the check quotes the passage's words (`quote`), which then must be given: 'result' when they print the
	 * result's number ("11例程度", "80%の確率で"), 'words' when they qualify it ("概ね": approximately), false if none
	 */
	readonly quote: 'result' | 'words' | false;
	/** whether the passage names a comparator trial the row does not print (`trial`, optional) */
	readonly trial: boolean;
}

export const SURVEY_RECIPE_KINDS = {
	/** smallest n with 1 − (1 − rate)ⁿ ≥ target; the plan's evaluable patients are said to cover it */
	min_n_one_event: { inputs: ['rate', 'target', 'evaluable'], quote: false, trial: false },
	/**
	 * n of a one-sample binomial test of `alternative` against `threshold` at one-sided `alpha` and `power`, by the
	 * normal approximation, with the exact test's power at the printed n and at the `collected` n
	 */
	normal_sample_size: {
		inputs: ['threshold', 'alternative', 'alpha', 'power', 'collected'],
		quote: false,
		trial: false
	},
	/** 1 − (1 − rate)ⁿ against a printed lower bound (the result), also at the `observed` row's count/denominator */
	probability_one_event: { inputs: ['rate', 'n', 'observed'], quote: 'result', trial: false },
	/** n × count/denominator of the `rate` row, against a printed "about k" */
	expected_count: { inputs: ['n', 'rate'], quote: 'result', trial: true },
	/** first year + annual accrual × (years − 1), against a total printed as approximate */
	accrual: { inputs: ['first_year', 'annual', 'years'], quote: 'words', trial: false },
	/** first year + annual accrual × the registration period's later years, and the evaluable share of the total */
	accrual_registration: {
		inputs: ['first_year', 'annual', 'registration_start', 'registration_end', 'evaluable'],
		quote: false,
		trial: false
	},
	/** smallest n with sd/√n ≤ se, and the patients to collect at the plan's evaluable/enrolled share */
	n_for_precision: { inputs: ['sd', 'se', 'evaluable', 'enrolled', 'collected'], quote: false, trial: false },
	/** an expected count printed among n patients without the rate it assumes: not recomputable */
	expected_count_without_rate: { inputs: ['n'], quote: 'result', trial: false }
} as const satisfies Record<string, SurveyRecipeKindSpec>;

export type SurveyRecipeKind = keyof typeof SURVEY_RECIPE_KINDS;

/** The input names of a kind ("rate" | "target" | "evaluable"). */
export type SurveyRecipeInput<K extends SurveyRecipeKind> = (typeof SURVEY_RECIPE_KINDS)[K]['inputs'][number];

/**
 * Whether a profile's kind is one the engine knows.
 * @example isSurveyRecipeKind('expected_count') // true
 */
export const isSurveyRecipeKind = (k: unknown): k is SurveyRecipeKind =>
	typeof k === 'string' && Object.hasOwn(SURVEY_RECIPE_KINDS, k);
