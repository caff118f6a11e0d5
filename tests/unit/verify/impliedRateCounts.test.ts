import { describe, expect, it } from 'vitest';
import { guidelineAndRmp } from '../../helpers/documents';
import type { DocumentProfile } from '$lib/documents/profile';
import { impliedCount, printedCount, withImpliedRateCounts } from '$lib/verify/impliedRateCounts';
import { verifyCatalog } from '$lib/verify/verifyCatalog';

const { datasets, profiles } = guidelineAndRmp();
const report = verifyCatalog(datasets, profiles);
const rmp = profiles.find((p) => p.slug === 'rmp');
if (!rmp) throw new Error('the bundled RMP profile');
const ssc = (seq: number) => report.checks.find((c) => c.id === `rmp_survey_numbers/gus_ssc/${seq}/sample_size`);

describe('printedCount', () => {
	it('reads the number, whether the words say "about", and the unit of its last printed digit', () => {
		expect(printedCount('7例程度')).toEqual({ value: '7', about: true, exponent: 0 });
		expect(printedCount('40例程度')).toEqual({ value: '40', about: true, exponent: 1 });
		expect(printedCount('約100例')).toEqual({ value: '100', about: true, exponent: 2 });
		expect(printedCount('about 1,200 patients')).toEqual({ value: '1200', about: true, exponent: 2 });
		expect(printedCount('7.5 patients')).toEqual({ value: '7.5', about: false, exponent: -1 });
		expect(printedCount('７例程度')?.value).toBe('7');
		expect(printedCount('数例')).toBeNull();
	});
});

describe('impliedCount', () => {
	it('360 × 1/48 = 7.50 against "7例程度": rounds to 8, within one unit of 7, so approximate', () => {
		expect(impliedCount(360, 1, 48, { value: '7', about: true, exponent: 0 })).toEqual({
			expected: '7.50',
			rounded: '8',
			status: 'approximate',
			unit: '1'
		});
	});
	it('reproduced when it rounds to the printed number at its last digit (to tens for "40")', () => {
		expect(impliedCount(200, 1, 19, { value: '11', about: true, exponent: 0 })).toMatchObject({
			expected: '10.53',
			rounded: '11',
			status: 'reproduced'
		});
		// 360 × 5/48 = 37.5 → 40 at tens
		expect(impliedCount(360, 5, 48, { value: '40', about: true, exponent: 1 })).toMatchObject({
			rounded: '40',
			status: 'reproduced',
			unit: '10'
		});
	});
	it('approximate within one unit only when the words say "about"; a mismatch otherwise', () => {
		// the 4 cytopenia events printed among 48 (RMP line 225) give 30, a whole unit of tens below "40例程度"
		expect(impliedCount(360, 4, 48, { value: '40', about: true, exponent: 1 })).toMatchObject({
			expected: '30.00',
			rounded: '30',
			status: 'mismatch'
		});
		expect(impliedCount(360, 1, 48, { value: '7', about: false, exponent: 0 }).status).toBe('mismatch');
		// 360 × 1/47 = 7.66: "about 7.6" is within 0.1 of it, "about 7.5" is not
		expect(impliedCount(360, 1, 47, { value: '7.6', about: true, exponent: -1 })).toMatchObject({
			rounded: '7.7',
			status: 'approximate',
			unit: '0.1'
		});
		expect(impliedCount(360, 1, 47, { value: '7.5', about: true, exponent: -1 }).status).toBe('mismatch');
	});
});

describe('the RMP line 462 expected counts, from the profile’s implied rates', () => {
	it('settles "7例程度" of infusion reactions, serious infections and renal impairment as approximate', () => {
		for (const [seq, line] of [
			[18, 138],
			[19, 262],
			[20, 345]
		] as const) {
			const c = ssc(seq);
			expect(c, String(seq)).toMatchObject({
				kind: 'sample_size',
				published: '7',
				recomputed: '8',
				numerator: 1,
				denominator: 48,
				status: 'approximate',
				method: 'n·p',
				source_line: 462
			});
			expect(c?.detail).toContain(`1/48 (lines ${line} and 462) among 360 patients (line 462).`);
			expect(c?.detail).toContain(
				'360 × 1/48 = 7.50, printed "7例程度": it rounds to 8, but "about" allows one unit of the printed number\'s last digit (±1).'
			);
			expect(c?.explanation.map((e) => e.code)).toEqual(['implied_rate', 'implied_count']);
			expect(c?.explanation[1]?.params).toMatchObject({ expected: '7.50', quote: '7例程度', quote_lang: 'ja' });
		}
	});

	it('leaves "40例程度" and "100例程度" not recomputable: the text does not print the counts behind them', () => {
		expect([ssc(21)?.status, ssc(22)?.status]).toEqual(['not-recomputable', 'not-recomputable']);
		expect(report.summary).toMatchObject({ total: 1455, approximate: 13, 'not-recomputable': 35 });
	});

	it('names the profile field of a fact whose check does not exist, or whose printed number is not the data’s', () => {
		const fact = rmp.verification.implied_rate_counts[0];
		if (!fact) throw new Error('a fact');
		const withFact = (changed: typeof fact): DocumentProfile => ({
			...rmp,
			verification: { ...rmp.verification, implied_rate_counts: [changed] }
		});
		expect(() => withImpliedRateCounts(report.checks, [withFact({ ...fact, check: 'rmp_survey_numbers/x' })])).toThrow(
			'rmp/document.json: verification.implied_rate_counts[0].check: no check has the id rmp_survey_numbers/x'
		);
		expect(() => withImpliedRateCounts(report.checks, [withFact({ ...fact, printed: '8例程度' })])).toThrow(
			'verification.implied_rate_counts[0].printed: "8例程度" names 8, the data prints 7 (line 462)'
		);
		expect(() => withImpliedRateCounts(report.checks, [withFact({ ...fact, printed_line: 461 })])).toThrow(
			'verification.implied_rate_counts[0].printed_line'
		);
	});
});
