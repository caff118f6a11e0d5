import type { Locale } from './i18n';

// The transcriptions store units in English (the `unit` column); pages word them in the reader's
// language, in the words the documents use (例, カ月, 週, 1 日 1 回 …). Symbols (%, mg, mg/m², ℃) are the same in both.
const JAPANESE: Readonly<Record<string, string>> = {
	patients: '例',
	cases: '例',
	'patients/year': '例/年',
	events: '件',
	trials: '試験',
	months: 'カ月',
	weeks: '週',
	years: '年',
	year: '年',
	'calendar year': '暦年',
	days: '日',
	day: '日',
	'days after': '日後',
	'days before': '日前',
	'days before infusion': '投与日前',
	hours: '時間',
	minutes: '分',
	date: '日付',
	cells: '個',
	doses: '回',
	administrations: '回',
	courses: 'コース',
	'cycle (or fewer)': 'サイクル以下',
	regimens: 'レジメン',
	'therapies (or more)': '治療以上',
	markers: '項目',
	parts: 'パート',
	fold: '倍',
	'mRSS points': 'mRSS（点）',
	'time/day': '回/日',
	'mg/day': 'mg/日',
	'mg/week': 'mg/週',
	'mg/body': 'mg/body',
	'mL/min (not exceeding)': 'mL/分以下',
	'℃ (or below)': '℃以下',
	'% (or more)': '%以上'
};

/**
 * A unit of the transcriptions in the page's language; symbols and unknown units are shown as stored.
 * @example unitName('weeks', 'ja') // '週'
 * @example unitName('mg/m²', 'ja') // 'mg/m²'
 */
export function unitName(unit: string, lang: Locale): string {
	return lang === 'ja' && Object.hasOwn(JAPANESE, unit) ? JAPANESE[unit]! : unit;
}
