import type { Locale } from './i18n';
import { localized } from './localized';

/** What naming a dataset needs: its unique label (bundled datasets) and its printed title (the fallback). */
export interface Labelled {
	readonly title_ja: string;
	readonly title_en: string;
	readonly label_ja?: string;
	readonly label_en?: string;
}

/**
 * The name a list or link shows for a dataset: its unique label in the page's language; a reader's uploaded table has
 * no label and is named by its title (its file name). Printed titles stay for captions that quote the document.
 * @example datasetLabel(t2orr.entry, 'en') // 'Table 2 · MM-001 ORR with 95% CI (cut-off 16 Oct 2019)'
 */
export function datasetLabel(entry: Labelled, lang: Locale): string {
	return localized(lang, { ja: entry.label_ja || entry.title_ja, en: entry.label_en || entry.title_en });
}

/** The fields a page's load sends so the page can name a dataset in either language. */
export const labelFields = (e: Labelled): Labelled => ({
	title_ja: e.title_ja,
	title_en: e.title_en,
	label_ja: e.label_ja,
	label_en: e.label_en
});
