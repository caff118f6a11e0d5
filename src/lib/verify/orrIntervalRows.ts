import type { Dataset } from '$lib/data/dataset';
import { tableName } from '$lib/data/tableName';
import type { Check } from './check';

/** One printed ORR interval with its verification: a row of the interval chart and its table. */
export type OrrIntervalRow = ReturnType<typeof orrIntervalRows>[number];

/**
 * Every printed ORR interval of the given datasets (optionally one trial), with the verification engine's per-method
 * intervals from `report` (verifyCatalog of the same datasets): the bundled pages' and the analysis page's rows.
 * @example orrIntervalRows(datasets, verifyCatalog(datasets).checks, 'MM-001')[0]?.reproducing // the methods that reproduce the printed interval
 */
export function orrIntervalRows(datasets: readonly Dataset[], report: readonly Check[], trial?: string) {
	const checks = new Map(report.filter((c) => c.kind === 'proportion_ci').map((c) => [c.id, c]));
	return datasets
		.filter((d) => d.entry.schema === 'response_rate' && (trial === undefined || d.entry.trial === trial))
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
						trial: d.entry.trial ?? '',
						section_ja: [...new Set([d.entry.trial, tableName(d.entry.table, 'ja'), cut])].filter(Boolean).join(' · '),
						section_en: [...new Set([d.entry.trial, d.entry.table, cut])].filter(Boolean).join(' · '),
						label_ja: [r.group_ja, r.arm_ja].filter(Boolean).join(' · '),
						label_en: [r.group_en, r.arm_en].filter(Boolean).join(' · '),
						x: c?.numerator ?? null,
						n: c?.denominator ?? null,
						estimate: Number(r.orr_percent),
						estimateText: r.orr_percent ?? '',
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
}
