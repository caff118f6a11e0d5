import type { DataError } from './dataError';
import { recordsWithLines } from './survivalInputs';

const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** Patient-level time-to-event data with the arm of each patient (the reconstruction's output format); a SurvivalRecord of stats/survival with its arm. */
export interface IpdRecord {
	readonly time: number;
	/** 1 = event, 0 = censored */
	readonly event: 0 | 1;
	readonly arm: string;
}

/**
 * Patient-level data as CSV `time,event,arm` (header required; event 1 = event, 0 = censored) — the format
 * `npm run reconstruct` writes, so a rebuilt file can be loaded again. Every problem names file, row and column;
 * a file with any problem yields no rows.
 * @example parseIpdCsv('time,event,arm\n3.2,1,A\n5,0,B\n', 'ipd.csv').rows.length // 2
 */
export function parseIpdCsv(text: string, file: string): { rows: IpdRecord[]; errors: DataError[] } {
	const body = text.replace(/^\uFEFF/, '');
	if (body.trim() === '')
		return {
			rows: [],
			errors: [
				{ file, row: null, column: null, expected: 'a CSV with the header time,event,arm', found: 'an empty file' }
			]
		};
	const errors: DataError[] = [];
	// the file line of every record, blank lines left out (the at-risk parser's reading)
	const records = recordsWithLines(body, file, errors);
	const header = (records[0]?.cells ?? []).map((h) => h.trim());
	if (header.join(',') !== 'time,event,arm') {
		errors.push({
			file,
			row: records[0]?.line ?? 1,
			column: null,
			expected: 'the header time,event,arm',
			found: header.join(',')
		});
		return { rows: [], errors };
	}
	const rows: IpdRecord[] = [];
	// at most this many problems are listed: a 200,000-row file with a systematic fault would otherwise list 200,000
	const LIMIT = 200;
	for (let i = 1; i < records.length && errors.length < LIMIT; i++) {
		const { cells, line: row } = records[i]!;
		if (cells.length !== 3) {
			errors.push({ file, row, column: null, expected: '3 cells: time, event, arm', found: `${cells.length} cells` });
			continue;
		}
		const [time, event, arm] = cells.map((c) => c.trim()) as [string, string, string];
		if (!NUMBER.test(time) || !(Number(time) >= 0))
			errors.push({ file, row, column: 'time', expected: 'a time ≥ 0', found: time });
		if (event !== '0' && event !== '1')
			errors.push({ file, row, column: 'event', expected: '1 (event) or 0 (censored)', found: event });
		if (arm === '') errors.push({ file, row, column: 'arm', expected: 'an arm name', found: '' });
		rows.push({ time: Number(time), event: event === '1' ? 1 : 0, arm });
	}
	if (errors.length >= LIMIT)
		errors.push({
			file,
			row: null,
			column: null,
			expected: `a file with fewer problems (listing stopped after ${LIMIT})`,
			found: 'more problems'
		});
	if (rows.length === 0 && errors.length === 0)
		errors.push({
			file,
			row: null,
			column: null,
			expected: 'at least one patient after the header',
			found: 'a header only'
		});
	return { rows: errors.length > 0 ? [] : rows, errors };
}
