import { describe, expect, it } from 'vitest';
import { shownCut } from '$lib/site/analyze/shownCut';

const shown = {
	checks: 1000,
	checksTotal: 135000,
	terms: 200,
	termsTotal: 67500,
	intervals: 4,
	intervalsTotal: 4,
	groups: 2,
	groupsTotal: 2
};

describe('shownCut', () => {
	it('says how much of a cut part is shown, and nothing for a part shown whole', () => {
		expect(shownCut(shown, 'checks')).toEqual({ shown: 1000, total: 135000 });
		expect(shownCut(shown, 'terms')).toEqual({ shown: 200, total: 67500 });
		expect(shownCut(shown, 'intervals')).toBeNull();
		expect(shownCut(null, 'checks')).toBeNull();
	});
});
