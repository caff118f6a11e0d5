import type { SafetyGradeView } from '$lib/charts/safetyLayout';
import type { SafetyTable, SafetyTerm } from '$lib/verify/safetyTables';
import { readSort, writeSort, type SortDir } from '../tableSort';

// The reader's choice of trials, dose groups, SOC, grades and sort on the safety page, kept in the URL.

export const SAFETY_SORT_KEYS = [
	'source',
	'group',
	'soc',
	'pt',
	'grade',
	'count',
	'printed',
	'recomputed',
	'ci',
	'status'
] as const;
export type SafetySortKey = (typeof SAFETY_SORT_KEYS)[number];
export const GRADE_VIEWS: readonly SafetyGradeView[] = ['both', 'all', '3plus'];

export interface SafetySelection {
	/** a trial name, or "all" for the trials side by side */
	readonly trial: string;
	/** checked dose groups per trial (never empty) */
	readonly groups: Readonly<Record<string, readonly string[]>>;
	/** a SOC (English MedDRA name), or "" for every SOC */
	readonly soc: string;
	readonly grade: SafetyGradeView;
	/** keep only the terms printed in every selected trial */
	readonly shared: boolean;
	/** null: the order of the tables */
	readonly sort: SafetySortKey | null;
	readonly dir: SortDir;
}

/**
 * The URL parameter that holds a trial's dose groups.
 * @example trialParam('MM-001') // 'mm001'
 */
export const trialParam = (trial: string): string => trial.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * All trials side by side, each in its pooled group, on the terms they share, both grades, in table order.
 * @example defaultSelection(tables).groups // { 'MM-001': ['overall'], 'CRB-401': ['overall'], 'MM-003': ['idecel_treated'] } (bundled)
 */
export function defaultSelection(tables: readonly SafetyTable[]): SafetySelection {
	return {
		trial: 'all',
		groups: Object.fromEntries(tables.map((t) => [t.trial, [t.pooled]])),
		soc: '',
		grade: 'both',
		shared: true,
		sort: null,
		dir: 'asc'
	};
}

/**
 * The tables of the selected trial, or all of them.
 * @example selectedTables(tables, { trial: 'MM-003' }).map((t) => t.table) // ['Table 13'] (bundled)
 */
export const selectedTables = (tables: readonly SafetyTable[], sel: Pick<SafetySelection, 'trial'>): SafetyTable[] =>
	tables.filter((t) => sel.trial === 'all' || t.trial === sel.trial);

/**
 * SOCs of the selected tables, in the order they are first printed.
 * @example socOptions(tables, selection)[0].en // 'Blood and lymphatic system disorders'
 */
export function socOptions(tables: readonly SafetyTable[], sel: Pick<SafetySelection, 'trial'>): SafetyTerm[] {
	const out: SafetyTerm[] = [];
	for (const t of selectedTables(tables, sel))
		for (const term of t.terms) if (term.level === 'soc' && !out.some((o) => o.key === term.key)) out.push(term);
	return out;
}

/**
 * Drops what the tables cannot show: an unknown trial, group or SOC falls back to the default.
 * @example normalizeSelection(tables, { ...sel, trial: 'XX-9' }).trial // 'all'
 */
export function normalizeSelection(tables: readonly SafetyTable[], sel: SafetySelection): SafetySelection {
	const trial = sel.trial === 'all' || tables.some((t) => t.trial === sel.trial) ? sel.trial : 'all';
	const groups = Object.fromEntries(
		tables.map((t) => {
			const ok = (sel.groups[t.trial] ?? []).filter(
				(g, i, all) => t.groups.some((x) => x.id === g) && all.indexOf(g) === i
			);
			// in the table's own order, so a link gives the same series order however it was clicked
			const ordered = t.groups.map((g) => g.id).filter((g) => ok.includes(g));
			return [t.trial, ordered.length > 0 ? ordered : [t.pooled]];
		})
	);
	const withTrial = { ...sel, trial, groups };
	const soc = socOptions(tables, withTrial).some((s) => s.en === sel.soc) ? sel.soc : '';
	return { ...withTrial, soc, grade: GRADE_VIEWS.includes(sel.grade) ? sel.grade : 'both' };
}

/**
 * Reads a selection from a query string; anything missing or unknown is the default.
 * @example parseSelection(new URLSearchParams('trial=CRB-401&crb401=d450.d150_450'), tables).groups['CRB-401'] // ['d450', 'd150_450']
 */
export function parseSelection(params: URLSearchParams, tables: readonly SafetyTable[]): SafetySelection {
	const d = defaultSelection(tables);
	return normalizeSelection(tables, {
		trial: params.get('trial') ?? d.trial,
		groups: Object.fromEntries(
			tables.map((t) => [t.trial, params.get(trialParam(t.trial))?.split('.') ?? d.groups[t.trial] ?? [t.pooled]])
		),
		soc: params.get('soc') ?? '',
		grade: (params.get('grade') ?? d.grade) as SafetyGradeView,
		shared: params.has('shared') ? params.get('shared') === '1' : d.shared,
		...readSort(params, SAFETY_SORT_KEYS)
	});
}

/**
 * Writes every part of the selection into the URL's query, so a copied link reproduces the view.
 * @example writeSelection(url, defaultSelection(tables), tables).search // '?trial=all&mm001=overall&crb401=overall&mm003=idecel_treated&grade=both&shared=1'
 */
export function writeSelection(url: URL, sel: SafetySelection, tables: readonly SafetyTable[]): URL {
	const p = url.searchParams;
	p.set('trial', sel.trial);
	for (const t of tables) p.set(trialParam(t.trial), (sel.groups[t.trial] ?? [t.pooled]).join('.'));
	if (sel.soc) p.set('soc', sel.soc);
	else p.delete('soc');
	p.set('grade', sel.grade);
	p.set('shared', sel.shared ? '1' : '0');
	writeSort(p, sel);
	return url;
}
