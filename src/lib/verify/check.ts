import type { Explanation, MethodExplanation } from './explanation';
import type { Where } from './location';

/** One verified (or unverifiable) printed number. The fields mirror `npm run verify -- --json` (issue 3). */
export type CheckStatus = 'reproduced' | 'reproduced-other-method' | 'mismatch' | 'not-recomputable' | 'approximate';

export type CheckKind =
	| 'percentage'
	| 'proportion_ci'
	| 'p_value'
	| 'hazard_ratio_ci'
	| 'sample_size'
	| 'count_sum'
	| 'denominator_consistency'
	| 'survival';

export type CheckFlag = 'stated-method-differs' | 'unreliable-method' | 'truncated-bound' | 'zero-width';

export interface Check {
	readonly id: string;
	/** seed file name */
	readonly document: string;
	/** where a reader finds it, e.g. "Table 2, 300×10⁶ column, ORR" (stable English for scripts) */
	readonly location: string;
	/** the same place as parts (document, table, section, line, column in both languages, quantity code), for wording */
	readonly where: Where;
	readonly kind: CheckKind;
	readonly numerator: number | null;
	readonly denominator: number | null;
	/** exactly as printed; an interval as "[65.8, 81.1]" */
	readonly published: string;
	/** at the printed precision, or null when nothing was computed */
	readonly recomputed: string | null;
	readonly method: string | null;
	readonly stated_method: string | null;
	readonly status: CheckStatus;
	/** a sentence a reader understands, with the arithmetic (stable English for scripts) */
	readonly detail: string;
	/** the detail as codes with parameters, one entry per sentence, for wording in the reader's language */
	readonly explanation: readonly Explanation[];
	/** the method as a code with parameters when `method` is a description (not an interval or test code) */
	readonly method_explanation?: MethodExplanation;
	/** the stated method as a code when it is a survival method a footnote describes (`stated_method` is its English) */
	readonly stated_method_explanation?: MethodExplanation;
	/** reasons to be careful even when reproduced: `stated-method-differs`, `unreliable-method`, `truncated-bound`, `zero-width` */
	readonly flags?: readonly CheckFlag[];
	/** every method that reproduces the printed value (intervals, tests) */
	readonly reproducing_methods?: readonly string[];
	/** every method's result at the printed precision (intervals), for the method inference view */
	readonly by_method?: Readonly<Record<string, string>>;
	/** links for the report page */
	readonly dataset: string;
	readonly source_line: number;
}

export const CHECK_STATUSES: readonly CheckStatus[] = [
	'reproduced',
	'reproduced-other-method',
	'approximate',
	'mismatch',
	'not-recomputable'
];

export interface Report {
	readonly summary: Record<CheckStatus, number> & { total: number };
	readonly checks: readonly Check[];
}

export function summarise(checks: readonly Check[]): Report['summary'] {
	const summary = { total: checks.length } as Record<CheckStatus, number> & { total: number };
	for (const s of CHECK_STATUSES) summary[s] = checks.filter((c) => c.status === s).length;
	return summary;
}
