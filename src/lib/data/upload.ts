import type { DataError } from './dataError';
import { parseDataset, type Row } from './parseDataset';
import { SCHEMAS, type RowRule, type Schema } from './schemas';
import { parseAtRiskCsv, parseCurveCsv, type AtRiskRow } from './survivalInputs';
import { parseIpdCsv, type IpdRecord } from './ipdInput';
import { parseSurvivalSummaryCsv, type SurvivalSummary } from './survivalSummary';

// A user's own files: the same column types and row rules as the bundled datasets, with what only a transcription
// of the two documents can have (Japanese/English labels, the source line, footnote markers) made optional.

export const UPLOAD_KINDS = [
	'best_response',
	'response_rate',
	'adverse_reaction',
	'at_risk',
	'km_curve',
	'survival_summary',
	'ipd'
] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

/** Files larger than this are refused before they are read (documented in README, "Your own data"). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const OPTIONAL_IN_UPLOADS = /(_ja|_en|^source_line|footnote_refs|^ci_method_stated)$/;

const eitherFilled = (a: string, b: string, what: string): RowRule => ({
	check: (row) =>
		(row[a] ?? '') === '' && (row[b] ?? '') === '' ? { column: b, expected: `${what} (${a} or ${b})` } : null
});
const ptWhenLevelPt: RowRule = {
	check: (row) =>
		row.level === 'pt' && (row.pt_en ?? '') === '' && (row.pt_ja ?? '') === ''
			? { column: 'pt_en', expected: 'the preferred term of a level "pt" row (pt_en or pt_ja)' }
			: null
};

// a percentage or an interval of no patients is undefined: a group needs at least one
const positiveN: RowRule = {
	check: (row) => (row.n === '0' ? { column: 'n', expected: 'a group of at least 1 patient' } : null)
};

/** The bundled schema with its transcription-only columns optional and the extra rules an upload needs. */
function uploadSchema(base: Schema, requiredToo: readonly string[] = [], rules: readonly RowRule[] = []): Schema {
	return {
		...base,
		columns: base.columns.map((c) =>
			requiredToo.includes(c.name)
				? { ...c, required: true }
				: OPTIONAL_IN_UPLOADS.test(c.name)
					? { ...c, required: false }
					: c
		),
		rules: [...base.rules, positiveN, ...rules]
	};
}

export const UPLOAD_SCHEMAS = {
	best_response: uploadSchema(SCHEMAS.response_category),
	// a rate can be recomputed only with its denominator
	response_rate: uploadSchema(SCHEMAS.response_rate, ['n']),
	adverse_reaction: uploadSchema(
		SCHEMAS.adverse_reaction,
		[],
		[eitherFilled('soc_ja', 'soc_en', 'the system organ class'), ptWhenLevelPt]
	)
} as const satisfies Partial<Record<UploadKind, Schema>>;

export type UploadData =
	| {
			readonly kind: 'best_response' | 'response_rate' | 'adverse_reaction';
			readonly rows: readonly Row[];
			readonly lines: readonly number[];
	  }
	| { readonly kind: 'at_risk'; readonly rows: readonly AtRiskRow[] }
	| { readonly kind: 'km_curve'; readonly points: readonly { x: number; y: number }[] }
	| { readonly kind: 'survival_summary'; readonly summary: SurvivalSummary }
	| { readonly kind: 'ipd'; readonly rows: readonly IpdRecord[] };

/**
 * Parses and validates one user file of the given kind. Every problem names file, row and column; a file with any
 * problem yields no data (never half-accepted).
 * @example parseUpload('group_id,n,category,count\na,4,CR,2\na,4,PD,2\n', 'mine.csv', 'best_response').errors // []
 */
export function parseUpload(
	text: string,
	file: string,
	kind: UploadKind
): { data: UploadData | null; errors: readonly DataError[] } {
	switch (kind) {
		case 'best_response':
		case 'response_rate':
		case 'adverse_reaction': {
			const r = parseDataset(text, file, UPLOAD_SCHEMAS[kind], { header: 'any-order' });
			return r.errors.length > 0
				? { data: null, errors: r.errors }
				: { data: { kind, rows: r.rows, lines: r.lines }, errors: [] };
		}
		case 'at_risk': {
			const r = parseAtRiskCsv(text, file);
			return r.errors.length > 0 ? { data: null, errors: r.errors } : { data: { kind, rows: r.rows }, errors: [] };
		}
		case 'km_curve': {
			const r = parseCurveCsv(text, file);
			return r.errors.length > 0 ? { data: null, errors: r.errors } : { data: { kind, points: r.points }, errors: [] };
		}
		case 'survival_summary': {
			const r = parseSurvivalSummaryCsv(text, file);
			return r.errors.length > 0 || !r.summary
				? { data: null, errors: r.errors }
				: { data: { kind, summary: r.summary }, errors: [] };
		}
		case 'ipd': {
			const r = parseIpdCsv(text, file);
			return r.errors.length > 0 ? { data: null, errors: r.errors } : { data: { kind, rows: r.rows }, errors: [] };
		}
	}
}

/**
 * The kind a file's header suggests, or null: the page preselects it and the reader can change it.
 * @example detectKind('arm,time,n_at_risk\nA,0,10') // 'at_risk'
 */
export function detectKind(text: string): UploadKind | null {
	const first = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
	const cols = first.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
	const has = (...names: string[]) => names.every((n) => cols.includes(n));
	if (first.trim() === 'arm,time,n_at_risk') return 'at_risk';
	if (first.trim() === 'time,event,arm') return 'ipd';
	if (has('arm', 'statistic', 'value')) return 'survival_summary';
	if (has('category', 'count')) return 'best_response';
	if (has('responders')) return 'response_rate';
	if (has('level', 'grade', 'count')) return 'adverse_reaction';
	if (cols.length >= 2 && cols.slice(0, 2).every((c) => /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(c))) return 'km_curve';
	if (/^x$/i.test(cols[0] ?? '') && /^y$/i.test(cols[1] ?? '')) return 'km_curve';
	return null;
}
