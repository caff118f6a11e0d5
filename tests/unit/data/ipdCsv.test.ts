import { describe, expect, it } from 'vitest';
import { ipdCsv } from '$lib/data/ipdCsv';
import { parseIpdCsv } from '$lib/data/ipdInput';

describe('ipdCsv: the one writer of patient-level data', () => {
	it('writes time,event,arm arm by arm, times at six decimals without trailing zeros', () => {
		const text = ipdCsv([
			{
				id: 'standard',
				ipd: [
					{ time: 1 / 3, event: 1 },
					{ time: 2, event: 0 }
				]
			},
			{ id: 'idecel', ipd: [{ time: 12.1654545454, event: 1 }] }
		]);
		expect(text).toBe('time,event,arm\n0.333333,1,standard\n2,0,standard\n12.165455,1,idecel\n');
	});

	it('keeps times a minute apart in years distinct, where four decimals would tie them', () => {
		const minute = 1 / (365.25 * 24 * 60);
		const rows = parseIpdCsv(
			ipdCsv([
				{
					id: 'A',
					ipd: [
						{ time: 2, event: 1 },
						{ time: 2 + 2 * minute, event: 1 }
					]
				}
			]),
			'ipd.csv'
		).rows;
		expect(new Set(rows.map((r) => r.time)).size).toBe(2);
		expect(+(2 * minute).toFixed(4)).toBe(0);
	});

	it('quotes and neutralises arm names, and parseIpdCsv reads the file back', () => {
		const text = ipdCsv([
			{ id: 'arm, "B"', ipd: [{ time: 5, event: 1 }] },
			{ id: '-C', ipd: [{ time: 0.5, event: 0 }] }
		]);
		expect(text).toBe('time,event,arm\n5,1,"arm, ""B"""\n0.5,0,\'-C\n');
		expect(parseIpdCsv(text, 'ipd.csv')).toEqual({
			rows: [
				{ time: 5, event: 1, arm: 'arm, "B"' },
				{ time: 0.5, event: 0, arm: "'-C" }
			],
			errors: []
		});
	});
});
