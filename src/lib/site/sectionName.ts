import { m } from '$lib/paraglide/messages';
import type { Locale } from './i18n';

/** The unnumbered sections documents commonly have, by the code a catalog names them with, in both languages. */
const NAMED_SECTIONS: Readonly<Record<string, (lang: Locale) => string>> = {
	overview: (locale) => m.ds_section_overview({}, { locale }),
	abstract: (locale) => m.ds_section_abstract({}, { locale }),
	introduction: (locale) => m.ds_section_introduction({}, { locale }),
	methods: (locale) => m.ds_section_methods({}, { locale }),
	results: (locale) => m.ds_section_results({}, { locale }),
	discussion: (locale) => m.ds_section_discussion({}, { locale }),
	appendix: (locale) => m.ds_section_appendix({}, { locale })
};

/** Whether a catalog section is a named one (worded by sectionName), not a number such as "3.1". */
export const isNamedSection = (section: string): boolean => Object.hasOwn(NAMED_SECTIONS, section);

/**
 * A catalog section in the page's language: numbers stay ("3.1", "1; 2; 3.1–3.3"); the common unnumbered ones (the
 * RMP's product overview, a paper's abstract or results) are worded.
 * @example sectionName('overview', 'ja') // '品目の概要'
 * @example sectionName('results', 'en') // 'Results'
 */
export function sectionName(section: string, lang: Locale): string {
	return isNamedSection(section) ? NAMED_SECTIONS[section]!(lang) : section;
}
