import { readSort, writeSort, type SortDir } from '../tableSort';
import { indicationGroups, type IndicationGroup } from './indicationGroups';
import type { RmpData } from './rmpData';
import { concernOptions, type RmpMatrix } from './rmpMatrix';

// The reader's choice of incidence figures, kept in the URL (`?concern=infections&indication=…&sort=ci&dir=desc`).

export const RMP_SORT_KEYS = [
	'indication',
	'study',
	'event',
	'grade',
	'count',
	'printed',
	'recomputed',
	'ci',
	'status',
	'line'
] as const;
export type RmpSortKey = (typeof RMP_SORT_KEYS)[number];

export interface RmpSelection {
	/** a concern id that has incidence figures */
	readonly concern: string;
	/** an indication key of that concern, or '' for all */
	readonly indication: string;
	/** null: grouped by indication, in the document's order (as the plot) */
	readonly sort: RmpSortKey | null;
	readonly dir: SortDir;
}

/**
 * The first concern with figures, all its indications, grouped (no sort).
 * @example defaultRmpSelection(matrix) // { concern: 'infusion_reaction', indication: '', sort: null, dir: 'asc' }
 */
export function defaultRmpSelection(matrix: RmpMatrix): RmpSelection {
	return { concern: concernOptions(matrix)[0]?.id ?? '', indication: '', sort: null, dir: 'asc' };
}

/**
 * Drops what the data cannot show: an unknown concern falls back to the first, an indication it lacks to all.
 * @example normalizeRmpSelection(data, { ...sel, concern: 'pml' }).concern // 'infusion_reaction' (no figures for PML)
 */
export function normalizeRmpSelection(data: RmpData, sel: RmpSelection): RmpSelection {
	const options = concernOptions(data.matrix);
	const concern = options.some((c) => c.id === sel.concern) ? sel.concern : defaultRmpSelection(data.matrix).concern;
	const indication = indicationGroups(data.figures, concern).some((g) => g.key === sel.indication)
		? sel.indication
		: '';
	const sort = sel.sort && (RMP_SORT_KEYS as readonly string[]).includes(sel.sort) ? sel.sort : null;
	return { concern, indication, sort, dir: sel.dir === 'desc' ? 'desc' : 'asc' };
}

/**
 * Reads a selection from a query string; unknown values are the default.
 * @example parseRmpSelection(new URLSearchParams('concern=infections&sort=ci&dir=desc'), data).sort // 'ci'
 */
export function parseRmpSelection(params: URLSearchParams, data: RmpData): RmpSelection {
	return normalizeRmpSelection(data, {
		concern: params.get('concern') ?? '',
		indication: params.get('indication') ?? '',
		...readSort(params, RMP_SORT_KEYS)
	});
}

/**
 * Writes the selection into the URL's query, so a copied link reproduces the view.
 * @example writeRmpSelection(new URL('http://x/rmp/'), { concern: 'infections', indication: '', sort: null, dir: 'asc' }).search // '?concern=infections'
 */
export function writeRmpSelection(url: URL, sel: RmpSelection): URL {
	const p = url.searchParams;
	p.set('concern', sel.concern);
	if (sel.indication) p.set('indication', sel.indication);
	else p.delete('indication');
	writeSort(p, sel);
	return url;
}

/**
 * The figures of the selection, grouped by indication in document order (the plot's order).
 * @example selectedGroups(data, { concern: 'renal_disorders', indication: 'abo-incompatible-liver-transplantation', sort: null, dir: 'asc' }).length // 1
 */
export function selectedGroups(data: RmpData, sel: RmpSelection): IndicationGroup[] {
	return indicationGroups(data.figures, sel.concern).filter((g) => sel.indication === '' || g.key === sel.indication);
}
