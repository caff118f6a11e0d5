import type { SafetyData, SafetyGrade, SafetyLevel, SafetyRecord } from '$lib/verify/safetyTables';
import type { Locale } from '../i18n';
import { localized } from '../localized';
import { recordIndex } from './recordIndex';
import type { SafetySelection } from './safetySelection';
import { selectedSeries } from './safetySeries';
import { termsOf, visibleTerms } from './safetyTerms';

/** A line of the page's table: a record with its labels and place in the tables' order. */
export interface SafetyRow extends SafetyRecord {
	readonly trial: string;
	readonly table: string;
	readonly doc: string;
	readonly groupLabel: string;
	readonly socLabel: string;
	/** "" for the all-reactions and SOC rows */
	readonly ptLabel: string;
	readonly level: SafetyLevel;
	/** position in the tables' order (term, series, grade), the tie-break of every sort */
	readonly order: number;
}

/**
 * The table's rows for the selection: the same series, terms and grades as the chart, in table order.
 * @example tableRows(data, oneSoc, 'ja')[2].ptLabel // 'サイトカイン放出症候群' (MM-001, immune system disorders)
 */
export function tableRows(data: SafetyData, sel: SafetySelection, lang: Locale): SafetyRow[] {
	const series = selectedSeries(data.tables, sel);
	const index = recordIndex(data.records);
	const grades: SafetyGrade[] = sel.grade === 'both' ? ['all', '3plus'] : [sel.grade];
	const out: SafetyRow[] = [];
	for (const term of visibleTerms(data.tables, sel)) {
		for (const s of series) {
			const own = termsOf(s.table).get(term.key);
			if (!own) continue;
			const soc = termsOf(s.table).get(own.soc) ?? own;
			for (const grade of grades) {
				const r = index.at(s.table.id, s.group.id, term.key, grade);
				if (!r) continue;
				out.push({
					...r,
					trial: s.table.trial,
					table: s.table.table,
					doc: s.table.doc,
					groupLabel: localized(lang, s.group),
					socLabel: localized(lang, soc),
					ptLabel: own.level === 'pt' ? localized(lang, own) : '',
					level: own.level,
					order: out.length
				});
			}
		}
	}
	return out;
}
