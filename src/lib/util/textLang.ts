// A quoted value (a date or amount as the document prints it) keeps its language: mark Japanese text as such so a
// screen reader on an English page pronounces it as Japanese (WCAG 3.1.2, language of parts).
const JAPANESE_SCRIPT = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/**
 * 'ja' when the text holds Japanese script, otherwise undefined (the text takes the page's language).
 * @example textLang('2028年3月31日') // 'ja'
 * @example textLang('40') // undefined
 */
export const textLang = (text: string): 'ja' | undefined => (JAPANESE_SCRIPT.test(text) ? 'ja' : undefined);

/**
 * The language a label is written in, judged by its script: 'ja' for Japanese script, 'en' for Latin letters, else
 * undefined. For text the page does not choose (the arm names of a reader's own file).
 * @example scriptLang('standard') // 'en'
 * @example scriptLang('本品群') // 'ja'
 * @example scriptLang('A-1') // 'en'
 * @example scriptLang('1') // undefined
 */
export const scriptLang = (text: string): 'ja' | 'en' | undefined => textLang(text) ?? (/[A-Za-z]/.test(text) ? 'en' : undefined);
