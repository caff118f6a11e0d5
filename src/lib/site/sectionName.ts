import { m } from '$lib/paraglide/messages';
import type { Locale } from './i18n';

/**
 * A catalog section in the page's language: numbers stay ("3.1", "1; 2; 3.1–3.3"); the RMP's unnumbered product
 * overview ("overview") is worded.
 * @example sectionName('overview', 'ja') // '品目の概要'
 */
export function sectionName(section: string, lang: Locale): string {
	return section === 'overview' ? m.ds_section_overview({}, { locale: lang }) : section;
}
