// The language a piece of text is written in, judged by its script: a quoted value (a date or amount as the document
// prints it) or a reader's own label keeps its language, so a screen reader pronounces it right (WCAG 3.1.2).

/** Japanese script, its punctuation and full-width forms. */
export const JAPANESE_CHARACTER =
	'[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303F\\u30FC\\uFF01-\\uFF60【】＜＞]';
const ANY_JAPANESE = new RegExp(JAPANESE_CHARACTER, 'u');

/**
 * Whether the text holds Japanese script.
 * @example hasJapanese('2022 年 6 月 1 日') // true
 * @example hasJapanese('months') // false
 */
export const hasJapanese = (text: string): boolean => ANY_JAPANESE.test(text);

/**
 * 'ja' when the text holds Japanese script, otherwise undefined (the text takes the page's language).
 * @example textLang('2028年3月31日') // 'ja'
 * @example textLang('40') // undefined
 */
export const textLang = (text: string): 'ja' | undefined => (hasJapanese(text) ? 'ja' : undefined);

/**
 * 'ja' for Japanese script, 'en' for Latin letters, else undefined. For text the page does not choose (the arm names
 * of a reader's own file).
 * @example scriptLang('standard') // 'en'
 * @example scriptLang('本品群') // 'ja'
 * @example scriptLang('1') // undefined
 */
export const scriptLang = (text: string): 'ja' | 'en' | undefined =>
	textLang(text) ?? (/[A-Za-z]/.test(text) ? 'en' : undefined);
