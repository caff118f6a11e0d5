import Papa from 'papaparse';
import type { DataError } from './dataError';

/**
 * A user's "survival summary": what a publication prints beside its Kaplan–Meier figure (events per arm, medians with
 * their interval, the hazard ratio), as CSV `arm,statistic,value,ci_lower,ci_upper,ci_level`. The values stay the
 * printed strings where their precision matters (medians, hazard ratio), so they can be shown as printed.
 */

export const SUMMARY_HEADER = ['arm', 'statistic', 'value', 'ci_lower', 'ci_upper', 'ci_level'] as const;
export type SummaryColumn = (typeof SUMMARY_HEADER)[number];
export const SUMMARY_STATISTICS = ['events', 'median', 'hazard_ratio'] as const;
export type SummaryStatistic = (typeof SUMMARY_STATISTICS)[number];

/** A printed median and its interval: numbers as printed ("13.3") or "NE" (not reached); null where not printed. */
export interface PrintedMedian {
	readonly value: string | null;
	readonly lower: string | null;
	readonly upper: string | null;
	/** confidence level in percent as printed ("95"); null when not printed */
	readonly level: string | null;
}

/** A printed hazard ratio of `arm` versus the other arm (the reference), as printed strings. */
export interface PrintedHazardRatio {
	readonly arm: string;
	readonly value: string;
	readonly lower: string | null;
	readonly upper: string | null;
	/** confidence level in percent as printed ("97.2"); null when not printed (read as 95) */
	readonly level: string | null;
}

export interface SurvivalSummary {
	/** total events per arm */
	readonly events: Readonly<Record<string, number>>;
	readonly medians: Readonly<Record<string, PrintedMedian>>;
	readonly hazardRatio: PrintedHazardRatio | null;
	/** the file line (header = 1) of each value, so later checks (an arm not in the at-risk table) can name it */
	readonly rows?: readonly { arm: string; statistic: SummaryStatistic; row: number }[];
}

const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;
const isNE = (s: string) => s === 'NE';
/** NE is "not estimable": above every number. */
const rank = (s: string) => (isNE(s) ? Number.POSITIVE_INFINITY : Number(s));

/**
 * Reads a survival summary CSV (exact header `arm,statistic,value,ci_lower,ci_upper,ci_level`). Statistics:
 * `events` (a whole number ≥ 0, no interval), `median` (a number or NE, bounds numbers or NE, both or neither) and
 * `hazard_ratio` (one row; `arm` is the arm compared with the other one; value > 0, bounds > 0, both or neither).
 * `ci_level` is a percent between 0 and 100 and needs bounds. Every problem names file, row (file line, header = 1)
 * and column (null when the problem is the row's or the file's, e.g. a wrong number of cells); a file with any problem
 * yields no summary.
 * @example parseSurvivalSummaryCsv('arm,statistic,value,ci_lower,ci_upper,ci_level\nA,events,149,,,\nA,median,13.3,11.8,16.1,95\n', 's.csv').summary?.medians.A // { value: '13.3', lower: '11.8', upper: '16.1', level: '95' }
 */
