import { describe, expect, it } from 'vitest';
import { parseSelection, socOptions, trialParam, writeSelection } from '$lib/site/safety/safetySelection';
import { data, def, one } from './safetyFixture';

describe('the safety selection in the URL', () => {
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

	it('names a trial’s parameter by its letters and digits, and offers the SOCs of the chosen trial only', () => {
		expect(data.tables.map((t) => trialParam(t.trial))).toEqual(['mm001', 'crb401', 'mm003']);
		const mm001 = socOptions(data.tables, { trial: 'MM-001' }).map((s) => s.en);
		const all = socOptions(data.tables, def).map((s) => s.en);
		expect([mm001.length, all.length]).toEqual([9, 14]);
		// side by side: MM-001's SOCs in its order, then those only the later tables print
		expect(all.slice(0, 9)).toEqual(mm001);
		expect(all.slice(9)).toEqual([
			'Infections and infestations',
			'Musculoskeletal and connective tissue disorders',
			'Cardiac disorders',
			'Respiratory, thoracic and mediastinal disorders',
			'Skin and subcutaneous tissue disorders'
		]);
	});
});
