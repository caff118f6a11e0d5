import { describe, expect, it } from 'vitest';
import { selectedSeries } from '$lib/site/safety/safetySeries';
import { visibleTerms } from '$lib/site/safety/safetyTerms';
import { data, def, one } from './safetyFixture';

describe('visibleTerms and selectedSeries', () => {
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

	it('one SOC: that SOC and its PTs, in the order printed', () => {
		const sel = one('MM-001', { soc: 'Immune system disorders' });
		expect(visibleTerms(data.tables, sel).map((t) => t.en)).toEqual([
			'Immune system disorders',
			'Cytokine release syndrome',
			'Hypogammaglobulinaemia'
		]);
	});
});
