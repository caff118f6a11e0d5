import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIpdCsv } from '../../src/lib/data/ipdInput';
import { analyzeIpd } from '../../src/lib/analysis/ipdAnalysis';
import { coxTwoArm, kaplanMeier, medianSurvival } from '../../src/lib/stats/survival';

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
	it('gives the medians R gives for the same data', () => {
		expect(a.arms[0]!.medianCheck.rebuilt.estimate).toBeCloseTo(medianSurvival(kaplanMeier(rows.filter((r) => r.arm === 'wt_b')), 'log').estimate, 10);
		expect(JSON.stringify(truth)).toContain(String(a.arms[0]!.medianCheck.rebuilt.estimate));
	});
	it('compares the second arm with the first: Cox HR as the stats module computes it', () => {
		const fit = coxTwoArm(rows.map((r) => ({ ...r, group: r.arm === 'wt_be' ? 1 : 0 })), 'efron');
		expect(a.comparison!.reference).toBe('wt_b');
		expect(a.comparison!.compared).toBe('wt_be');
		expect(a.comparison!.cox!.hr).toBeCloseTo(fit.hr, 10);
	});
	it('numbers at risk on round times up to the first round time after the last patient', () => {
		const last = Math.max(...rows.map((r) => r.time));
		expect(a.xMax).toBeGreaterThanOrEqual(last);
		expect(a.xMax - a.xStep).toBeLessThan(last);
		expect(a.arms[0]!.atRisk[0]).toEqual({ time: 0, printed: null, rebuilt: 35 });
		expect(a.thinned).toBe(false);
	});
});
