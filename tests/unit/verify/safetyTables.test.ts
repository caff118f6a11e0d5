import { describe, expect, it } from 'vitest';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { clopperPearson } from '$lib/stats/binomial';
import { percentOf } from '$lib/stats/printedPrecision';
import { safetyData } from '$lib/verify/safetyTables';
import { verifyCatalog } from '$lib/verify/verifyCatalog';

const { datasets, profiles } = readDocumentsOrThrow();
const data = safetyData(
	datasets,
	verifyCatalog(datasets, profiles).checks,
	(x, n) => clopperPearson(x, n, 0.95),
	percentOf
);
const find = (id: string) => data.records.find((r) => r.id === id)!;
describe('safetyData (Tables 11–13)', () => {
	it('holds the three tables with their pooled groups and every printed cell', () => {
		expect(data.tables.map((t) => [t.trial, t.table, t.cutoff, t.pooled])).toEqual([
			['MM-001', 'Table 11', '2020-12-21', 'overall'],
			['CRB-401', 'Table 12', '2020-04-07', 'overall'],
			['MM-003', 'Table 13', '2022-10-03', 'idecel_treated']
		]);
		// 264 + 432 + 130 CSV rows
		expect(data.records).toHaveLength(826);
		expect(data.tables[0]!.groups.map((g) => [g.id, g.n])).toEqual([
			['d150', 4],
			['d300', 70],
			['d450', 63],
			['overall', 137]
		]);
		expect(data.tables[1]!.groups.find((g) => g.id === 'd150_450')?.n).toBe(56);
	});

	it('MM-001 overall CRS, all grades: 116/137 = 84.7%, reproduced, with the Clopper–Pearson interval scipy gives', () => {
		const r = find('gl_t11_mm001_adverse_reactions/overall/pt/Cytokine_release_syndrome/all/percentage');
		expect([r.count, r.n, r.printed, r.recomputed, r.status, r.line]).toEqual([
			116,
			137,
			'84.7',
			'84.7',
			'reproduced',
			363
		]);
		// scipy: beta.ppf(0.025, 116, 22) * 100, beta.ppf(0.975, 117, 21) * 100
		expect(r.lower).toBeCloseTo(77.52814138747446, 3);
		expect(r.upper).toBeCloseTo(90.25396393586767, 3);
	});

	it('a count of 0 has no printed percentage and nothing to check, and its interval starts at 0', () => {
		const r = find('gl_t11_mm001_adverse_reactions/d150/pt/Cytokine_release_syndrome/3plus/percentage');
		expect([r.count, r.n, r.printed, r.recomputed, r.status]).toEqual([0, 4, '', '0.0', null]);
		expect(r.lower).toBe(0);
		// closed form 1 − 0.025^(1/4)
		expect(r.upper).toBeCloseTo(60.23646356164747, 3);
	});

	it('MM-003 all adverse reactions 225/225: the interval ends at 100 and starts at 0.025^(1/225)', () => {
		const r = find('gl_t13_mm003_adverse_reactions/idecel_treated/any/All_adverse_reactions/all/percentage');
		expect([r.count, r.printed, r.status]).toEqual([225, '100.0', 'reproduced']);
		expect(r.upper).toBe(100);
		expect(r.lower).toBeCloseTo(98.37386470538368, 3);
	});

	it('matches every printed percentage to its verification check', () => {
		const printed = data.records.filter((r) => r.printed !== '');
		expect(printed).toHaveLength(580);
		expect(printed.every((r) => r.status === 'reproduced')).toBe(true);
		expect(data.records.filter((r) => r.printed === '').every((r) => r.count === 0 && r.status === null)).toBe(true);
	});
});
