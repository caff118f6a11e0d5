import { bundledDatasets } from '$lib/server/datasets';
import { verifyCatalog } from '$lib/verify/verifyCatalog';

/** Every printed ORR interval with its verification: the rows of the interval chart. */
export function load() {
	const datasets = bundledDatasets();
	const checks = new Map(verifyCatalog(datasets).checks.filter((c) => c.kind === 'proportion_ci').map((c) => [c.id, c]));
	const rows = datasets
		.filter((d) => d.entry.schema === 'response_rate')
		.flatMap((d) =>
			d.rows
				.filter((r) => r.ci_lower && r.ci_upper)
				.map((r) => {
					const id = `${d.entry.id}/${[r.group_id, r.arm_id].filter(Boolean).join('/')}/ci`;
					const c = checks.get(id);
					const cut = d.entry.cutoff ?? '';
					return {
						id,
						dataset: d.entry.id,
						section_ja: `${d.entry.trial ?? ''} · ${d.entry.table} · ${cut}`,
						section_en: `${d.entry.trial ?? ''} · ${d.entry.table} · ${cut}`,
						label_ja: [r.group_ja, r.arm_ja].filter(Boolean).join(' · '),
						label_en: [r.group_en, r.arm_en].filter(Boolean).join(' · '),
						x: c?.numerator ?? null,
						n: c?.denominator ?? null,
						estimate: Number(r.orr_percent),
						printed: [Number(r.ci_lower), Number(r.ci_upper)] as [number, number],
						printedText: `[${r.ci_lower}, ${r.ci_upper}]`,
						byMethod: c?.by_method ?? {},
						reproducing: c?.reproducing_methods ?? [],
						stated: c?.stated_method ?? null,
						status: c?.status ?? 'not-recomputable',
						flags: c?.flags ?? []
					};
				})
		);
	// best-response tables with their rates: the stacked bars and, as printed, their text alternative
	const responseTables = datasets
		.filter((d) => d.entry.schema === 'response_category')
		.map((d) => {
			const rates = datasets.find((x) => x.entry.document === d.entry.document && x.entry.table === d.entry.table && x.entry.schema === 'response_rate');
			return {
				id: d.entry.id,
				table: d.entry.table,
				trial: d.entry.trial ?? '',
				cutoff: d.entry.cutoff ?? '',
				title_ja: d.entry.title_ja,
				title_en: d.entry.title_en,
				rows: d.rows,
				rates: rates?.rows ?? []
			};
		});
	return { rows, responseTables };
}
