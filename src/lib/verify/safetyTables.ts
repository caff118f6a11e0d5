import type { Dataset } from '$lib/data/dataset';
import { isDatasetOf } from '$lib/data/typedRows';
import type { Check, CheckStatus } from './check';
import { checkId } from './location';

// The adverse-reaction tables with their verification, below site so the analysis worker builds a reader's tables as
// the safety page builds the bundled ones (site/safety/ filters, sorts and draws them). No statistics code: the
// caller passes the interval and rounding functions into `safetyData`, so a page that imports this ships none.

export type SafetyLevel = 'any' | 'soc' | 'pt';
export type SafetyGrade = 'all' | '3plus';

/** A row label of one table: "All adverse reactions", a SOC, or a PT (key `any`, `soc:<SOC>`, `pt:<PT>`, English MedDRA). */
export interface SafetyTerm {
	readonly key: string;
	readonly level: SafetyLevel;
	/** the SOC row this term sits under (its own key for a SOC; `any` for the all-reactions row) */
	readonly soc: string;
	/** as printed in this table */
	readonly ja: string;
	readonly en: string;
}

export interface SafetyGroup {
	readonly id: string;
	readonly ja: string;
	readonly en: string;
	readonly n: number;
}

export interface SafetyTable {
	readonly id: string;
	readonly trial: string;
	readonly table: string;
	readonly cutoff: string;
	readonly title_ja: string;
	readonly title_en: string;
	/** the document's page slug: /documents/<doc>/#L<line> */
	readonly doc: string;
	readonly lines: readonly [number, number];
	readonly groups: readonly SafetyGroup[];
	/** the pooled group shown by default ("overall", or the only group) */
	readonly pooled: string;
	/** in the order printed */
	readonly terms: readonly SafetyTerm[];
}

/** One printed cell: a term's count in one dose group at one grade, with its recomputation and interval. */
export interface SafetyRecord {
	/** the verification check id (dataset/group/level/term/grade/percentage) */
	readonly id: string;
	readonly dataset: string;
	readonly group: string;
	readonly term: string;
	readonly grade: SafetyGrade;
	readonly n: number;
	readonly count: number;
	/** as printed; empty when the table prints 0 without a percentage */
	readonly printed: string;
	/** count/n at the printed precision (one decimal where nothing is printed) */
	readonly recomputed: string;
	/** Clopper–Pearson 95% interval in percent */
	readonly lower: number;
	readonly upper: number;
	/** null when no percentage is printed (a count of 0), so there is nothing to check */
	readonly status: CheckStatus | null;
	readonly line: number;
}

export interface SafetyData {
	readonly tables: readonly SafetyTable[];
	readonly records: readonly SafetyRecord[];
}

const termKey = (level: string, soc: string, pt: string) =>
	level === 'any' ? 'any' : level === 'soc' ? `soc:${soc}` : `pt:${pt}`;
const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

/**
 * Builds the page data from the bundled adverse-reaction datasets and the verification report. The interval and the
 * rounding come in as functions (Clopper–Pearson and half-up rounding on the server), so this module has no stats code.
 * @example safetyData(bundledDatasets(), verifyCatalog(ds).checks, (x, n) => clopperPearson(x, n, 0.95), percentOf)
 */
export function safetyData(
	datasets: readonly Dataset[],
	checks: readonly Check[],
	interval: (x: number, n: number) => { lower: number; upper: number },
	percent: (count: number, n: number, decimals: number) => string
): SafetyData {
	const byId = new Map(checks.filter((c) => c.kind === 'percentage').map((c) => [c.id, c]));
	const tables: SafetyTable[] = [];
	const records: SafetyRecord[] = [];
	for (const d of datasets.filter((x) => isDatasetOf(x, 'adverse_reaction'))) {
		const groups: SafetyGroup[] = [];
		const terms: SafetyTerm[] = [];
		// sets, not .some() per row: a reader's 5 MB table has tens of thousands of terms
		const groupSeen = new Set<string>();
		const termSeen = new Set<string>();
		for (const r of d.rows) {
			const level = r.level as SafetyLevel;
			const key = termKey(level, r.soc_en, r.pt_en ?? '');
			if (!groupSeen.has(r.group_id)) {
				groupSeen.add(r.group_id);
				groups.push({ id: r.group_id, ja: r.group_ja, en: r.group_en, n: Number(r.n) });
			}
			if (!termSeen.has(key)) {
				termSeen.add(key);
				terms.push({
					key,
					level,
					soc: level === 'any' ? 'any' : `soc:${r.soc_en}`,
					ja: level === 'pt' ? (r.pt_ja ?? '') : r.soc_ja,
					en: level === 'pt' ? (r.pt_en ?? '') : r.soc_en
				});
			}
			const id = checkId(d, r, 'percentage');
			const check = byId.get(id);
			const count = Number(r.count);
			const n = Number(r.n);
			const ci = interval(count, n);
			records.push({
				id,
				dataset: d.entry.id,
				group: r.group_id,
				term: key,
				grade: r.grade as SafetyGrade,
				n,
				count,
				printed: r.percent ?? '',
				recomputed: check?.recomputed ?? percent(count, n, 1),
				lower: round4(100 * ci.lower),
				upper: round4(100 * ci.upper),
				status: check?.status ?? null,
				line: Number(r.source_line)
			});
		}
		tables.push({
			id: d.entry.id,
			trial: d.entry.trial ?? '',
			table: d.entry.table,
			cutoff: d.entry.cutoff ?? '',
			title_ja: d.entry.title_ja,
			title_en: d.entry.title_en,
			// the document's slug for line links; a reader's file has none
			doc: d.source?.slug ?? 'upload',
			lines: d.entry.source_lines,
			groups,
			pooled: (groups.find((g) => g.id === 'overall') ?? groups[0]!).id,
			terms
		});
	}
	return { tables, records };
}
