import { profileByFile } from '$lib/documents/profiles';
import { bundledProfiles, bundledReport } from '$lib/server/datasets';
import { explanationWords } from '$lib/site/explanation/explanationWords';
import { whereWords } from '$lib/site/explanation/whereWords';
import type { Where } from '$lib/verify/location';

const withoutDocumentNames = ({ document_en: _en, document_ja: _ja, ...where }: Where): Where => where;

export function load() {
	const report = bundledReport();
	const slugOf = (file: string) => profileByFile(bundledProfiles(), file)?.slug ?? file;
	const wordedInBoth = <T>(word: (lang: 'ja' | 'en') => T | null) => word('ja') !== null && word('en') !== null;
	return {
		summary: report.summary,
		documents: bundledProfiles().map((p) => ({ slug: p.slug, name_ja: p.name_ja, name_en: p.name_en })),
		// the page needs no numerator/denominator columns (they are in the explanation), and the engine's English
		// detail and location only where the page cannot word a check itself: half the page's weight
		checks: report.checks.map(({ numerator: _n, denominator: _d, detail, location, ...c }) => ({
			...c,
			// the document's names word only a passage of running text ("RMP 2 項、480 行目"): a table's place needs none
			where: c.where && c.where.table !== 'text' ? withoutDocumentNames(c.where) : c.where,
			doc: slugOf(c.document),
			detail: wordedInBoth((lang) => explanationWords(c.explanation, lang)) ? '' : detail,
			location: wordedInBoth((lang) => whereWords(c.where, lang)) ? '' : location
		}))
	};
}
