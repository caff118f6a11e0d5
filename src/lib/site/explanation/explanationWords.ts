import type { Check } from '$lib/verify/check';
import type { Explanation, ExplanationCode, ExplanationParams } from '$lib/verify/explanation';
import type { Locale } from '../i18n';
import { COUNT_SENTENCES } from './countSentences';
import { DENOMINATOR_SENTENCES } from './denominatorSentences';
import { HAZARD_RATIO_SENTENCES } from './hazardRatioSentences';
import { IMPLIED_RATE_SENTENCES } from './impliedRateSentences';
import { INTERVAL_SENTENCES } from './intervalSentences';
import { PERCENT_SENTENCES } from './percentSentences';
import { SURVEY_SENTENCES } from './surveySentences';
import { SURVIVAL_SENTENCES } from './survivalSentences';
import { TEST_SENTENCES } from './testSentences';
import { joinSentences, wordCode, wordsText, type Wording, type Words } from './words';

/** A check's explanation (the engine's sentence codes) worded in the reader's language. */

// every code of the engine, each kind of check worded in its own file: a code without wording fails the type check
const SENTENCES: { readonly [C in ExplanationCode]: Wording<ExplanationParams[C]> } = {
	...PERCENT_SENTENCES,
	...INTERVAL_SENTENCES,
	...TEST_SENTENCES,
	...COUNT_SENTENCES,
	...HAZARD_RATIO_SENTENCES,
	...DENOMINATOR_SENTENCES,
	...SURVEY_SENTENCES,
	...IMPLIED_RATE_SENTENCES,
	...SURVIVAL_SENTENCES
};

/**
 * Whether every code of an explanation has wording in both languages.
 * @example hasWording([{ code: 'percent_matches' }]) // true
 */
export const hasWording = (explanation: readonly { code: string }[]): boolean =>
	explanation.every((e) => Object.hasOwn(SENTENCES, e.code));

/**
 * An explanation in the reader's language, one Words per sentence; null when a code is unknown (show the detail).
 * @example explanationWords([{ code: 'percent_matches', params: { count: 88, n: 90, exact: '97.7778', recomputed: '97.8' } }], 'ja') // [['88/90 = 97.7778% → 97.8（印刷値と一致）。']]
 */
export function explanationWords(explanation: readonly Explanation[] | undefined, lang: Locale): Words[] | null {
	if (!explanation || explanation.length === 0) return null;
	const out: Words[] = [];
	for (const e of explanation) {
		const w = wordCode(SENTENCES as unknown as Record<string, Wording<never>>, e, lang);
		if (!w) return null;
		out.push(w.filter((s) => s !== ''));
	}
	return out;
}

/**
 * A check's explanation as plain text in the reader's language; the English detail when it cannot be worded.
 * @example explanationText(check, 'ja') // '記載の Clopper–Pearson 法で再現される。'
 */
export function explanationText(check: Pick<Check, 'explanation' | 'detail'>, lang: Locale): string {
	const w = explanationWords(check.explanation, lang);
	return w ? wordsText(joinSentences(w, lang)) : check.detail;
}
