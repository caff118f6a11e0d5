import type { Locale } from './i18n';

/** One text (or any value) in both languages of the site. */
export interface Bilingual<T = string> {
	readonly ja: T;
	readonly en: T;
}

/**
 * The value for the page's language: one call instead of a `lang === 'ja' ? … : …` ternary, and the pair stays
 * together where a model holds it (e.g. `survey.name`).
 * @example localized('en', { ja: '調査', en: 'Survey' }) // 'Survey'
 */
export function localized<T>(lang: Locale, values: Bilingual<T>): T {
	return lang === 'ja' ? values.ja : values.en;
}
