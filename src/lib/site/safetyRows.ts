import type { CheckStatus } from '$lib/verify/check';
import type {
	SafetyData,
	SafetyGrade,
	SafetyGroup,
	SafetyLevel,
	SafetyRecord,
	SafetyTable,
	SafetyTerm
} from '$lib/verify/safetyTables';
import { readSort, writeSort } from './tableSort';
import type { SafetyGradeView, SafetyPoint, SafetySeries, SafetyTermInput } from '$lib/charts/safetyLayout';

// The safety page's data: the adverse-reaction tables with their checks (verify/safetyTables, also the analysis
// worker's) merged, filtered, sorted and turned into the dot plot's input.
export {
	safetyData,
	type SafetyData,
	type SafetyGrade,
	type SafetyGroup,
	type SafetyLevel,
	type SafetyRecord,
	type SafetyTable,
	type SafetyTerm
} from '$lib/verify/safetyTables';

// ——— the reader's selection, kept in the URL ———

export const SORT_KEYS = [
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
export type SafetySortKey = (typeof SORT_KEYS)[number];
const GRADE_VIEWS: readonly SafetyGradeView[] = ['both', 'all', '3plus'];

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
	readonly dir: 'asc' | 'desc';
}

/** The URL parameter that holds a trial's dose groups: "MM-001" → "mm001". */
export const trialParam = (trial: string): string => trial.toLowerCase().replace(/[^a-z0-9]/g, '');

/** All trials side by side, each in its pooled group, on the terms they share, both grades, in table order. */
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

export const selectedTables = (tables: readonly SafetyTable[], sel: SafetySelection): SafetyTable[] =>
	tables.filter((t) => sel.trial === 'all' || t.trial === sel.trial);

/** SOCs of the selected tables, in the order they are first printed. */
export function socOptions(tables: readonly SafetyTable[], sel: SafetySelection): SafetyTerm[] {
	const out: SafetyTerm[] = [];
	for (const t of selectedTables(tables, sel))
		for (const term of t.terms) if (term.level === 'soc' && !out.some((o) => o.key === term.key)) out.push(term);
	return out;
}

/** Drops what the tables cannot show: an unknown trial, group or SOC falls back to the default. */
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

/** Reads a selection from a query string; anything missing or unknown is the default. */
export function parseSelection(params: URLSearchParams, tables: readonly SafetyTable[]): SafetySelection {
	const d = defaultSelection(tables);
	return normalizeSelection(tables, {
		trial: params.get('trial') ?? d.trial,
		groups: Object.fromEntries(
			tables.map((t) => [t.trial, params.get(trialParam(t.trial))?.split('.') ?? d.groups[t.trial]!])
		),
		soc: params.get('soc') ?? '',
		grade: (params.get('grade') ?? d.grade) as SafetyGradeView,
		shared: params.has('shared') ? params.get('shared') === '1' : d.shared,
		...readSort(params, SORT_KEYS)
	});
}

/** Writes every part of the selection into the URL's query, so a copied link reproduces the view. */
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

// ——— what the chart and the table show ———

export interface SafetySeriesInfo {
	/** "<trial>:<group>" */
	readonly id: string;
	readonly table: SafetyTable;
	readonly group: SafetyGroup;
}

/** The series (trial · dose group) of the selection, trials in catalog order and groups in table order. */
export function selectedSeries(tables: readonly SafetyTable[], sel: SafetySelection): SafetySeriesInfo[] {
	return selectedTables(tables, sel).flatMap((t) =>
		t.groups
			.filter((g) => (sel.groups[t.trial] ?? [t.pooled]).includes(g.id))
			.map((group) => ({ id: `${t.trial}:${group.id}`, table: t, group }))
	);
}

/**
 * The terms to draw, in order: "All adverse reactions", then each SOC (in the order first printed) with its PTs
 * under it. With `shared` and more than one trial, only the terms every selected trial prints (PTs matched on the
 * English MedDRA name); with a SOC chosen, that SOC and its PTs.
 */
export function visibleTerms(tables: readonly SafetyTable[], sel: SafetySelection): SafetyTerm[] {
	const chosen = selectedTables(tables, sel);
	// maps, not .some() per term: a reader's table can hold tens of thousands of terms
	const all = new Map<string, SafetyTerm>();
	for (const t of chosen) for (const term of t.terms) if (!all.has(term.key)) all.set(term.key, term);
	const kept = [...all.values()].filter(
		(term) =>
			(!sel.shared || chosen.length < 2 || chosen.every((t) => termsOf(t).has(term.key))) &&
			(sel.soc === '' || term.soc === `soc:${sel.soc}`)
	);
	// PTs whose SOC row is filtered out still follow the SOC order, placed where their SOC would be
	const socOrder = [...new Set([...all.values()].filter((t) => t.level !== 'any').map((t) => t.soc))];
	const underSoc = new Map<string, SafetyTerm[]>(socOrder.map((soc) => [soc, []]));
	for (const t of kept) if (t.level !== 'any') underSoc.get(t.soc)?.[t.level === 'soc' ? 'unshift' : 'push'](t);
	return [...kept.filter((t) => t.level === 'any'), ...socOrder.flatMap((soc) => underSoc.get(soc)!)];
}

const termMaps = new WeakMap<SafetyTable, Map<string, SafetyTerm>>();
/** A table's terms by key (computed once per table). */
function termsOf(t: SafetyTable): Map<string, SafetyTerm> {
	let map = termMaps.get(t);
	if (!map) termMaps.set(t, (map = new Map(t.terms.map((x) => [x.key, x]))));
	return map;
}

