import { m } from '$lib/paraglide/messages';
import type { CheckFlag, CheckStatus } from '$lib/verify/check';
import type { IntervalMethod } from '$lib/stats/binomial/interval';

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
export const flagWords = (f: CheckFlag): { label: string; why: string } => ({ label: FLAG[f].label(), why: FLAG[f].why() });

// proper names as their authors write them (an en dash between two names); the two variants worded per language
const METHOD: Record<IntervalMethod, () => string> = {
	'clopper-pearson': () => 'Clopper–Pearson',
	wald: () => 'Wald',
	'wald-truncated': m.method_wald_truncated,
	wilson: () => 'Wilson',
	'wilson-cc': m.method_wilson_cc,
	'agresti-coull': () => 'Agresti–Coull',
	jeffreys: () => 'Jeffreys',
	'mid-p': () => 'mid-p'
};

/** An interval method's name for the page ("clopper-pearson" → "Clopper–Pearson"); an unknown code is shown as it is. */
export const methodName = (code: string): string => (Object.hasOwn(METHOD, code) ? METHOD[code as IntervalMethod]() : code);
