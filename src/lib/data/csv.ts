// Writing CSV, for every file this project writes: the bundled datasets and templates, the rebuilt patient-level data,
// the chart exports and the verification report. Reading stays with PapaParse (parseDataset, survivalInputs).

/** How a CSV text is written; the defaults are RFC 4180 with LF line ends, as the bundled datasets are stored. */
export interface CsvOptions {
	/** prefix ' to a text cell a spreadsheet would run as a formula (leading =, +, -, @, tab or CR); plain numbers stay */
	readonly neutralizeFormulas?: boolean;
	/** written after every line, the last too */
	readonly lineEnd?: '\n' | '\r\n';
	/** a UTF-8 byte-order mark first, so Excel reads Japanese */
	readonly byteOrderMark?: boolean;
	/** lines written before the header as "# line" (read.csv(comment.char = "#"), pandas.read_csv(comment="#")) */
	readonly comments?: readonly string[];
}

export type CsvValue = string | number | null | undefined;

/** What a spreadsheet opens safely: formulas neutralised, CRLF line ends and a byte-order mark (the chart exports, the report). */
export const SPREADSHEET_CSV: CsvOptions = { neutralizeFormulas: true, lineEnd: '\r\n', byteOrderMark: true };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * One CSV cell (RFC 4180, section 2.6–2.7): quoted when it holds a comma, a quote, a CR or an LF, a quote doubled.
 * Null, undefined and non-finite numbers are empty. With `neutralizeFormulas` (OWASP, "CSV injection"), text starting
 * with =, +, -, @, tab or CR gets a leading ' — not a plain number such as -2.9, which must stay numeric.
 * @example csvCell('=SUM(A1)', { neutralizeFormulas: true }) // "'=SUM(A1)"
 */
export function csvCell(value: CsvValue, options: Pick<CsvOptions, 'neutralizeFormulas'> = {}): string {
	if (value === null || value === undefined) return '';
	let s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
	if (options.neutralizeFormulas && /^[=+\-@\t\r]/.test(s) && !NUMBER.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A header and rows as CSV text (RFC 4180 quoting; every line ended, the last too). Comment lines, when given, come
 * before the header with their own line breaks turned into spaces.
 * @example csvText(['a', 'b'], [['1', 'x,y']]) // 'a,b\n1,"x,y"\n'
 */
export function csvText(
	columns: readonly string[],
	rows: readonly (readonly CsvValue[])[],
	options: CsvOptions = {}
): string {
	const end = options.lineEnd ?? '\n';
	const cell = (v: CsvValue) => csvCell(v, options);
	const comments = (options.comments ?? []).map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}${end}`).join('');
	// one string per line, joined once: a 200,000-row file would otherwise be copied at every append
	const lines = [columns, ...rows].map((r) => r.map(cell).join(',') + end);
	return (options.byteOrderMark ? '\uFEFF' : '') + comments + lines.join('');
}

/**
 * A chart's data or a report as a spreadsheet opens it: SPREADSHEET_CSV, with the provenance lines (`about`) first as
 * comments; the header is the first line that is not a comment.
 * @example spreadsheetCsv(['n'], [[4]]) // '\uFEFFn\r\n4\r\n'
 */
export function spreadsheetCsv(
	columns: readonly string[],
	rows: readonly (readonly CsvValue[])[],
	about: readonly string[] = []
): string {
	return csvText(columns, rows, { ...SPREADSHEET_CSV, comments: about });
}
