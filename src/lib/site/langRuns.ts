import type { Locale } from './i18n';
import { JAPANESE_CHARACTER } from '$lib/util/textLang';

/** A stretch of text and the language to mark it with (none: the page's own). */
export interface LangRun {
	readonly text: string;
	readonly lang?: Locale;
	/** an identifier or a Latin-script quote, written between backticks in the catalog's Japanese text */
	readonly code?: boolean;
}

// Japanese script, its punctuation and full-width forms; digits, spaces and ASCII signs between two such stretches
// belong to the quote ("2022 年 6 月 1 日", "片側 p 値"), as does a number just before one
const JA = JAPANESE_CHARACTER;
// Latin inside the quote: abbreviations and single letters ("片側 p 値", "AST 上昇")
const BRIDGE = '(?:[\\s\\d.,:;/()%~×+=<>*-]|[A-Z]{1,5}(?![A-Za-z])|[a-z](?![A-Za-z]))*';
const JAPANESE_RUN = new RegExp(`(?:\\d[\\d.,]*\\s?)?${JA}+(?:${BRIDGE}${JA}+)*`, 'gu');

/**
 * Splits a catalog sentence into runs to mark with their language (WCAG 3.1.2): `…` is an identifier or Latin-script
 * quote (marked English); on an English page a quote of the Japanese document inside the sentence is marked Japanese.
 * @example langRuns('The 全体集団 column prints no N', 'en') // [{ text: 'The ' }, { text: '全体集団', lang: 'ja' }, { text: ' column prints no N' }]
 */
export function langRuns(text: string, page: Locale): LangRun[] {
	const runs: LangRun[] = [];
	text.split('`').forEach((part, i) => {
		if (part === '') return;
		if (i % 2 === 1) {
			runs.push({ text: part, lang: 'en', code: true });
			return;
		}
		if (page === 'ja') {
			runs.push({ text: part });
			return;
		}
		let at = 0;
		for (const m of part.matchAll(JAPANESE_RUN)) {
			if (m.index > at) runs.push({ text: part.slice(at, m.index) });
			runs.push({ text: m[0], lang: 'ja' });
			at = m.index + m[0].length;
		}
		if (at < part.length) runs.push({ text: part.slice(at) });
	});
	return runs;
}
