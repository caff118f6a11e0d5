import type { Check } from '$lib/verify/check';
import type { Where } from '$lib/verify/location';
import { tableName } from '../chartProvenance';
import type { Locale } from '../i18n';
import { localized, type Bilingual } from '../localized';
import { isNamedSection, sectionName } from '../sectionName';
import { quantityWords } from './quantityWords';
import { wordsText, type Words } from './words';

/** A check's place (document, table or passage, column or study, what the number is) in Japanese or English. */

// a study or survey names a passage: what it prints follows a colon, as in the engine's location
const PLACE: Bilingual<(where: Where, quantity: Words) => Words> = {
	ja: (where, quantity) => {
		const group = where.group_ja || where.group_en;
		if (where.table === 'text') {
			const named = where.section && isNamedSection(where.section);
			const section = named ? sectionName(where.section ?? '', 'ja') : `${where.section} 項`;
			const head = `${where.document_ja ?? where.file ?? ''} ${section}、${where.line} 行目`;
			return group ? [`${head}、${group}：`, ...quantity] : [`${head}、`, ...quantity];
		}
		const table =
			where.document === 'upload' ? `アップロードしたファイル ${where.file ?? ''}` : tableName(where.table, 'ja');
		return group ? [`${table}、${group}、`, ...quantity] : [`${table}、`, ...quantity];
	},
	en: (where, quantity) => {
		const group = where.group_en;
		if (where.table === 'text') {
			const named = where.section && isNamedSection(where.section);
			const section = named ? sectionName(where.section ?? '', 'en').toLowerCase() : `section ${where.section}`;
			const head = `${where.document_en ?? where.file ?? ''} ${section}, line ${where.line}`;
			return group ? [`${head}, ${group}: `, ...quantity] : [`${head}, `, ...quantity];
		}
		const table = tableName(where.table, 'en');
		return group ? [`${table}, ${group} column, `, ...quantity] : [`${table}, `, ...quantity];
	}
};

/**
 * A check's place in the reader's language, e.g. "表 2、外国人コホート 150×10⁶個、全奏効割合の 95% 信頼区間" or
 * "ガイドライン 3.6 項、530 行目、…"; null when the quantity's code is unknown (show the English location).
 * @example whereWords(check.where, 'en') // ['Table 2, Foreign cohort, 150×10⁶ CAR+ T cells column, ', '95% CI of the ORR']
 */
export function whereWords(where: Where | undefined, lang: Locale): Words | null {
	if (!where) return null;
	const quantity = quantityWords(where.quantity, lang);
	if (!quantity) return null;
	return localized(lang, PLACE)(where, quantity);
}

/**
 * A check's place as plain text in the reader's language; the English location when it cannot be worded.
 * @example whereText(check, 'ja') // '表 2、外国人コホート 300×10⁶個、全奏効割合の 95% 信頼区間'
 */
export function whereText(check: Pick<Check, 'where' | 'location'>, lang: Locale): string {
	const w = whereWords(check.where, lang);
	return w ? wordsText(w) : check.location;
}
