import type { SafetyGrade, SafetyRecord } from '$lib/verify/safetyTables';

/** The printed cells of the tables by table, group, term and grade. */
export interface RecordIndex {
	readonly at: (table: string, group: string, term: string, grade: SafetyGrade) => SafetyRecord | undefined;
}

/**
 * Indexes the printed cells once, so the chart and the table find a cell without scanning every record.
 * @example recordIndex(data.records).at('gl_t11_mm001_adverse_reactions', 'overall', 'any', 'all')?.count // 134
 */
export function recordIndex(records: readonly SafetyRecord[]): RecordIndex {
	const byKey = new Map(records.map((r) => [`${r.dataset}|${r.group}|${r.term}|${r.grade}`, r]));
	return { at: (table, group, term, grade) => byKey.get(`${table}|${group}|${term}|${grade}`) };
}
