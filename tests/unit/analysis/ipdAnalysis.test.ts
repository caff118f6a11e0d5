import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIpdCsv } from '$lib/data/ipdInput';
import { analyzeIpd } from '$lib/analysis/ipdAnalysis';

// kmdata ACT2 figure 2A pseudo-IPD (the ipd template); its truth_metrics.json holds R's values for the same data
const rows = parseIpdCsv(readFileSync('static/templates/ipd.csv', 'utf8'), 'ipd.csv').rows;
const truth = JSON.parse(readFileSync('bench/km/cases/kmdata_ACT2_2A/truth_metrics.json', 'utf8'));

describe('analyzeIpd', () => {
	const a = analyzeIpd(rows);
	it('keeps the arms in file order and counts patients and events', () => {
		expect(a.arms.map((x) => [x.id, x.patients, x.events.rebuilt])).toEqual([
			['wt_b', 35, 31],
			['wt_be', 36, 31]
		]);
		expect(a.patients).toBe(71);
	});
	it('gives the medians and the log-transformed 95% intervals R gives for the same data', () => {
		for (const [i, id] of (['wt_b', 'wt_be'] as const).entries()) {
			const r = truth.per_arm[id];
			const { estimate, lower, upper } = a.arms[i]!.medianCheck.rebuilt;
			expect([estimate, lower, upper]).toEqual([r.median, r.median_lcl, r.median_ucl]);
		}
	});
	it('compares the second arm with the first: the Cox HR (Efron ties) and log-rank test R gives', () => {
		expect(a.comparison!.reference).toBe('wt_b');
		expect(a.comparison!.compared).toBe('wt_be');
		expect(a.comparison!.cox!.hr).toBeCloseTo(truth.pair.hr, 8);
		expect(a.comparison!.cox!.lower).toBeCloseTo(truth.pair.hr_lcl, 8);
		expect(a.comparison!.cox!.upper).toBeCloseTo(truth.pair.hr_ucl, 8);
		expect(a.comparison!.logRank!.p).toBeCloseTo(truth.pair.logrank_p, 8);
	});
	it('numbers at risk on round times up to the first round time after the last patient', () => {
		const last = rows.reduce((m, r) => (r.time > m ? r.time : m), 0);
		expect(a.xMax).toBeGreaterThanOrEqual(last);
		expect(a.xMax - a.xStep).toBeLessThan(last);
		expect(a.arms[0]!.atRisk[0]).toEqual({ time: 0, printed: null, rebuilt: 35 });
		expect(a.thinned).toBe(false);
	});
});
