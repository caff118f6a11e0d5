import type { SafetyGradeView } from '$lib/charts/safetyLayout';
import { m } from '$lib/paraglide/messages';
import type { SafetyGrade, SafetyRecord } from '$lib/verify/safetyTables';
import type { Locale } from '../i18n';
import { localized } from '../localized';
import type { SafetySortKey } from './safetySelection';
import type { SafetySeriesInfo } from './safetySeries';

// The safety page's words: grade views, column labels, series names and the interval as the table prints it.

/** The glossary entries a reader of the intervals and checks needs. */
export const SAFETY_GLOSSARY_TERMS = [
	'clopper-pearson',
	'confidence-interval',
	'printed-precision',
	'rounding-half-up',
	'reproduced',
	'mismatch'
];

/** The grade selector's options, in order. */
export const GRADE_VIEW_OPTIONS: readonly { readonly value: SafetyGradeView; readonly label: () => string }[] = [
	{ value: 'both', label: m.safety_grade_both },
	{ value: 'all', label: m.safety_grade_all },
	{ value: '3plus', label: m.safety_grade_3plus }
];

/** The table's sortable columns, in order (the source line follows, unsorted). */
export const SAFETY_COLUMNS: readonly {
	readonly key: SafetySortKey;
	readonly label: () => string;
	readonly num?: boolean;
}[] = [
	{ key: 'source', label: m.safety_col_source },
	{ key: 'group', label: m.safety_col_group },
	{ key: 'soc', label: m.safety_col_soc },
	{ key: 'pt', label: m.safety_col_pt },
	{ key: 'grade', label: m.safety_col_grade },
	{ key: 'count', label: m.safety_col_count, num: true },
	{ key: 'printed', label: m.safety_col_printed, num: true },
	{ key: 'recomputed', label: m.safety_col_recomputed, num: true },
	{ key: 'ci', label: m.safety_col_ci, num: true },
	{ key: 'status', label: m.col_status }
];

/**
 * A record's grade in the table.
 * @example gradeLabel('3plus') // 'Grade ≥3' (English page)
 */
export const gradeLabel = (grade: SafetyGrade): string =>
	grade === 'all' ? m.safety_grade_all() : m.safety_grade_3plus();

/**
 * A series' name in the chart's legend: the trial and its dose group.
 * @example seriesLabel(series, 'en') // 'MM-001 · Overall (150–450×10⁶ CAR+ T cells)'
 */
export const seriesLabel = (s: SafetySeriesInfo, lang: Locale): string =>
	`${s.table.trial} · ${localized(lang, s.group)}`;

/**
 * A Clopper–Pearson interval for the table, at one decimal.
 * @example ciText({ lower: 77.528, upper: 90.254 }) // '[77.5, 90.3]'
 */
export const ciText = (r: Pick<SafetyRecord, 'lower' | 'upper'>): string =>
	`[${r.lower.toFixed(1)}, ${r.upper.toFixed(1)}]`;
