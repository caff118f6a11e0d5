import { shortList } from '$lib/verify/explanation';
import { methodNameIn } from '../checkWords';
import type { Locale } from '../i18n';
import { localized } from '../localized';

/** Names, numbers and line lists inside an explanation's sentences, punctuated as each language writes a list. */

/** Between the items of a list: "、" in Japanese, ", " in English. */
export const sep = (lang: Locale): string => localized(lang, { ja: '、', en: ', ' });

/**
 * A method's name; in Japanese with 法 ("Clopper–Pearson 法", "Wald 法（[0, 100] に切り詰め）").
 * @example ho('clopper-pearson', 'ja') // 'Clopper–Pearson 法'
 */
export const ho = (code: string, lang: Locale): string => {
	const name = methodNameIn(code, lang);
	if (lang === 'en') return name;
	const paren = name.indexOf('（');
	return paren > 0 ? `${name.slice(0, paren)} 法${name.slice(paren)}` : `${name} 法`;
};

/**
 * Names in a sentence: "A、B" in Japanese, "A, B and C" in English (names may hold commas themselves).
 * @example series(['A', 'B', 'C'], 'en') // 'A, B and C'
 */
export const series = (names: readonly string[], lang: Locale): string =>
	localized(lang, {
		ja: names.join(sep(lang)),
		en: names.length < 2 ? names.join(sep(lang)) : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
	});

/**
 * Methods by name as a series.
 * @example methods(['wilson', 'jeffreys'], 'en') // 'Wilson and Jeffreys'
 */
export const methods = (codes: readonly string[], lang: Locale): string =>
	series(
		codes.map((c) => ho(c, lang)),
		lang
	);

/**
 * A list of whole numbers, long ones shortened to "1, 2, 3 … 40" as the engine does.
 * @example numbers(['219', '220'], 'ja') // '219、220'
 */
export const numbers = (xs: readonly string[], lang: Locale): string => {
	const { head, last } = shortList(xs);
	return last === null ? head.join(sep(lang)) : `${head.join(sep(lang))} … ${last}`;
};

/**
 * Printed lines given as "148,186,276", listed in the language.
 * @example lines('148,186', 'ja') // '148、186'
 */
export const lines = (commaSeparated: string, lang: Locale): string => commaSeparated.split(',').join(sep(lang));
