import type { SafetyPoint, SafetySeries, SafetyTermInput } from '$lib/charts/safetyLayout';
import type { SafetyData, SafetyRecord } from '$lib/verify/safetyTables';
import type { Locale } from '../i18n';
import { localized } from '../localized';
import { recordIndex } from './recordIndex';
import type { SafetySelection } from './safetySelection';
import { selectedSeries, type SafetySeriesInfo } from './safetySeries';
import { termsOf, visibleTerms } from './safetyTerms';

const point = (r: SafetyRecord | undefined): SafetyPoint | null =>
	r ? { percent: (100 * r.count) / r.n, lower: r.lower, upper: r.upper } : null;

/**
 * The dot plot's input: one term row per visible term, a value per series (null where the table does not print it).
 * @example chartInput(data, { ...def, shared: false }, 'en', (s) => s.id).series.length // 3 (bundled)
 */
export function chartInput(
	data: SafetyData,
	sel: SafetySelection,
	lang: Locale,
	seriesLabel: (s: SafetySeriesInfo) => string
): { terms: SafetyTermInput[]; series: SafetySeries[] } {
	const series = selectedSeries(data.tables, sel);
	const index = recordIndex(data.records);
	const terms = visibleTerms(data.tables, sel).map((term) => ({
		id: term.key,
		level: term.level,
		label: localized(lang, term),
		values: series.map((s) => {
			if (!termsOf(s.table).has(term.key)) return null;
			return {
				all: point(index.at(s.table.id, s.group.id, term.key, 'all')),
				g3: point(index.at(s.table.id, s.group.id, term.key, '3plus'))
			};
		})
	}));
	return { terms, series: series.map((s) => ({ id: s.id, label: seriesLabel(s) })) };
}
