import { describe, expect, it } from 'vitest';
import { parseAtRiskCsv, parseCurveCsv } from '$lib/data/survivalInputs';

describe('parseAtRiskCsv', () => {
	it('reads arm,time,n_at_risk', () => {
		const r = parseAtRiskCsv('arm,time,n_at_risk\nA,0,100\nA,3,80\nB,0,50\n', 'a.csv');
		expect(r.errors).toEqual([]);
		expect(r.rows).toEqual([
			{ arm: 'A', time: 0, n: 100 },
			{ arm: 'A', time: 3, n: 80 },
			{ arm: 'B', time: 0, n: 50 }
		]);
	});
	it('names file, row and column of each problem', () => {
		expect(parseAtRiskCsv('', 'a.csv').errors[0]).toMatchObject({ file: 'a.csv', found: 'an empty file' });
		expect(parseAtRiskCsv('arm,t,n\nA,0,1\n', 'a.csv').errors[0]).toMatchObject({
			row: 1,
			expected: 'the header arm,time,n_at_risk'
		});
		expect(parseAtRiskCsv('arm,time,n_at_risk\nA,0,ten\n', 'a.csv').errors).toEqual([
			expect.objectContaining({ row: 2, column: 'n_at_risk', found: 'ten' })
		]);
		expect(parseAtRiskCsv('arm,time,n_at_risk\nA,-1,10\n', 'a.csv').errors).toEqual([
			expect.objectContaining({ row: 2, column: 'time' })
		]);
		expect(parseAtRiskCsv('arm,time,n_at_risk\nA,0,10\nA,3,12\n', 'a.csv').errors).toEqual([
			expect.objectContaining({ row: 3, column: 'n_at_risk' })
		]);
		expect(parseAtRiskCsv('arm,time,n_at_risk\nA,3,10\nA,3,9\n', 'a.csv').errors).toEqual([
			expect.objectContaining({ row: 3, column: 'time' })
		]);
		expect(parseAtRiskCsv('arm,time,n_at_risk\nA,0\n', 'a.csv').errors).toEqual([
			expect.objectContaining({ row: 2, expected: '3 cells: arm, time, n_at_risk' })
		]);
	});
});

describe('parseCurveCsv', () => {
	it('reads WebPlotDigitizer output with or without a header, percent or proportion', () => {
		expect(parseCurveCsv('x,y\n0,1\n2.5,0.913\n', 'c.csv').points).toEqual([
			{ x: 0, y: 1 },
			{ x: 2.5, y: 0.913 }
		]);
		expect(parseCurveCsv('0,100\n2.5,91.3\n', 'c.csv').points).toEqual([
			{ x: 0, y: 100 },
			{ x: 2.5, y: 91.3 }
		]);
		expect(parseCurveCsv('-0.03,1.0\n1e-1,0.9\n', 'c.csv').errors).toEqual([]);
	});
	it('names the row of a bad point', () => {
		expect(parseCurveCsv('0,1\n2,abc\n', 'c.csv').errors).toEqual([
			expect.objectContaining({ file: 'c.csv', row: 2, column: 'y', found: 'abc' })
		]);
		expect(parseCurveCsv('0,1\n2,250\n', 'c.csv').errors[0]).toMatchObject({ row: 2, column: 'y' });
		expect(parseCurveCsv('0,1\n', 'c.csv').errors[0]).toMatchObject({ expected: 'at least 2 digitized points' });
		expect(parseCurveCsv('', 'c.csv').errors[0]).toMatchObject({ found: 'an empty file' });
	});
});