const recordIndex = (records: readonly SafetyRecord[]) =>
	new Map(records.map((r) => [`${r.dataset}|${r.group}|${r.term}|${r.grade}`, r]));

/** The dot plot's input: one term row per visible term, a value per series (null where the table does not print it). */
export function chartInput(
	data: SafetyData,
	sel: SafetySelection,
	lang: 'ja' | 'en',
	seriesLabel: (s: SafetySeriesInfo) => string
): { terms: SafetyTermInput[]; series: SafetySeries[] } {
	const series = selectedSeries(data.tables, sel);
	const index = recordIndex(data.records);
	const point = (r: SafetyRecord | undefined): SafetyPoint | null =>
		r ? { percent: (100 * r.count) / r.n, lower: r.lower, upper: r.upper } : null;
	const terms = visibleTerms(data.tables, sel).map((term) => ({
		id: term.key,
		level: term.level,
		label: lang === 'ja' ? term.ja : term.en,
		values: series.map((s) => {
			if (!termsOf(s.table).has(term.key)) return null;
			const at = (grade: SafetyGrade) => index.get(`${s.table.id}|${s.group.id}|${term.key}|${grade}`);
			return { all: point(at('all')), g3: point(at('3plus')) };
		})
	}));
	return { terms, series: series.map((s) => ({ id: s.id, label: seriesLabel(s) })) };
}

/** A line of the page's table: a record with its labels and place in the tables' order. */
export interface SafetyRow extends SafetyRecord {
	readonly trial: string;
	readonly table: string;
	readonly doc: string;
	readonly groupLabel: string;
	readonly socLabel: string;
	/** "" for the all-reactions and SOC rows */
	readonly ptLabel: string;
	readonly level: SafetyLevel;
	/** position in the tables' order (term, series, grade), the tie-break of every sort */
	readonly order: number;
}

/** The table's rows for the selection: the same series, terms and grades as the chart, in table order. */
export function tableRows(data: SafetyData, sel: SafetySelection, lang: 'ja' | 'en'): SafetyRow[] {
	const series = selectedSeries(data.tables, sel);
	const index = recordIndex(data.records);
	const grades: SafetyGrade[] = sel.grade === 'both' ? ['all', '3plus'] : [sel.grade];
	const out: SafetyRow[] = [];
	for (const term of visibleTerms(data.tables, sel)) {
		for (const s of series) {
			const own = termsOf(s.table).get(term.key);
			if (!own) continue;
			const soc = termsOf(s.table).get(own.soc) ?? own;
			for (const grade of grades) {
				const r = index.get(`${s.table.id}|${s.group.id}|${term.key}|${grade}`);
				if (!r) continue;
				out.push({
					...r,
					trial: s.table.trial,
					table: s.table.table,
					doc: s.table.doc,
					groupLabel: lang === 'ja' ? s.group.ja : s.group.en,
					socLabel: lang === 'ja' ? soc.ja : soc.en,
					ptLabel: own.level === 'pt' ? (lang === 'ja' ? own.ja : own.en) : '',
					level: own.level,
					order: out.length
				});
			}
		}
	}
	return out;
}

const STATUS_ORDER: readonly (CheckStatus | null)[] = [
	'mismatch',
	'reproduced-other-method',
	'approximate',
	'not-recomputable',
	'reproduced',
	null
];

/** Sorts table rows by a column; ties keep the tables' order. Without a key, the tables' order. */
export function sortRows(
	rows: readonly SafetyRow[],
	key: SafetySortKey | null,
	dir: 'asc' | 'desc',
	lang: 'ja' | 'en',
	tables: readonly SafetyTable[]
): SafetyRow[] {
	if (!key) return [...rows].sort((a, b) => a.order - b.order);
	const text = (a: string, b: string) => a.localeCompare(b, lang);
	const groupPos = (r: SafetyRow) => {
		const ti = tables.findIndex((t) => t.id === r.dataset);
		return ti * 100 + (tables[ti]?.groups.findIndex((g) => g.id === r.group) ?? 0);
	};
	const cmp: Record<SafetySortKey, (a: SafetyRow, b: SafetyRow) => number> = {
		source: (a, b) => text(`${a.trial} · ${a.table}`, `${b.trial} · ${b.table}`),
		group: (a, b) => groupPos(a) - groupPos(b),
		soc: (a, b) => text(a.socLabel, b.socLabel),
		pt: (a, b) => text(a.ptLabel, b.ptLabel),
		grade: (a, b) => (a.grade === b.grade ? 0 : a.grade === 'all' ? -1 : 1),
		count: (a, b) => a.count - b.count || a.n - b.n,
		// a count of 0 is printed without a percentage: it sorts as 0%
		printed: (a, b) => Number(a.printed || 0) - Number(b.printed || 0),
		recomputed: (a, b) => Number(a.recomputed) - Number(b.recomputed),
		ci: (a, b) => a.lower - b.lower || a.upper - b.upper,
		status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status)
	};
	const sign = dir === 'asc' ? 1 : -1;
	return [...rows].sort((a, b) => sign * cmp[key](a, b) || a.order - b.order);
}

/** A CP interval for the table, at one decimal: "[77.6, 90.2]". */
export const ciText = (r: Pick<SafetyRecord, 'lower' | 'upper'>): string =>
	`[${r.lower.toFixed(1)}, ${r.upper.toFixed(1)}]`;
