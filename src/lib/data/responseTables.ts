import type { Dataset } from './dataset';

/** One best-response table with its companion rates: the stacked bars and, as printed, their text alternative. */
export type ResponseTable = ReturnType<typeof responseTables>[number];

/**
 * Every best-response table (optionally one trial) with the rates printed under it (the response_rate dataset of the
 * same document and table).
 * @example responseTables(datasets, 'MM-001').map((t) => t.id)
 */
export function responseTables(datasets: readonly Dataset[], trial?: string) {
	return datasets
		.filter((d) => d.entry.schema === 'response_category' && (trial === undefined || d.entry.trial === trial))
		.map((d) => {
			const rates = datasets.find(
				(x) =>
					x.entry.document === d.entry.document && x.entry.table === d.entry.table && x.entry.schema === 'response_rate'
			);
			return {
				id: d.entry.id,
				table: d.entry.table,
				trial: d.entry.trial ?? '',
				cutoff: d.entry.cutoff ?? '',
				title_ja: d.entry.title_ja,
				title_en: d.entry.title_en,
				rows: d.rows,
				rates: rates?.rows ?? []
			};
		});
}
