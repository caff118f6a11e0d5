import { bundledReport } from '$lib/server/datasets';
import { explanationWords, whereWords } from '$lib/site/explanationWords';

export function load() {
	const report = bundledReport();
	const shortDoc = (file: string) => (file.startsWith('000') ? 'guideline' : 'rmp');
	const wordedInBoth = <T,>(word: (lang: 'ja' | 'en') => T | null) => word('ja') !== null && word('en') !== null;
	return {
		summary: report.summary,
		// the page needs no numerator/denominator columns (they are in the explanation), and the engine's English
		// detail and location only where the page cannot word a check itself: half the page's weight
		checks: report.checks.map(({ numerator: _n, denominator: _d, detail, location, ...c }) => ({
			...c,
			doc: shortDoc(c.document),
			detail: wordedInBoth((lang) => explanationWords(c.explanation, lang)) ? '' : detail,
			location: wordedInBoth((lang) => whereWords(c.where, lang)) ? '' : location
		}))
	};
}
