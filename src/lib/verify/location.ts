import type { Dataset } from '$lib/data/dataset';
import type { Row } from '$lib/data/parseDataset';

/** "Table 2, 300×10⁶ CAR+ T cells column" or "section 3.6, line 530": where a reader finds a number. */
export function place(d: Dataset, row: Row): string {
	const e = d.entry;
	const table = e.table.startsWith('text') ? `${e.document.startsWith('004') ? 'RMP' : 'guideline'} section ${row.section || e.section}, line ${row.source_line}` : e.table;
	const group = [row.group_en, row.arm_en].filter((x) => x && x !== '').join(', ');
	return group && !e.table.startsWith('text') ? `${table}, ${group} column` : table;
}

export function checkId(d: Dataset, row: Row, suffix: string): string {
	const key = row.incidence_id || row.statement_id || [row.group_id, row.arm_id, row.category, row.level, row.pt_en || row.soc_en, row.grade, row.statistic, row.time_point, row.seq].filter(Boolean).join('/');
	return `${d.entry.id}/${key}/${suffix}`.replace(/\s+/g, '_');
}

/** A group of a printed table, shared by the datasets transcribed from that table (counts and rates). */
export function groupKey(d: Dataset, row: Row): string {
	return `${d.entry.document}|${d.entry.table}|${row.group_id}|${row.arm_id ?? ''}`;
}

/** The datasets of one printed table, by schema. */
export function sibling(datasets: readonly Dataset[], d: Dataset, schema: string): Dataset | undefined {
	return datasets.find((x) => x.entry.document === d.entry.document && x.entry.table === d.entry.table && x.entry.schema === schema);
}