export function parseSurvivalSummaryCsv(
	text: string,
	file: string
): { summary: SurvivalSummary | null; errors: DataError[] } {
	const errors: DataError[] = [];
	const fail = (row: number | null, column: SummaryColumn | null, expected: string, found?: string) =>
		errors.push(found === undefined ? { file, row, column, expected } : { file, row, column, expected, found });
	const body = text.replace(/^\uFEFF/, '');
	if (body.trim() === '') {
		fail(null, null, `a CSV with the header ${SUMMARY_HEADER.join(',')}`, 'an empty file');
		return { summary: null, errors };
	}
	const parsed = Papa.parse<string[]>(body, { delimiter: ',', skipEmptyLines: false });
	// the file line each parsed row starts on (a quoted cell may span lines)
	const lines: number[] = [];
	let line = 1;
	for (const cells of parsed.data) {
		lines.push(line);
		line += 1 + cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
	}
	for (const e of parsed.errors)
		fail(e.row === undefined ? null : (lines[e.row] ?? null), null, 'well-formed CSV', e.message);
	const rows = parsed.data
		.map((cells, i) => ({ cells: cells.map((c) => c.trim()), row: lines[i]! }))
		.filter((r) => r.cells.some((c) => c !== ''));
	const header = rows[0];
	if (!header || header.cells.join(',') !== SUMMARY_HEADER.join(',')) {
		fail(header?.row ?? 1, null, `the header ${SUMMARY_HEADER.join(',')}`, header?.cells.join(',') ?? '');
		return { summary: null, errors };
	}
	if (rows.length === 1) {
		fail(null, null, 'at least one row after the header', 'a header only');
		return { summary: null, errors };
	}

	const events = new Map<string, number>();
	const medians = new Map<string, PrintedMedian>();
	let hazardRatio: PrintedHazardRatio | null = null;
	const seen = new Map<string, number>();
	let hrRow: number | null = null;
	const sources: { arm: string; statistic: SummaryStatistic; row: number }[] = [];

	for (const { cells, row } of rows.slice(1)) {
		if (cells.length !== SUMMARY_HEADER.length) {
			fail(row, null, `${SUMMARY_HEADER.length} cells: ${SUMMARY_HEADER.join(', ')}`, `${cells.length} cells`);
			continue;
		}
		const [arm, statistic, value, lower, upper, level] = cells as [string, string, string, string, string, string];
		const before = errors.length;
		if (arm === '') fail(row, 'arm', 'an arm name', '');
		if (!(SUMMARY_STATISTICS as readonly string[]).includes(statistic)) {
			fail(row, 'statistic', `one of ${SUMMARY_STATISTICS.join(', ')}`, statistic);
			continue;
		}
		const stat = statistic as SummaryStatistic;
		const key = `${stat}\u0000${arm}`;
		const earlier = seen.get(key);
		if (earlier !== undefined)
			fail(row, 'statistic', `one ${stat} row for arm ${arm} (already on row ${earlier})`, stat);
		else if (stat === 'hazard_ratio' && hrRow !== null)
			fail(row, 'statistic', `one hazard_ratio row (already on row ${hrRow})`, stat);
		seen.set(key, earlier ?? row);
		// an interval: both bounds or neither; a level only with bounds, as a percent in (0, 100)
		const interval = (ok: (s: string) => boolean, what: string) => {
			if ((lower === '') !== (upper === ''))
				fail(row, lower === '' ? 'ci_lower' : 'ci_upper', 'both bounds of the interval or neither', '');
			if (lower !== '' && !ok(lower)) fail(row, 'ci_lower', what, lower);
			if (upper !== '' && !ok(upper)) fail(row, 'ci_upper', what, upper);
			if (level !== '') {
				if (!DECIMAL.test(level) || !(Number(level) > 0 && Number(level) < 100))
					fail(row, 'ci_level', 'a confidence level in percent between 0 and 100, e.g. 95', level);
				else if (lower === '' && upper === '')
					fail(row, 'ci_level', 'no level without the bounds of an interval', level);
			}
		};
		// value inside its interval (NE above every number)
		const ordered = () => {
			if (errors.length > before || lower === '' || upper === '') return;
			if (rank(lower) > rank(value)) fail(row, 'ci_lower', `a lower bound no greater than the value ${value}`, lower);
			if (rank(upper) < rank(value)) fail(row, 'ci_upper', `an upper bound no less than the value ${value}`, upper);
		};
		if (stat === 'events') {
			if (!WHOLE.test(value)) fail(row, 'value', 'a whole number of events ≥ 0', value);
			for (const [column, cell] of [
				['ci_lower', lower],
				['ci_upper', upper],
				['ci_level', level]
			] as const)
				if (cell !== '') fail(row, column, 'an empty cell: events have no interval', cell);
			if (errors.length === before) events.set(arm, Number(value));
		} else if (stat === 'median') {
			const numberOrNE = (s: string) => DECIMAL.test(s) || isNE(s);
			if (!numberOrNE(value)) fail(row, 'value', 'a median as printed (a number ≥ 0) or NE', value);
			interval(numberOrNE, 'a bound as printed (a number ≥ 0) or NE');
			ordered();
			if (errors.length === before)
				medians.set(arm, { value, lower: lower || null, upper: upper || null, level: level || null });
		} else {
			const positive = (s: string) => DECIMAL.test(s) && Number(s) > 0;
			if (!positive(value)) fail(row, 'value', 'a hazard ratio > 0', value);
			interval(positive, 'a bound > 0');
			ordered();
			if (hrRow === null) hrRow = row;
			if (errors.length === before)
				hazardRatio = { arm, value, lower: lower || null, upper: upper || null, level: level || null };
		}
		if (errors.length === before) sources.push({ arm, statistic: stat, row });
	}
	if (errors.length > 0) return { summary: null, errors };
	return {
		summary: { events: Object.fromEntries(events), medians: Object.fromEntries(medians), hazardRatio, rows: sources },
		errors
	};
}
