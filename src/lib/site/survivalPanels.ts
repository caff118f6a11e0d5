import type { Dataset } from '$lib/data/dataset';
import { tableName } from './chartProvenance';
import { survivalPanel } from '$lib/site/survivalData';
import type { RebuiltEndpoint } from '$lib/survival/bundledEndpoints';

const num = (s: string | undefined) => (s && /^\d+(\.\d+)?$/.test(s) ? Number(s) : null);

/** The rebuilt KM panels (PFS, OS) of MM-003, from `rebuilt` (rebuildEndpoints of the same datasets). */
export function survivalPanels(datasets: readonly Dataset[], rebuilt: readonly RebuiltEndpoint[]) {
	return rebuilt.map((e) => survivalPanel(e, datasets));
}

/** The PFS hazard ratios of the subgroup tables (9: prior regimens; 10: the Japanese population), as printed: the forest plot's rows. */
export function forestRows(datasets: readonly Dataset[]) {
	return ['gl_t9_mm003_prior_regimens_pfs', 'gl_t10_mm003_japanese_pfs'].flatMap((id) => {
		const d = datasets.find((x) => x.entry.id === id);
		if (!d) return [];
		return d.rows
			.filter((r) => r.statistic === 'hazard_ratio' && !(id.startsWith('gl_t10') && r.group_id === 'overall'))
			.map((r) => ({
				id: `${id}/${r.group_id}`,
				dataset: id,
				label_ja: `${r.group_ja}（${tableName(d.entry.table, 'ja')}）`,
				label_en: `${r.group_en} (${d.entry.table})`,
				estimate: num(r.estimate),
				lower: num(r.ci_lower),
				upper: num(r.ci_upper),
				text: `${r.estimate} [${r.ci_lower}, ${r.ci_upper}]`,
				events: d.rows.filter((x) => x.group_id === r.group_id && x.statistic === 'events').reduce((s, x) => s + Number(x.count ?? 0), 0)
			}));
	});
}
