import { bundledDatasets } from '$lib/server/datasets';
import { verifyCatalog } from '$lib/verify/verifyCatalog';

export function load() {
	const report = verifyCatalog(bundledDatasets());
	const shortDoc = (file: string) => (file.startsWith('000') ? 'guideline' : 'rmp');
	return {
		summary: report.summary,
		// the page needs no numerator/denominator columns: they are in the detail
		checks: report.checks.map(({ numerator: _n, denominator: _d, ...c }) => ({ ...c, doc: shortDoc(c.document) }))
	};
}
