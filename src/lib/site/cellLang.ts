import type { Locale } from './i18n';
import { hasJapanese } from '$lib/util/textLang';

const LATIN = /[A-Za-z]/;

/**
 * The language to mark a cell of the rows table with (WCAG 3.1.2), or undefined for the page's own: on an English
 * page a `_ja` column (the document's own words, kept untranslated) or any cell holding Japanese (a value as printed,
 * "2022 年 6 月 1 日"); on a Japanese page an `_en` column shown for want of a Japanese twin, or a cell in Latin
 * script only (codes and units such as "hazard_ratio", "months").
 * @example cellLang('text_ja', '…であった。', 'en') // 'ja'
 * @example cellLang('unit', 'months', 'ja') // 'en'
 */
export function cellLang(column: string, value: string, page: Locale): Locale | undefined {
	if (value === '') return undefined;
	if (page === 'en') return column.endsWith('_ja') || hasJapanese(value) ? 'ja' : undefined;
	return column.endsWith('_en') || (!hasJapanese(value) && LATIN.test(value)) ? 'en' : undefined;
}
