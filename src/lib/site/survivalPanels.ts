import type { Dataset } from '$lib/data/dataset';
import type { DocumentProfile, SubgroupForest } from '$lib/documents/profile';
import { tableName } from '$lib/data/tableName';
import { survivalPanel } from '$lib/site/survivalData';
import type { RebuiltEndpoint } from '$lib/survival/bundledEndpoints';
import type { Bilingual } from './localized';

const num = (s: string | undefined) => (s && /^\d+(\.\d+)?$/.test(s) ? Number(s) : null);

/**
 * The rebuilt Kaplan–Meier panels, one per endpoint of `rebuilt` (rebuildEndpoints of the same datasets), with what
 * the documents' profiles say of each (how the printed hazard ratio was computed).
 */
export function survivalPanels(
	datasets: readonly Dataset[],
	rebuilt: readonly RebuiltEndpoint[],
	profiles: readonly DocumentProfile[]
) {
	const reconstructions = profiles.flatMap((p) => p.survival.reconstructions);
	return rebuilt.map((e) =>
		survivalPanel(
			e,
			datasets,
			reconstructions.find((r) => r.id === e.spec.id)
		)
	);
}

/** One row of a subgroup forest plot: a printed hazard ratio with its interval and events. */
export interface ForestRow {
	readonly id: string;
	readonly dataset: string;
	readonly table: string;
	readonly trial: string;
	readonly endpoint: string;
	readonly label_ja: string;
	readonly label_en: string;
	readonly estimate: number | null;
	readonly lower: number | null;
	readonly upper: number | null;
	readonly text: string;
	readonly events: number;
}

/** A subgroup forest plot as the pages draw it: its rows, its arms' names, and the profile's note under it. */
export interface ForestView {
	/** the trials of its rows, joined ("MM-003") */
	readonly trial: string;
	readonly endpoint: 'PFS' | 'OS';
	/** the reference arm and the other: the axis reads "other / reference" */
	readonly arms: { readonly reference: Bilingual; readonly other: Bilingual };
	readonly note: Bilingual | null;
	readonly rows: readonly ForestRow[];
}

/**
 * The hazard ratios of the subgroup tables a document's profile names (pages.subgroup_forest), as printed: the
 * forest plot's rows, in the profile's order, without the rows it omits.
 */
export function forestRows(datasets: readonly Dataset[], forest: SubgroupForest): ForestRow[] {
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
 * Every subgroup forest plot the profiles name, with the arms' names as the forest's tables print them.
 * @example forestViews(datasets, profiles)[0].arms.other.en // 'ide-cel'
 */
export function forestViews(datasets: readonly Dataset[], profiles: readonly DocumentProfile[]): ForestView[] {
	return profiles.flatMap((p) => {
		const forest = p.pages.subgroup_forest;
		if (!forest) return [];
		const tables = datasets.filter((d) => forest.datasets.includes(d.entry.id));
		const armName = (arm: string): Bilingual => {
			const row = tables.flatMap((d) => d.rows).find((r) => r.arm_id === arm);
			return { ja: row?.arm_ja || arm, en: row?.arm_en || arm };
		};
		const rows = forestRows(datasets, forest);
		return [
			{
				trial: [...new Set(rows.map((r) => r.trial))].join(', '),
				endpoint: forest.endpoint,
				arms: { reference: armName(forest.arms[0]), other: armName(forest.arms[1]) },
				note: forest.note_ja && forest.note_en ? { ja: forest.note_ja, en: forest.note_en } : null,
				rows
			}
		];
	});
}

/** A trial's name as a file name part: lowercase letters and digits ("MM-003" → "mm003"). */
const fileKey = (trial: string) => trial.toLowerCase().replaceAll(/[^a-z0-9]/g, '');

/**
 * The file name of a rebuilt survival chart's exports: its trial and endpoint.
 * @example survivalExportName({ trial: 'MM-003', endpoint: 'PFS' }) // 'survival-mm003-pfs'
 */
export const survivalExportName = (panel: { trial: string; endpoint: string }): string =>
	['survival', fileKey(panel.trial), panel.endpoint.toLowerCase()].filter(Boolean).join('-');

/**
 * The file name of the forest plot's exports: its trial and endpoint ("forest-mm003-pfs-subgroups").
 * @example forestExportName([{ trial: 'MM-003', endpoint: 'PFS' }]) // 'forest-mm003-pfs-subgroups'
 */
export function forestExportName(rows: readonly { trial: string; endpoint: string }[]): string {
	const trial = fileKey([...new Set(rows.map((r) => r.trial))].join('-'));
	return ['forest', trial, rows[0]?.endpoint.toLowerCase(), 'subgroups'].filter(Boolean).join('-');
}

/**
 * The panel a link asks for (?trial=…&endpoint=…): that trial's endpoint; a link without a known trial (made before
 * there were several) opens the first trial with that endpoint; an unknown endpoint, the trial's first panel.
 * @example chosenPanel(panels, { trial: '', endpoint: 'OS' }).id // 'mm003_os'
 */
export function chosenPanel<P extends { trial: string; endpoint: string }>(
	panels: readonly P[],
	chosen: { trial: string; endpoint: string }
): P {
	const first = panels[0];
	if (!first) throw new RangeError('chosenPanel: no rebuilt survival endpoint to show');
	const ofTrial = panels.filter((p) => p.trial === chosen.trial);
	const pool = ofTrial.length > 0 ? ofTrial : panels;
	return pool.find((p) => p.endpoint === chosen.endpoint) ?? pool[0] ?? first;
}
