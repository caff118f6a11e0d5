import { UPLOAD_DOCUMENT } from '$lib/data/catalog';
import type { Dataset } from '$lib/data/dataset';
import type { Row } from '$lib/data/parseDataset';
import { clopperPearson } from '$lib/stats/binomial';
import { percentOf } from '$lib/stats/printedPrecision';
import { responseTables } from '$lib/data/responseTables';
import { orrIntervalRows } from '$lib/verify/orrIntervalRows';
import { safetyData } from '$lib/verify/safetyTables';
import { verifyCatalog } from '$lib/verify/verifyCatalog';

export type TableKind = 'best_response' | 'response_rate' | 'adverse_reaction';
const SCHEMA_OF = {
	best_response: 'response_category',
	response_rate: 'response_rate',
	adverse_reaction: 'adverse_reaction'
} as const;

// a reader's file labels its groups once (or not at all): the other language and the id stand in, never a blank label
const LABELS: readonly [string, string, string][] = [
	['group_ja', 'group_en', 'group_id'],
	['arm_ja', 'arm_en', 'arm_id'],
	['category_ja', 'category_en', 'category'],
	['soc_ja', 'soc_en', 'soc_en'],
	['pt_ja', 'pt_en', 'pt_en']
];
function labelled(row: Row): Row {
	const out: Record<string, string | undefined> = { ...row };
	for (const [ja, en, id] of LABELS) {
		if (!(id in row) && !(ja in row) && !(en in row)) continue;
		const fallback = row[en] || row[ja] || row[id] || '';
		out[ja] = row[ja] || fallback;
		out[en] = row[en] || fallback;
	}
	return out;
}

/**
 * A reader's validated table as a dataset the verification engine and the site's charts take: its own "document"
 * (not one of the bundled two), titled by its file name. Files of one kind pair with each other like the printed
 * tables do (best response with its response rates), so the responder sums are checked too.
 * @example uploadDataset('mine.csv', 'best_response', rows, lines).entry.schema // 'response_category'
 */
export function uploadDataset(file: string, kind: TableKind, rows: readonly Row[], lines: readonly number[]): Dataset {
	const id = `upload_${file
		.replace(/\.[^.]*$/, '')
		.replace(/[^A-Za-z0-9]+/g, '_')
		.toLowerCase()}_${kind}`;
	return {
		entry: {
			id,
			document: UPLOAD_DOCUMENT,
			section: '',
			// the file name is the reader's name for the table, in any language
			table: file,
			title_ja: file,
			title_en: file,
			cutoff: null,
			trial: file,
			population_ja: null,
			population_en: null,
			ci_method_stated: null,
			footnotes: [],
			assumptions: [],
			file,
			schema: SCHEMA_OF[kind],
			source_lines: [1, lines.reduce((a, b) => Math.max(a, b), 1)]
		},
		rows: rows.map(labelled),
		lines
	};
}

/**
 * Everything the analysis page shows for a reader's tables, with the bundled data's own code: the verification report
 * (percentages, interval method inference, responder sums), the best-response bars, the ORR intervals and the
 * adverse-reaction dot plot's data with Clopper–Pearson 95% intervals. Plain data, so a Web Worker can post it.
 */
export function analyzeTables(datasets: readonly Dataset[]) {
	// a reader's own files: no document profile adds facts to them or names survival endpoints to rebuild
	const report = verifyCatalog(datasets, []);
	return {
		report,
		responseTables: responseTables(datasets),
		orr: orrIntervalRows(datasets, report.checks),
		safety: safetyData(datasets, report.checks, (x, n) => clopperPearson(x, n, 0.95), percentOf)
	};
}
export type TableAnalysis = ReturnType<typeof analyzeTables>;
