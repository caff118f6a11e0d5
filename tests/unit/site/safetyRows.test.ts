import { describe, expect, it } from 'vitest';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { verifyCatalog } from '$lib/verify/verifyCatalog';
import { clopperPearson } from '$lib/stats/binomial';
import { percentOf } from '$lib/stats/printedPrecision';
import {
	chartInput,
	ciText,
	defaultSelection,
	normalizeSelection,
	parseSelection,
	safetyData,
	selectedSeries,
	sortRows,
	tableRows,
	visibleTerms,
	writeSelection,
	type SafetySelection
} from '$lib/site/safetyRows';

const { datasets, profiles } = readDocumentsOrThrow();
const data = safetyData(
	datasets,
	verifyCatalog(datasets, profiles).checks,
	(x, n) => clopperPearson(x, n, 0.95),
	percentOf
);
const def = defaultSelection(data.tables);
const one = (trial: string, extra: Partial<SafetySelection> = {}) =>
	normalizeSelection(data.tables, { ...def, trial, ...extra });
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
		expect(ciText(r)).toBe('[77.5, 90.3]');
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

describe('selection, terms and rows', () => {
	it('side by side on shared terms: the 14 PTs all three trials print, with the 7 SOCs they share', () => {
		const terms = visibleTerms(data.tables, def);
		expect(terms.filter((t) => t.level === 'pt')).toHaveLength(14);
		expect(terms.filter((t) => t.level === 'soc')).toHaveLength(7);
		expect(terms[0]!.key).toBe('any');
		// MM-003 prints 低リン血症 where MM-001 prints 低リン酸血症: one PT, matched on the English name
		expect(terms.some((t) => t.key === 'pt:Hypophosphataemia')).toBe(true);
		expect(terms.some((t) => t.key === 'pt:Nausea')).toBe(false); // not in MM-001
		expect(selectedSeries(data.tables, def).map((s) => s.id)).toEqual([
			'MM-001:overall',
			'CRB-401:overall',
			'MM-003:idecel_treated'
		]);
	});

	it('puts every PT right under its SOC', () => {
		const terms = visibleTerms(data.tables, { ...def, shared: false });
		terms.forEach((t, i) => {
			if (t.level !== 'pt') return;
			const above = terms
				.slice(0, i)
				.reverse()
				.find((x) => x.level !== 'pt')!;
			expect(above.key).toBe(t.soc);
		});
	});

	it('without "shared", side by side is the union of terms, and a series that does not print a term gets null', () => {
		const sel = { ...def, shared: false };
		const { terms, series } = chartInput(data, sel, 'en', (s) => s.id);
		expect(series).toHaveLength(3);
		const nausea = terms.find((t) => t.id === 'pt:Nausea')!;
		expect(nausea.values[0]).toBeNull(); // MM-001 does not print nausea
		expect(nausea.values[2]!.all!.percent).toBeCloseTo((100 * 55) / 225, 6);
	});

	it('one SOC: that SOC and its PTs, in the order printed', () => {
		const sel = one('MM-001', { soc: 'Immune system disorders' });
		expect(visibleTerms(data.tables, sel).map((t) => t.en)).toEqual([
			'Immune system disorders',
			'Cytokine release syndrome',
			'Hypogammaglobulinaemia'
		]);
		const rows = tableRows(data, sel, 'ja');
		expect(rows).toHaveLength(6); // 3 terms × overall × 2 grades
		expect(rows[2]).toMatchObject({
			ptLabel: 'サイトカイン放出症候群',
			socLabel: '免疫系障害',
			groupLabel: '全体',
			count: 116,
			printed: '84.7',
			grade: 'all'
		});
	});

	it('grade ≥3 only, one trial, two dose groups: rows per group', () => {
		const sel = one('MM-001', {
			grade: '3plus',
			groups: { ...def.groups, 'MM-001': ['overall', 'd150'] },
			soc: 'Immune system disorders'
		});
		const rows = tableRows(data, sel, 'en');
		expect(rows.map((r) => `${r.group}:${r.ptLabel || r.socLabel}:${r.count}`)).toEqual([
			'd150:Immune system disorders:0',
			'overall:Immune system disorders:11',
			'd150:Cytokine release syndrome:0',
			'overall:Cytokine release syndrome:7',
			'd150:Hypogammaglobulinaemia:0',
			'overall:Hypogammaglobulinaemia:2'
		]);
	});

	it('sorts by printed % both ways, ties in table order, and back to table order without a key', () => {
		const sel = one('MM-003', { soc: 'Immune system disorders', grade: 'all' });
		const rows = tableRows(data, sel, 'en');
		expect(rows.map((r) => r.printed)).toEqual(['89.3', '87.6', '8.4']);
		expect(sortRows(rows, 'printed', 'asc', 'en', data.tables).map((r) => r.printed)).toEqual(['8.4', '87.6', '89.3']);
		expect(sortRows(rows, 'printed', 'desc', 'en', data.tables).map((r) => r.printed)).toEqual(['89.3', '87.6', '8.4']);
		const all = tableRows(data, def, 'en');
		const byPt = sortRows(all, 'pt', 'asc', 'en', data.tables);
		expect(byPt.find((r) => r.ptLabel !== '')!.ptLabel).toBe('Anaemia');
		expect(sortRows(byPt, null, 'asc', 'en', data.tables).map((r) => r.id)).toEqual(all.map((r) => r.id));
	});

	it('round-trips through the URL, and ignores what the tables do not have', () => {
		const sel = one('CRB-401', {
			groups: { ...def.groups, 'CRB-401': ['d450', 'd150_450'] },
			soc: 'Nervous system disorders',
			grade: 'all',
			shared: false,
			sort: 'ci',
			dir: 'desc'
		});
		const url = writeSelection(new URL('http://x/en/safety/'), sel, data.tables);
		expect(url.searchParams.get('crb401')).toBe('d450.d150_450'); // the table's order: 50, 150, 450, 800, 150–450, overall;
		expect(parseSelection(url.searchParams, data.tables)).toEqual(sel);
		const odd = parseSelection(new URLSearchParams('trial=XX-9&mm001=d999&soc=Nope&grade=4&sort=zzz'), data.tables);
		expect(odd).toEqual(def);
	});
});
