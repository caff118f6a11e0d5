import Papa from 'papaparse';
import type { DataError } from './dataError';
import type { SurvivalRecord } from '../stats/survival';

const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** Patient-level time-to-event data with the arm of each patient (the reconstruction's output format). */
export interface IpdRecord extends SurvivalRecord {
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
	if (body.trim() === '') return { rows: [], errors: [{ file, row: null, column: null, expected: 'a CSV with the header time,event,arm', found: 'an empty file' }] };
	const parsed = Papa.parse<string[]>(body, { skipEmptyLines: true, delimiter: ',' });
	const errors: DataError[] = [];
	for (const e of parsed.errors) if (e.type !== 'Delimiter') errors.push({ file, row: (e.row ?? 0) + 1, column: null, expected: 'well-formed CSV', found: e.message });
	const header = (parsed.data[0] ?? []).map((h) => h.trim());
	if (header.join(',') !== 'time,event,arm') {
		errors.push({ file, row: 1, column: null, expected: 'the header time,event,arm', found: header.join(',') });
		return { rows: [], errors };
	}
	const rows: IpdRecord[] = [];
	// at most this many problems are listed: a 200,000-row file with a systematic fault would otherwise list 200,000
	const LIMIT = 200;
	for (let i = 1; i < parsed.data.length && errors.length < LIMIT; i++) {
		const cells = parsed.data[i]!;
		const row = i + 1;
		if (cells.length !== 3) {
			errors.push({ file, row, column: null, expected: '3 cells: time, event, arm', found: `${cells.length} cells` });
			continue;
		}
		const [time, event, arm] = cells.map((c) => c.trim()) as [string, string, string];
		if (!NUMBER.test(time) || !(Number(time) >= 0)) errors.push({ file, row, column: 'time', expected: 'a time ≥ 0', found: time });
		if (event !== '0' && event !== '1') errors.push({ file, row, column: 'event', expected: '1 (event) or 0 (censored)', found: event });
		if (arm === '') errors.push({ file, row, column: 'arm', expected: 'an arm name', found: '' });
		rows.push({ time: Number(time), event: event === '1' ? 1 : 0, arm });
	}
	if (errors.length >= LIMIT) errors.push({ file, row: null, column: null, expected: `a file with fewer problems (listing stopped after ${LIMIT})`, found: 'more problems' });
	if (rows.length === 0 && errors.length === 0) errors.push({ file, row: null, column: null, expected: 'at least one patient after the header', found: 'a header only' });
	return { rows: errors.length > 0 ? [] : rows, errors };
}
