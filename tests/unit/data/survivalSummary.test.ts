import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSurvivalSummaryCsv } from '$lib/data/survivalSummary';

const HEADER = 'arm,statistic,value,ci_lower,ci_upper,ci_level';
const FILE = 'summary.csv';
const parse = (...lines: string[]) => parseSurvivalSummaryCsv(`${[HEADER, ...lines].join('\n')}\n`, FILE);
/** the one error of a file with one problem: where it is */
const only = (...lines: string[]) => {
	const r = parse(...lines);
	expect(r.summary).toBeNull();
	expect(r.errors).toHaveLength(1);
	return r.errors[0]!;
};

describe('parseSurvivalSummaryCsv', () => {
	it('reads events, medians (NE included) and the hazard ratio as printed', () => {
		const r = parseSurvivalSummaryCsv(
			[
				'\uFEFFarm,statistic,value,ci_lower,ci_upper,ci_level',
				'idecel,events,149,,,',
				'standard,events,93,,,',
				'idecel,median,13.3,11.8,16.1,95',
				'',
				'standard,median,4.40,3.4,NE,',
				'other,median,NE,,,',
				'"ide-cel, arm",events,0,,,',
				'idecel,hazard_ratio,0.493,0.365,0.666,97.2'
			].join('\r\n'),
			FILE
		);
		expect(r.errors).toEqual([]);
		expect(r.summary).toEqual({
			events: { idecel: 149, standard: 93, 'ide-cel, arm': 0 },
			medians: {
				idecel: { value: '13.3', lower: '11.8', upper: '16.1', level: '95' },
				standard: { value: '4.40', lower: '3.4', upper: 'NE', level: null },
				other: { value: 'NE', lower: null, upper: null, level: null }
			},
			hazardRatio: { arm: 'idecel', value: '0.493', lower: '0.365', upper: '0.666', level: '97.2' },
			rows: [
				{ arm: 'idecel', statistic: 'events', row: 2 },
				{ arm: 'standard', statistic: 'events', row: 3 },
				{ arm: 'idecel', statistic: 'median', row: 4 },
				{ arm: 'standard', statistic: 'median', row: 6 },
				{ arm: 'other', statistic: 'median', row: 7 },
				{ arm: 'ide-cel, arm', statistic: 'events', row: 8 },
				{ arm: 'idecel', statistic: 'hazard_ratio', row: 9 }
			]
		});
	});

	it('a hazard ratio without an interval, and no hazard ratio at all', () => {
		expect(parse('B,hazard_ratio,1.2,,,').summary?.hazardRatio).toEqual({
			arm: 'B',
			value: '1.2',
			lower: null,
			upper: null,
			level: null
		});
		expect(parse('A,events,3,,,').summary?.hazardRatio).toBeNull();
	});

	it('names row and column of each bad cell', () => {
		expect(only('A,events,12,,,', 'A,median,3.1,,,', 'B,events,twelve,,,')).toEqual({
			file: FILE,
			row: 4,
			column: 'value',
			expected: 'a whole number of events ≥ 0',
			found: 'twelve'
		});
		expect(only('A,events,-3,,,')).toMatchObject({ row: 2, column: 'value', found: '-3' });
		expect(only('A,events,12.5,,,')).toMatchObject({ row: 2, column: 'value', found: '12.5' });
		expect(only('A,events,NE,,,')).toMatchObject({ row: 2, column: 'value', found: 'NE' });
		expect(only('A,hazard_ratio,NE,,,')).toMatchObject({
			row: 2,
			column: 'value',
			expected: 'a hazard ratio > 0',
			found: 'NE'
		});
		expect(only('A,hazard_ratio,0,,,')).toMatchObject({ row: 2, column: 'value', found: '0' });
		expect(only('A,hazard_ratio,0.49,NE,0.66,95')).toMatchObject({
			row: 2,
			column: 'ci_lower',
			expected: 'a bound > 0',
			found: 'NE'
		});
		expect(only('A,median,-1.5,,,')).toMatchObject({ row: 2, column: 'value', found: '-1.5' });
		expect(only('A,median,13.3,11.8,x,95')).toMatchObject({ row: 2, column: 'ci_upper', found: 'x' });
		expect(only('A,median,13.3,11.8,,')).toMatchObject({
			row: 2,
			column: 'ci_upper',
			expected: 'both bounds of the interval or neither'
		});
		expect(only('A,median,13.3,,,95')).toMatchObject({ row: 2, column: 'ci_level', found: '95' });
		expect(only('A,median,13.3,11.8,16.1,0.95x')).toMatchObject({ row: 2, column: 'ci_level', found: '0.95x' });
		expect(only('A,median,13.3,14.2,16.1,95')).toMatchObject({ row: 2, column: 'ci_lower', found: '14.2' });
		expect(only('A,median,NE,11.8,16.1,95')).toMatchObject({ row: 2, column: 'ci_upper', found: '16.1' });
		expect(only('A,events,149,1,,')).toMatchObject({
			row: 2,
			column: 'ci_lower',
			expected: 'an empty cell: events have no interval'
		});
		expect(only('A,survival_rate,0.5,,,')).toEqual({
			file: FILE,
			row: 2,
			column: 'statistic',
			expected: 'one of events, median, hazard_ratio',
			found: 'survival_rate'
		});
		expect(only(',events,3,,,')).toMatchObject({ row: 2, column: 'arm', found: '' });
	});

	it('refuses a duplicate (arm, statistic) row and a second hazard ratio', () => {
		expect(only('A,events,3,,,', 'B,events,4,,,', 'A,events,3,,,')).toEqual({
			file: FILE,
			row: 4,
			column: 'statistic',
			expected: 'one events row for arm A (already on row 2)',
			found: 'events'
		});
		expect(only('A,hazard_ratio,0.5,,,', 'B,hazard_ratio,2,,,')).toMatchObject({
			row: 3,
			column: 'statistic',
			expected: 'one hazard_ratio row (already on row 2)'
		});
	});

	it('refuses a row with an extra or a missing cell, naming its row', () => {
		expect(only('A,events,3,,,', 'B,events,4,,,,')).toEqual({
			file: FILE,
			row: 3,
			column: null,
			expected: '6 cells: arm, statistic, value, ci_lower, ci_upper, ci_level',
			found: '7 cells'
		});
		expect(only('A,events,3')).toMatchObject({ row: 2, column: null, found: '3 cells' });
	});

	it('needs the exact header, and rows after it', () => {
		const noHeader = parseSurvivalSummaryCsv('A,events,3,,,\n', FILE);
		expect(noHeader).toEqual({
			summary: null,
			errors: [{ file: FILE, row: 1, column: null, expected: `the header ${HEADER}`, found: 'A,events,3,,,' }]
		});
		expect(parseSurvivalSummaryCsv('arm,statistic,value\nA,events,3\n', FILE).errors).toEqual([
			{ file: FILE, row: 1, column: null, expected: `the header ${HEADER}`, found: 'arm,statistic,value' }
		]);
		expect(parseSurvivalSummaryCsv('statistic,arm,value,ci_lower,ci_upper,ci_level\n', FILE).errors[0]).toMatchObject({
			row: 1,
			column: null
		});
		expect(parseSurvivalSummaryCsv('', FILE)).toEqual({
			summary: null,
			errors: [
				{ file: FILE, row: null, column: null, expected: `a CSV with the header ${HEADER}`, found: 'an empty file' }
			]
		});
		expect(parseSurvivalSummaryCsv(' \n\n', FILE).errors[0]).toMatchObject({ row: null, found: 'an empty file' });
		expect(parseSurvivalSummaryCsv(`${HEADER}\n\n`, FILE)).toEqual({
			summary: null,
			errors: [
				{ file: FILE, row: null, column: null, expected: 'at least one row after the header', found: 'a header only' }
			]
		});
	});

	it('is never half-accepted: one bad row drops the whole file, and every problem is listed', () => {
		const r = parse('A,events,3,,,', 'B,events,x,,,', 'A,median,y,,,');
		expect(r.summary).toBeNull();
		expect(r.errors.map((e) => [e.row, e.column])).toEqual([
			[3, 'value'],
			[4, 'value']
		]);
	});

	it('counts file lines across blank lines and quoted line breaks', () => {
		const r = parseSurvivalSummaryCsv(`${HEADER}\n\n"two\nlines",events,3,,,\nB,events,x,,,\n`, FILE);
		expect(r.errors).toEqual([
			{ file: FILE, row: 5, column: 'value', expected: 'a whole number of events ≥ 0', found: 'x' }
		]);
	});

	it('never throws on arbitrary text, and every problem is located on a line of the file', () => {
		const cell = fc.oneof(
			fc.constantFrom(
				'',
				'A',
				'B',
				'events',
				'median',
				'hazard_ratio',
				'NE',
				'0',
				'3',
				'13.3',
				'-1',
				'95',
				'"',
				',',
				'\n'
			),
			fc.string({ maxLength: 6 })
		);
		const line = fc.array(cell, { maxLength: 8 }).map((cells) => cells.join(','));
		fc.assert(
			fc.property(fc.boolean(), fc.array(line, { maxLength: 12 }), (withHeader, lines) => {
				const text = [...(withHeader ? [HEADER] : []), ...lines].join('\n');
				const r = parseSurvivalSummaryCsv(text, FILE);
				expect(r.summary === null).toBe(r.errors.length > 0);
				const lineCount = text.split('\n').length;
				for (const e of r.errors) {
					expect(e.file).toBe(FILE);
					if (e.row !== null) {
						expect(e.row).toBeGreaterThanOrEqual(1);
						expect(e.row).toBeLessThanOrEqual(lineCount);
					}
					expect([null, 'arm', 'statistic', 'value', 'ci_lower', 'ci_upper', 'ci_level']).toContain(e.column);
				}
			}),
			{ numRuns: 400, seed: 6 }
		);
	});
});
