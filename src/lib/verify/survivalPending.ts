import type { Dataset } from '$lib/data/dataset';
import type { Check } from './check';
import { checkId, place } from './location';

/** Statistics that need patient-level survival data, listed for the survival engine (issue 4). */
export function survivalPending(datasets: readonly Dataset[]): Check[] {
	const checks: Check[] = [];
	for (const d of datasets.filter((x) => x.entry.schema === 'survival_statistic')) {
		for (const r of d.rows) {
			if (!['median', 'p_value', 'landmark_survival', 'hazard_ratio'].includes(r.statistic ?? '')) continue;
			const value = r.ci_lower ? `${r.estimate} [${r.ci_lower}, ${r.ci_upper}]` : (r.estimate ?? '');
			checks.push({
				id: checkId(d, r, 'survival'),
				document: d.entry.document,
				location: `${place(d, r)}, ${r.endpoint} ${r.statistic?.replaceAll('_', ' ')}${r.time_point ? ` at ${r.time_point} months` : ''}`,
				kind: 'survival',
				numerator: null,
				denominator: null,
				published: value,
				recomputed: null,
				method: null,
				stated_method: r.method_stated || null,
				status: 'not-recomputable',
				detail: `Needs patient-level survival data: to be recomputed from the reconstructed curves by the survival engine (issue 4)${r.statistic === 'hazard_ratio' ? '; the printed ratio is stratified' : ''}.`,
				dataset: d.entry.id,
				source_line: Number(r.source_line)
			});
		}
	}
	return checks;
}
