import { describe, expect, it } from 'vitest';
import { selectedGroups } from '$lib/site/rmp/rmpSelection';
import { sortFigures } from '$lib/site/rmp/sortFigures';
import { data } from './rmpFixture';

describe('sortFigures', () => {
	it('sorts by a column, keeping figures printed without a count last in either direction', () => {
		const groups = selectedGroups(data, { concern: 'infections', indication: '', sort: null, dir: 'asc' });
		for (const dir of ['asc', 'desc'] as const) {
			const rows = sortFigures(groups, 'ci', dir, 'en');
			expect(rows).toHaveLength(79);
			expect(rows.slice(-4).every((f) => f.ci === null)).toBe(true);
			const lowers = rows.filter((f) => f.ci).map((f) => f.ci!.lower);
			expect(lowers).toEqual([...lowers].sort((a, b) => (dir === 'asc' ? a - b : b - a)));
		}
		const printed = sortFigures(groups, 'printed', 'desc', 'en').map((f) => Number(f.printed));
		expect(printed[0]).toBe(100);
		// without a key: grouped by indication, as the plot
		const grouped = sortFigures(groups, null, 'asc', 'en');
		expect(grouped.map((f) => f.id)).toEqual(groups.flatMap((g) => g.figures.map((f) => f.id)));
	});

	it('puts the flagged rows first when sorted by verification', () => {
		const groups = selectedGroups(data, { concern: 'cytopenias', indication: '', sort: null, dir: 'asc' });
		expect(
			sortFigures(groups, 'status', 'asc', 'en')
				.slice(0, 4)
				.map((f) => f.id)
		).toEqual(['rmp_inc_a_108', 'rmp_inc_a_109', 'rmp_inc_a_110', 'rmp_inc_a_111']);
	});

	it('sorts by indication in the groups’ order, reversed when descending, figures keeping their order within', () => {
		const groups = selectedGroups(data, { concern: 'infusion_reaction', indication: '', sort: null, dir: 'asc' });
		const desc = sortFigures(groups, 'indication', 'desc', 'en');
		expect(desc.map((f) => f.id)).toEqual([...groups].reverse().flatMap((g) => g.figures.map((f) => f.id)));
	});
});
