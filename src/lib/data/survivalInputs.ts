import { groupBy } from '../util/groupBy';
import Papa from 'papaparse';
import type { DataError } from './dataError';
import { linesAt, lineNumbersOfRecords } from './csvLines';

export interface AtRiskRow {
	readonly arm: string;
	readonly time: number;
	readonly n: number;
}

const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/**
 * Papa's records with the file line of each, blank lines left out. Fuzzing found rows misnumbered after a blank line:
 * skipEmptyLines and a trimmed text numbered records, not file lines.
 */
export function recordsWithLines(body: string, file: string, errors: DataError[]): { cells: string[]; line: number }[] {
	const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false });
	const starts = lineNumbersOfRecords(body, parsed.meta.linebreak || '\n');
	const errorLines = linesAt(
		body,
		parsed.errors.map((e) => e.index ?? 0)
	);
	parsed.errors.forEach((e, k) => {
		if (e.type !== 'Delimiter')
			errors.push({
				file,
				row: e.index === undefined ? (starts[e.row ?? 0] ?? 1) : errorLines[k]!,
				column: null,
				expected: 'well-formed CSV',
				found: e.message
			});
	});
	return parsed.data
		.map((cells, i) => ({ cells, line: starts[i] ?? i + 1 }))
		.filter(({ cells }) => !(cells.length === 1 && cells[0]!.trim() === ''));
}

/**
 * A numbers-at-risk table as CSV `arm,time,n_at_risk` (header required). Every problem names file, row and column.
 * @example parseAtRiskCsv('arm,time,n_at_risk\nA,0,100\nA,3,80\n', 'atrisk.csv').rows.length // 2
 */
export function parseAtRiskCsv(text: string, file: string): { rows: AtRiskRow[]; errors: DataError[] } {
	const errors: DataError[] = [];
	const body = text.replace(/^\uFEFF/, '');
	if (body.trim() === '')
		return {
			rows: [],
			errors: [
				{ file, row: null, column: null, expected: 'a CSV with the header arm,time,n_at_risk', found: 'an empty file' }
			]
		};
	const records = recordsWithLines(body, file, errors);
	const header = (records[0]?.cells ?? []).map((h) => h.trim());
	if (header.join(',') !== 'arm,time,n_at_risk') {
		errors.push({
			file,
			row: records[0]?.line ?? 1,
			column: null,
			expected: 'the header arm,time,n_at_risk',
			found: header.join(',')
		});
		return { rows: [], errors };
	}
	const rows: AtRiskRow[] = [];
	const lines: number[] = [];
	records.slice(1).forEach(({ cells, line: row }) => {
		if (cells.length !== 3) {
			errors.push({
				file,
				row,
				column: null,
				expected: '3 cells: arm, time, n_at_risk',
				found: `${cells.length} cells`
			});
			return;
		}
		const [arm, time, n] = cells.map((c) => c.trim()) as [string, string, string];
		if (arm === '') errors.push({ file, row, column: 'arm', expected: 'an arm name', found: '' });
		if (!NUMBER.test(time) || Number(time) < 0)
			errors.push({ file, row, column: 'time', expected: 'a time ≥ 0', found: time });
		if (!/^\d+$/.test(n)) errors.push({ file, row, column: 'n_at_risk', expected: 'a whole number ≥ 0', found: n });
		rows.push({ arm, time: Number(time), n: Number(n) });
		lines.push(row);
	});
	// per arm: times rising, numbers never rising
	const byArm = groupBy(
		rows.map((r, i) => ({ r, line: lines[i]! })),
		(x) => x.r.arm
	);
	for (const list of byArm.values()) {
		list.forEach(({ r, line }, i) => {
			const prev = list[i - 1];
			if (!prev) return;
			if (!(r.time > prev.r.time))
				errors.push({
					file,
					row: line,
					column: 'time',
					expected: `a time after ${prev.r.time} (row ${prev.line}) for arm ${r.arm}`,
					found: String(r.time)
				});
			if (r.n > prev.r.n)
				errors.push({
					file,
					row: line,
					column: 'n_at_risk',
					expected: `no more than ${prev.r.n} (row ${prev.line}): numbers at risk cannot rise`,
					found: String(r.n)
				});
		});
	}
	if (rows.length === 0 && errors.length === 0)
		errors.push({
			file,
			row: null,
			column: null,
			expected: 'at least one row after the header',
			found: 'a header only'
		});
	return { rows: errors.length > 0 ? [] : rows, errors };
}

/**
 * A digitized curve as WebPlotDigitizer exports it: two columns x,y, header optional, y as a proportion or a percent.
 * @example parseCurveCsv('0,100\n2.5,91.3\n', 'arm_a.csv').points // [{ x: 0, y: 100 }, { x: 2.5, y: 91.3 }]
 */
export function parseCurveCsv(text: string, file: string): { points: { x: number; y: number }[]; errors: DataError[] } {
	const errors: DataError[] = [];
	const body = text.replace(/^\uFEFF/, '');
	if (body.trim() === '')
		return {
			points: [],
			errors: [
				{ file, row: null, column: null, expected: 'two columns x,y of digitized points', found: 'an empty file' }
			]
		};
	const points: { x: number; y: number }[] = [];
	recordsWithLines(body, file, errors).forEach(({ cells, line: row }, i) => {
		const c = cells.map((x) => x.trim());
		// a first row of words is a header
		if (i === 0 && c.length >= 2 && !NUMBER.test(c[0]!) && !NUMBER.test(c[1]!)) return;
		if (c.length < 2 || (c.length > 2 && c.slice(2).some((x) => x !== ''))) {
			errors.push({ file, row, column: null, expected: '2 cells: x, y', found: `${c.length} cells` });
			return;
		}
		if (!NUMBER.test(c[0]!)) errors.push({ file, row, column: 'x', expected: 'a number', found: c[0] });
		if (!NUMBER.test(c[1]!))
			errors.push({ file, row, column: 'y', expected: 'a number (a proportion or a percent)', found: c[1] });
		else if (Number(c[1]) < -1 || Number(c[1]) > 101)
			errors.push({ file, row, column: 'y', expected: 'a survival value between 0 and 1 (or 0 and 100)', found: c[1] });
		points.push({ x: Number(c[0]), y: Number(c[1]) });
	});
	if (points.length < 2 && errors.length === 0)
		errors.push({ file, row: null, column: null, expected: 'at least 2 digitized points', found: `${points.length}` });
	return { points: errors.length > 0 ? [] : points, errors };
}
