import { m } from '$lib/paraglide/messages';
import type { Bilingual } from '../localized';
import type { PlotWords } from './plotGroups';
import type { RmpSortKey } from './rmpSelection';
import type { ConcernCategory } from './rmpMatrix';

// The RMP explorer's words: category and column labels, regions, and the punctuation of its lists.

/** Each category's heading in the matrix. */
export const CATEGORY_LABEL: Readonly<Record<ConcernCategory, () => string>> = {
	important_identified_risk: m.rmp_cat_important_identified_risk,
	important_potential_risk: m.rmp_cat_important_potential_risk,
	missing_information: m.rmp_cat_missing_information,
	efficacy_consideration: m.rmp_cat_efficacy_consideration
};

/** A column of the figures table: its sort key (null: not sortable), its label, and whether it holds numbers. */
export interface FigureColumn {
	readonly key: RmpSortKey | null;
	readonly label: () => string;
	readonly num?: boolean;
}

/** The figures table's columns, in order. */
export const FIGURE_COLUMNS: readonly FigureColumn[] = [
	{ key: 'indication', label: m.rmp_col_indication },
	{ key: 'study', label: m.rmp_col_study },
	{ key: null, label: m.rmp_col_arm },
	{ key: 'event', label: m.rmp_col_event },
	{ key: 'grade', label: m.rmp_col_grade },
	{ key: null, label: m.rmp_col_serious },
	{ key: 'count', label: m.rmp_col_count, num: true },
	{ key: 'printed', label: m.rmp_col_printed, num: true },
	{ key: 'recomputed', label: m.rmp_col_recomputed, num: true },
	{ key: 'ci', label: m.rmp_col_ci, num: true },
	{ key: 'status', label: m.rmp_col_check },
	{ key: 'line', label: m.rmp_col_line }
];

/**
 * Where a study was run, as printed in the region column ('' when the document does not say).
 * @example regionText('foreign') // 'outside Japan' (English page)
 */
export const regionText = (region: string): string =>
	region === 'domestic' ? m.rmp_region_domestic() : region === 'foreign' ? m.rmp_region_foreign() : '';

/** Between the names of a list in running text. */
export const LIST_SEPARATOR: Bilingual = { ja: '、', en: '; ' };

/** The end of a sentence that ends on a link. */
export const SENTENCE_END: Bilingual = { ja: '。', en: '.' };

/**
 * The plot's words for a figure, in the page's language.
 * @example plotWords().serious // 'serious' (English page)
 */
export const plotWords = (): PlotWords => ({ serious: m.rmp_serious(), percentOnly: m.rmp_percent_only() });
