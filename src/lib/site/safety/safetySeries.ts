import type { SafetyGroup, SafetyTable } from '$lib/verify/safetyTables';
import { selectedTables, type SafetySelection } from './safetySelection';

/** One series of the safety view: a dose group of a trial's table. */
export interface SafetySeriesInfo {
	/** "<trial>:<group>" */
	readonly id: string;
	readonly table: SafetyTable;
	readonly group: SafetyGroup;
}

/**
 * The series (trial · dose group) of the selection, trials in catalog order and groups in table order.
 * @example selectedSeries(tables, defaultSelection(tables)).map((s) => s.id) // ['MM-001:overall', 'CRB-401:overall', 'MM-003:idecel_treated']
 */
export function selectedSeries(tables: readonly SafetyTable[], sel: SafetySelection): SafetySeriesInfo[] {
	return selectedTables(tables, sel).flatMap((t) =>
		t.groups
			.filter((g) => (sel.groups[t.trial] ?? [t.pooled]).includes(g.id))
			.map((group) => ({ id: `${t.trial}:${group.id}`, table: t, group }))
	);
}
