import type { ExplanationCode, ExplanationParams } from '$lib/verify/explanation';
import type { Locale } from '../i18n';
import { localized, type Bilingual } from '../localized';

/**
 * The verification engine's explanations, places and methods (codes with parameters, src/lib/verify/explanation.ts)
 * worded in Japanese or English, one file per kind of check in this folder. Japanese reads as a biostatistician would
 * write it (である調, the guideline's terms: 全奏効割合, 信頼区間, 例数, リスク患者数); English follows the engine's own
 * `detail`. A quotation of the Japanese RMP on an English page is a segment with its `lang`; a function name (log, exp,
 * survfit) is a code segment. Proper names (methods, cited authors) stay as their authors write them, as the guideline
 * itself does. An unknown code words nothing (null): the caller shows the English `detail` or `location` instead.
 */

/** A run of text; one in the other language carries its lang, an identifier (a function name) is code. */
export type Segment =
	string | { readonly text: string; readonly lang: Locale } | { readonly text: string; readonly code: true };
/** One sentence (or a phrase) as segments. */
export type Words = readonly Segment[];

/** How one code is worded: a function of its parameters in each language. */
export type Wording<P> = Bilingual<(p: P) => Words>;

/** Wording for some of the engine's sentence codes (each file of this folder words one kind of check). */
export type Sentences = { readonly [C in ExplanationCode]?: Wording<ExplanationParams[C]> };

/** A quotation in English on a Japanese page, marked as such. */
export const en = (text: string): Segment => ({ text, lang: 'en' });
/** A quotation of the Japanese document on an English page, marked as such. */
export const ja = (text: string): Segment => ({ text, lang: 'ja' });
/** An identifier (a function name such as `log`), shown as code. */
export const code = (text: string): Segment => ({ text, code: true });

/** The plain text of words (for search, sorting and tests). */
export const wordsText = (words: Words): string => words.map((s) => (typeof s === 'string' ? s : s.text)).join('');

/**
 * The sentences joined as running text: no space between Japanese sentences, one between English ones.
 * @example joinSentences([['A.'], ['B.']], 'en') // ['A.', ' ', 'B.']
 */
export function joinSentences(sentences: readonly Words[], lang: Locale): Words {
	const gap: Words = localized(lang, { ja: [], en: [' '] });
	return sentences.flatMap((s, i) => (i > 0 ? [...gap, ...s] : s));
}

/**
 * Words a coded entry from its table, or null for a code the table does not know (never throws).
 * @example wordCode(METHODS, { code: 'sum', params: {} }, 'ja') // ['合計']
 */
export function wordCode<T extends { code: string; params: object }>(
	table: Readonly<Record<string, Wording<never>>>,
	entry: T,
	lang: Locale
): Words | null {
	if (!entry || typeof entry.code !== 'string' || !Object.hasOwn(table, entry.code)) return null;
	const wording = table[entry.code] as Wording<T['params']> | undefined;
	if (!wording) return null;
	try {
		return localized(lang, wording)(entry.params ?? {});
	} catch {
		// params from another version of the report: the caller falls back to the English text
		return null;
	}
}
