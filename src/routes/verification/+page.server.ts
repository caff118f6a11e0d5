import { bundledReport } from '$lib/server/datasets';

export function load() {
	const report = bundledReport();
	const shortDoc = (file: string) => (file.startsWith('000') ? 'guideline' : 'rmp');
	return {
		summary: report.summary,
		// the page needs no numerator/denominator columns: they are in the detail
		checks: report.checks.map(({ numerator: _n, denominator: _d, ...c }) => ({ ...c, doc: shortDoc(c.document) }))
	};
}
