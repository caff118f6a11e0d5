import type { Dataset } from '$lib/data/dataset';
import type { Row } from '$lib/data/parseDataset';
import { UPLOAD_DOCUMENT } from '$lib/data/catalog';
import type { Quantity } from './explanation';

/** A check's place as parts, so a page can word it ("表 2、外国人コホート 300×10⁶個、全奏効割合の 95% 信頼区間"). */
export interface Where {
	/** the document's slug ("guideline", "rmp"), or "upload" for a reader's file */
	readonly document: string;
	/** how a sentence names the document ("guideline", "RMP"; in Japanese "ガイドライン"), bundled documents only */
	readonly document_en?: string;
	readonly document_ja?: string;
	/** the catalog's table ("Table 2", "Figure 1"), or "text" for a passage of running text */
	readonly table: string;
	/** the section of a running-text passage ("3.6") */
	readonly section?: string;
	/** the printed line */
	readonly line: number;
	/** a reader's file name (document "upload") */
	readonly file?: string;
	/** the table's column (group and arm), or the study or survey a passage is about, in each language */
	readonly group_en?: string;
	readonly group_ja?: string;
	/** what the number is */
	readonly quantity: Quantity;
}

/**
 * The parts of `place(d, row)` plus what the number is: the column for tables (both languages), the section and line
 * for running text.
 * @example whereOf(t2, row, quantity('orr', {})) // { document: 'guideline', table: 'Table 2', line: 131, group_en: 'Foreign cohort, 150×10⁶ CAR+ T cells', group_ja: '外国人コホート 150×10⁶個', quantity }
 */
export function whereOf(d: Dataset, row: Row, q: Quantity, group?: { en: string; ja: string }): Where {
	const e = d.entry;
	const text = e.table.startsWith('text');
	const join = (xs: (string | undefined)[], sep: string) => xs.filter((x) => x && x !== '').join(sep);
	const en = group?.en ?? (text ? '' : join([row.group_en, row.arm_en], ', '));
	const ja = group?.ja ?? (text ? '' : join([row.group_ja || row.group_en, row.arm_ja || row.arm_en], '・'));
	return {
		document: d.source?.slug ?? UPLOAD_DOCUMENT,
		...(d.source ? { document_en: d.source.short_en, document_ja: d.source.short_ja } : {}),
		table: text ? 'text' : e.table,
		...(text ? { section: row.section || e.section } : {}),
		line: Number(row.source_line),
		...(e.document === UPLOAD_DOCUMENT ? { file: e.file } : {}),
		...(en ? { group_en: en, group_ja: ja || en } : {}),
		quantity: q
	};
}

/** "Table 2, 300×10⁶ CAR+ T cells column" or "section 3.6, line 530": where a reader finds a number. */
export function place(d: Dataset, row: Row): string {
	const e = d.entry;
	const table = e.table.startsWith('text')
		? `${d.source?.short_en ?? 'uploaded file'} section ${row.section || e.section}, line ${row.source_line}`
		: e.table;
	const group = [row.group_en, row.arm_en].filter((x) => x && x !== '').join(', ');
	return group && !e.table.startsWith('text') ? `${table}, ${group} column` : table;
}

export function checkId(d: Dataset, row: Row, suffix: string): string {
	const key =
		row.incidence_id ||
		row.statement_id ||
		[
			row.group_id,
			row.arm_id,
			row.category,
			row.level,
			row.pt_en || row.soc_en,
			row.grade,
			row.statistic,
			row.time_point,
			row.seq
		]
			.filter(Boolean)
			.join('/');
	return `${d.entry.id}/${key}/${suffix}`.replace(/\s+/g, '_');
}

/** A group of a printed table, shared by the datasets transcribed from that table (counts and rates). */
export function groupKey(d: Dataset, row: Row): string {
	return `${d.entry.document}|${d.entry.table}|${row.group_id}|${row.arm_id ?? ''}`;
}

/** The datasets of one printed table, by schema. */
export function sibling(datasets: readonly Dataset[], d: Dataset, schema: string): Dataset | undefined {
	return datasets.find(
		(x) => x.entry.document === d.entry.document && x.entry.table === d.entry.table && x.entry.schema === schema
	);
}
