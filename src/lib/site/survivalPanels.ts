import type { Dataset } from '$lib/data/dataset';
import type { SubgroupForest } from '$lib/documents/profile';
import { tableName } from './chartProvenance';
import { survivalPanel } from '$lib/site/survivalData';
import type { RebuiltEndpoint } from '$lib/survival/bundledEndpoints';

const num = (s: string | undefined) => (s && /^\d+(\.\d+)?$/.test(s) ? Number(s) : null);

/** The rebuilt Kaplan–Meier panels, one per endpoint of `rebuilt` (rebuildEndpoints of the same datasets). */
export function survivalPanels(datasets: readonly Dataset[], rebuilt: readonly RebuiltEndpoint[]) {
	return rebuilt.map((e) => survivalPanel(e, datasets));
}

/**
 * The hazard ratios of the subgroup tables a document's profile names (pages.subgroup_forest), as printed: the
 * forest plot's rows, in the profile's order, without the rows it omits.
 */
export function forestRows(datasets: readonly Dataset[], forest: SubgroupForest) {
	return forest.datasets.flatMap((id) => {
		const d = datasets.find((x) => x.entry.id === id);
		if (!d) return [];
		const omitted = new Set(forest.omit.filter((o) => o.dataset === id).map((o) => o.group));
		return d.rows
			.filter((r) => r.statistic === 'hazard_ratio' && !omitted.has(r.group_id ?? ''))
			.map((r) => ({
				id: `${id}/${r.group_id}`,
				dataset: id,
				table: d.entry.table,
				trial: d.entry.trial ?? '',
				endpoint: forest.endpoint,
				label_ja: `${r.group_ja}（${tableName(d.entry.table, 'ja')}）`,
				label_en: `${r.group_en} (${d.entry.table})`,
				estimate: num(r.estimate),
				lower: num(r.ci_lower),
				upper: num(r.ci_upper),
				text: `${r.estimate} [${r.ci_lower}, ${r.ci_upper}]`,
				events: d.rows
					.filter((x) => x.group_id === r.group_id && x.statistic === 'events')
					.reduce((s, x) => s + Number(x.count ?? 0), 0)
			}));
	});
}

/**
 * The file name of the forest plot's exports: its trial and endpoint ("forest-mm003-pfs-subgroups").
 * @example forestExportName([{ trial: 'MM-003', endpoint: 'PFS' }]) // 'forest-mm003-pfs-subgroups'
 */
export function forestExportName(rows: readonly { trial: string; endpoint: string }[]): string {
	const trial = [...new Set(rows.map((r) => r.trial))].join('-').toLowerCase().replaceAll('-', '');
	return ['forest', trial, rows[0]?.endpoint.toLowerCase(), 'subgroups'].filter(Boolean).join('-');
}
