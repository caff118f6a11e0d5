import { describe, expect, it } from 'vitest';
import { tableRows } from '$lib/site/safety/safetyTable';
import { sortRows } from '$lib/site/safety/sortSafetyRows';
import { data, def, one } from './safetyFixture';

describe('tableRows and sortRows', () => {
	it('one SOC: its rows per term and grade, labelled in the page’s language', () => {
		const rows = tableRows(data, one('MM-001', { soc: 'Immune system disorders' }), 'ja');
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
});
