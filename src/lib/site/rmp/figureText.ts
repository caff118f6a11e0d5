import { pick, type Locale } from '../i18n';
import type { IncidenceFigure } from './incidenceFigures';

// How an incidence figure reads in the plot, the table and the CSV export, in the page's language.

/**
 * A grade as printed, in English words where the document writes Japanese.
 * @example gradeText('grade3 以上', 'en') // 'grade ≥3'
 */
export function gradeText(grade: string, lang: Locale): string {
	if (lang === 'ja' || grade === '') return grade;
	if (/^全 ?grade$/.test(grade)) return 'all grades';
	return grade
		.replace(/grade ?(\d(?:\/\d)?) ?以上/g, 'grade ≥$1')
		.replace(/grade ?(\d(?:\/\d)?) ?以下/g, 'grade ≤$1')
		.replace(/ ?及び ?/g, ' and ')
		.replace(/grade(\d)/g, 'grade $1');
}

/**
 * A Clopper–Pearson bound for reading: one decimal from 1%, two below, two significant digits below 0.1%.
 * @example boundText(0.00064) // '0.00064'
 */
export function boundText(v: number): string {
	if (v === 0) return '0';
	if (v >= 1) return v.toFixed(1);
	if (v >= 0.1) return v.toFixed(2);
	return String(Number(v.toPrecision(2)));
}

/**
 * A figure's interval, or '—' when only a percentage is printed.
 * @example ciText({ ci: { lower: 0.0871, upper: 0.397 } }) // '[0.087, 0.40]'
 */
export const ciText = (f: Pick<IncidenceFigure, 'ci'>): string =>
	f.ci ? `[${boundText(f.ci.lower)}, ${boundText(f.ci.upper)}]` : '—';

/**
 * A figure's count over its denominator, or '—' when only a percentage is printed.
 * @example countText({ count: 1, denominator: 24 }) // '1/24'
 */
export const countText = (f: Pick<IncidenceFigure, 'count' | 'denominator'>): string =>
	f.count !== null && f.denominator !== null ? `${f.count}/${f.denominator}` : '—';

/**
 * What a figure counts: the event with its grade and seriousness (`serious` is the word for a serious event).
 * @example eventText(figure, 'en', 'serious') // 'Hepatitis B · serious' (rmp_inc_a_027); 'Neutrophil count decreased (grade 4)' (rmp_inc_a_108)
 */
export function eventText(f: IncidenceFigure, lang: Locale, serious: string): string {
	const grade = gradeText(f.grade, lang);
	return [pick(f, 'event', lang), grade && `(${grade})`, f.seriousness === 'serious' ? `· ${serious}` : '']
		.filter(Boolean)
		.join(' ');
}

/**
 * Where a figure comes from, shortly: study, arm and phase.
 * @example studyText(figure, 'en') // 'RIN-1 · placebo arm' (rmp_inc_a_020)
 */
export function studyText(f: IncidenceFigure, lang: Locale): string {
	return [pick(f, 'study', lang), pick(f, 'arm', lang), pick(f, 'phase', lang)].filter(Boolean).join(' · ');
}
