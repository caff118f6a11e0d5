// Dates printed the Japanese way ("2028年3月31日", "2022 年 6 月 1 日") read as ISO 8601, the form the site writes
// its own dates in (docs/language-conventions.md), so an English page can gloss a quoted date.
const PRINTED_DATE = /^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$/;

/**
 * The ISO date of a date printed as 年月日, or null when the text is not exactly such a date (or not a real day).
 * @example isoFromJapaneseDate('2028年3月31日') // '2028-03-31'
 * @example isoFromJapaneseDate('半年') // null
 */
export function isoFromJapaneseDate(text: string): string | null {
	const m = PRINTED_DATE.exec(text);
	if (!m) return null;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
