import { describe, expect, it } from 'vitest';
import { defaultRmpSelection, parseRmpSelection, selectedGroups, writeRmpSelection } from '$lib/site/rmp/rmpSelection';
import { data } from './rmpFixture';

describe('the incidence selection in the URL', () => {
	it('defaults to the first concern with figures, and drops what it does not know', () => {
		expect(defaultRmpSelection(data.matrix)).toEqual({
			concern: 'infusion_reaction',
			indication: '',
			sort: null,
			dir: 'asc'
		});
		expect(parseRmpSelection(new URLSearchParams('concern=pml&indication=nope&sort=bogus'), data)).toEqual(
			defaultRmpSelection(data.matrix)
		);
		// an indication of another concern falls back to all
		expect(
			parseRmpSelection(new URLSearchParams('concern=hbv_fulminant_hepatitis&indication=cll-x'), data).indication
		).toBe('');
	});

	it('round-trips concern, indication and sort through the query string', () => {
		const sel = {
			concern: 'renal_disorders',
			indication: 'abo-incompatible-liver-transplantation',
			sort: 'ci' as const,
			dir: 'desc' as const
		};
		const url = writeRmpSelection(new URL('http://x/en/rmp/'), sel);
		expect(url.search).toBe(
			'?concern=renal_disorders&indication=abo-incompatible-liver-transplantation&sort=ci&dir=desc'
		);
		expect(parseRmpSelection(url.searchParams, data)).toEqual(sel);
		expect(selectedGroups(data, sel).flatMap((g) => g.figures.map((f) => f.printed))).toEqual(['2.7', '2.7']);
	});
});
