import Papa from 'papaparse';
import { checkCell } from './columnTypes';
import type { DataError } from './dataError';
import type { Schema } from './schemas';
import { linesAt, lineNumbersOfRecords } from './csvLines';

// a cell of a column the schema lists is always a string; the index type also covers rows typed by RowOf (typedRows.ts)
export type Row = Readonly<Record<string, string | undefined>>;

export interface ParsedDataset {
	readonly rows: readonly Row[];
	/** file line of each row (header = line 1), parallel to rows */
	readonly lines: readonly number[];
	readonly errors: readonly DataError[];
}

/**
 * Parses one CSV text against its schema. Every problem is reported with file, row and column;
 * a file with any error yields no rows, so a partly valid file is never half-accepted.
 */
export function parseDataset(
	text: string,
	file: string,
	schema: Schema,
	options: { header?: 'exact' | 'any-order' } = {}
): ParsedDataset {
	// "exact": the bundled files (every column, in order); "any-order": a user's file (known columns only, the required ones present)
	const exact = (options.header ?? 'exact') === 'exact';
	const fail = (errors: DataError[]): ParsedDataset => ({ rows: [], lines: [], errors });
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (body.trim() === '') {
		return fail([
			{
				file,
				row: null,
				column: null,
				expected: `a CSV file with a header row (${schema.kind})`,
				found: 'an empty file'
			}
		]);
	}

	const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimiter: ',' });
	const records = parsed.data;
	// Papa numbers records from 0; with quoted newlines a record can span lines, so track file lines ourselves.
	const recordLines = lineNumbersOfRecords(body, parsed.meta.linebreak || '\n');
	const errors: DataError[] = [];

	// Papa's index is an offset into the text, so its line is exact even where record and line numbers part ways (fuzzing found null rows)
	const errorLines = linesAt(
		body,
		parsed.errors.map((e) => e.index ?? 0)
	);
	for (const [k, e] of parsed.errors.entries()) {
		if (e.type === 'Delimiter') continue;
		const row =
			typeof e.index === 'number' ? errorLines[k]! : e.row === undefined ? null : (recordLines[e.row] ?? null);
		errors.push({ file, row, column: null, expected: 'well-formed CSV (RFC 4180 quoting)', found: e.message });
	}

	const header = records[0] ?? [];
	const expectedNames = schema.columns.map((c) => c.name);
	const known = new Set(expectedNames);
	header.forEach((name, i) => {
		if (!known.has(name)) {
			errors.push({
				file,
				row: 1,
				column: name,
				expected: `only the columns of schema "${schema.kind}": ${expectedNames.join(', ')}`,
				found: `unknown column at position ${i + 1}`
			});
		}
	});
	const seen = new Set(header);
	for (const col of schema.columns) {
		if (!seen.has(col.name) && (exact || col.required))
			errors.push({
				file,
				row: 1,
				column: col.name,
				expected: `column "${col.name}" (schema "${schema.kind}")`,
				found: 'no such column'
			});
	}
	header.forEach((name, i) => {
		if (known.has(name) && header.indexOf(name) !== i)
			errors.push({
				file,
				row: 1,
				column: name,
				expected: 'each column once',
				found: `a second "${name}" at position ${i + 1}`
			});
	});
	if (exact && errors.length === 0 && header.join(',') !== expectedNames.join(',')) {
		errors.push({
			file,
			row: 1,
			column: null,
			expected: `columns in the order ${expectedNames.join(', ')}`,
			found: header.join(', ')
		});
	}
	if (errors.length > 0) return fail(errors);
	const position = new Map(header.map((name, i) => [name, i]));

	const rows: Row[] = [];
	const lines: number[] = [];
	for (let r = 1; r < records.length; r++) {
		const cells = records[r] ?? [];
		const fileLine = recordLines[r] ?? r + 1;
		// the trailing newline of the file produces one empty record
		if (cells.length === 1 && cells[0] === '' && r === records.length - 1) continue;
		if (cells.length !== header.length) {
			errors.push({
				file,
				row: fileLine,
				column: null,
				expected: `${header.length} cells`,
				found: `${cells.length} cells`
			});
			continue;
		}
		const row: Record<string, string> = {};
		schema.columns.forEach((col) => {
			const at = position.get(col.name);
			const value = at === undefined ? '' : (cells[at] ?? '');
			row[col.name] = value;
			if (value === '') {
				if (col.required)
					errors.push({
						file,
						row: fileLine,
						column: col.name,
						expected: 'a value (this column may not be empty)',
						found: ''
					});
				return;
			}
			const problem = checkCell(col.type, value);
			if (problem !== null) errors.push({ file, row: fileLine, column: col.name, expected: problem, found: value });
		});
		for (const rule of schema.rules) {
			const broken = rule.check(row);
			if (broken)
				errors.push({
					file,
					row: fileLine,
					column: broken.column,
					expected: broken.expected,
					found: row[broken.column]
				});
		}
		rows.push(row);
		lines.push(fileLine);
	}
	if (rows.length === 0 && errors.length === 0) {
		errors.push({
			file,
			row: null,
			column: null,
			expected: 'at least one data row after the header',
			found: 'a header only'
		});
	}
	return errors.length > 0 ? fail(errors) : { rows, lines, errors: [] };
}
