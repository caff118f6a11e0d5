import { m } from '$lib/paraglide/messages';
import { tableName } from './chartProvenance';
import { methodNameIn } from './checkWords';
import { cellLang } from './cellLang';
import { unitName } from './unitWords';
import type { Locale } from './i18n';
import { localized } from './localized';

/** A cell of the rows table as shown: its text, the language to mark it with, and whether it is an identifier. */
export interface RowCell {
	readonly text: string;
	readonly lang?: Locale;
	/** ids and codes of the transcription (`hazard_ratio`, `IDEC-C2B8-2;IDEC-C2B8-3`): shown as they are, translate="no" */
	readonly id: boolean;
}

// the three tests and models the transcription states in English, in the footnotes' own Japanese
const STATED_JA: Record<string, string> = {
	'one-sample binomial test using normal approximation against a 50% threshold (one-sided significance level 2.5%)':
		'有意水準片側 2.5%、閾値 50% に対して正規近似を用いた一標本二項検定',
	'stratified Cox proportional hazards model (stratified by age <65/≥65 years, number of prior regimens 2/3/4, high-risk cytogenetics t(4;14)/t(14;16)/del 17p)':
		'年齢 (65 歳未満又は 65 歳以上)、MM に対する前治療レジメン数 (2、3 又は 4) 及び高リスクの細胞遺伝学的異常 (t (4;14)、t (14;16) 又は del 17p) の有無を層別因子とした層別 Cox 比例ハザードモデル',
	'stratified log-rank test (same stratification factors)': '層別ログランク検定（層別因子は同上）'
};

const TOKEN = '[\\w./×⁰¹²³⁴⁵⁶⁷⁸⁹+-]+';
const IDENTIFIERS = new RegExp(`^${TOKEN}(?:;${TOKEN})*$`, 'u');

/** A coded cell worded for a Japanese page (units, table names, stated methods); anything else as it is. */
function wordJa(column: string, value: string): string {
	if (column === 'unit') return unitName(value, 'ja');
	if (column === 'context') return tableName(value, 'ja');
	if (column === 'ci_method_stated')
		return value === 'not stated' ? m.ds_not_stated({}, { locale: 'ja' }) : methodNameIn(value, 'ja');
	if (column === 'test_stated' || column === 'method_stated') return STATED_JA[value] ?? value;
	return value;
}

/**
 * A cell of a dataset's rows as a page shows it: coded cells worded on Japanese pages, ids kept as they are and
 * marked as identifiers, every other cell marked by language (cellLang).
 * @example rowCell('unit', 'months', 'ja') // { text: 'カ月', id: false }
 * @example rowCell('statistic', 'hazard_ratio', 'ja') // { text: 'hazard_ratio', id: true }
 */
export function rowCell(column: string, value: string, page: Locale): RowCell {
	const text = localized(page, { ja: wordJa(column, value), en: value });
	const translated = column.endsWith('_ja') || column.endsWith('_en');
	if (!translated && /[A-Za-z]/.test(text) && IDENTIFIERS.test(text)) return { text, id: true };
	return { text, lang: cellLang(column, text, page), id: false };
}
