import { m } from '$lib/paraglide/messages';
import type { CheckFlag, CheckStatus } from '$lib/verify/check';
import type { IntervalMethod } from '$lib/stats/binomial/interval';
import type { OneSampleTest } from '$lib/stats/binomial';
import type { Locale } from './i18n';

// The verification engine's statuses and flags are codes (stable for scripts and the JSON report); pages word them
// in the reader's language.

const STATUS: Record<CheckStatus, () => string> = {
	reproduced: m.status_reproduced,
	'reproduced-other-method': m.status_reproduced_other_method,
	approximate: m.status_approximate,
	mismatch: m.status_mismatch,
	'not-recomputable': m.status_not_recomputable
};

const FLAG: Record<CheckFlag, { label: () => string; why: () => string }> = {
	'stated-method-differs': { label: m.flag_stated_method_differs, why: m.flag_stated_method_differs_why },
	'unreliable-method': { label: m.flag_unreliable_method, why: m.flag_unreliable_method_why },
	'truncated-bound': { label: m.flag_truncated_bound, why: m.flag_truncated_bound_why },
	'zero-width': { label: m.flag_zero_width, why: m.flag_zero_width_why }
};

/** A status in the page's language, e.g. "不一致" for mismatch. */
export const statusLabel = (s: CheckStatus): string => STATUS[s]();

/** A flag's short label and the sentence that explains it, in the page's language. */
export const flagWords = (f: CheckFlag): { label: string; why: string } => ({
	label: FLAG[f].label(),
	why: FLAG[f].why()
});

type Words = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

// proper names as their authors write them (an en dash between two names); the variants and the one-sample tests
// (the p-value checks' methods) worded per language
const METHOD: Record<IntervalMethod | OneSampleTest, Words> = {
	'clopper-pearson': () => 'Clopper–Pearson',
	wald: () => 'Wald',
	'wald-truncated': m.method_wald_truncated,
	wilson: () => 'Wilson',
	'wilson-cc': m.method_wilson_cc,
	'agresti-coull': () => 'Agresti–Coull',
	jeffreys: () => 'Jeffreys',
	'mid-p': () => 'mid-p',
	normal: m.explain_test_normal,
	'normal-cc': m.explain_test_normal_cc,
	exact: m.explain_test_exact
};

/**
 * An interval method's or one-sample test's name in the given language (the page's when omitted); an unknown code as
 * it is.
 * @example methodNameIn('exact', 'ja') // '正確二項検定'
 */
export const methodNameIn = (code: string, lang?: Locale): string =>
	Object.hasOwn(METHOD, code) ? METHOD[code as IntervalMethod](undefined, lang ? { locale: lang } : undefined) : code;

/**
 * An interval method's or one-sample test's name for the page ("clopper-pearson" → "Clopper–Pearson"); an unknown
 * code is shown as it is. One argument, so `codes.map(methodName)` works.
 */
export const methodName = (code: string): string => methodNameIn(code);

/** Whether a code is one of the interval methods or tests that methodName words. */
export const isMethodCode = (code: string): boolean => Object.hasOwn(METHOD, code);
