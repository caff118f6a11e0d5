import type { SafetyTable } from '$lib/verify/safetyTables';
import type { Locale } from '../i18n';
import { statusRank } from '../statusRank';
import type { SortDir } from '../tableSort';
import type { SafetySortKey } from './safetySelection';
import type { SafetyRow } from './safetyTable';

/**
 * Sorts table rows by a column; ties keep the tables' order. Without a key, the tables' order.
 * @example sortRows(rows, 'printed', 'asc', 'en', tables).map((r) => r.printed) // ['8.4', '87.6', '89.3'] (MM-003, immune system disorders)
 */
export function sortRows(
	rows: readonly SafetyRow[],
	key: SafetySortKey | null,
	dir: SortDir,
	lang: Locale,
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
		status: (a, b) => statusRank(a.status) - statusRank(b.status)
	};
	const sign = dir === 'asc' ? 1 : -1;
	return [...rows].sort((a, b) => sign * cmp[key](a, b) || a.order - b.order);
}
