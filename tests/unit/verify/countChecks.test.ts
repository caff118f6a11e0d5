import { describe, expect, it } from 'vitest';
import { guidelineAndRmp } from '../../helpers/documents';
import { mergedVerification } from '$lib/documents/profiles';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { countChecks } from '$lib/verify/countChecks';

const responders = (bundle: ReturnType<typeof guidelineAndRmp>) =>
	countChecks(bundle.datasets, mergedVerification(bundle.profiles)).filter((c) => c.id.endsWith('/responders_sum'));

describe('countChecks: responders are the sum of the response table’s own responder categories', () => {
	it('IMWG (MM-001 Table 2): responders = sCR + CR + VGPR + PR', () => {
		const c = responders(guidelineAndRmp()).find((x) => x.id === 'gl_t2_mm001_2019_orr/d150/responders_sum');
		expect(c?.location).toBe('Table 2, Foreign cohort, 150×10⁶ CAR+ T cells column, responders = sCR + CR + VGPR + PR');
		expect(c?.where.quantity).toEqual({
			code: 'responders_sum',
			params: { categories: ['sCR', 'CR', 'VGPR', 'PR'] }
		});
	});

	it('RECIST (CheckMate 017 Table 2): responders = CR + PR, 1 + 26 = 27 and 0 + 12 = 12', () => {
		const checks = responders(readDocumentsOrThrow('src/lib/documents/checkmate-017'));
		expect(checks.map((c) => [c.location.split(', ').at(-1), c.detail, c.status])).toEqual([
			['responders = CR + PR', 'CR 1 + PR 26 = 27.', 'reproduced'],
			['responders = CR + PR', 'CR 0 + PR 12 = 12.', 'reproduced']
		]);
		expect(checks[0]?.where.quantity).toEqual({ code: 'responders_sum', params: { categories: ['CR', 'PR'] } });
	});
});
