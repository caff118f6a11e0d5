import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateProfile } from '$lib/documents/profile';
import { profileDatasetIds, reconstructionSpec } from '$lib/documents/profiles';
import { DOCUMENTS_DIR } from '$lib/documents/readDocuments';

const read = (folder: string) => JSON.parse(readFileSync(join(folder, 'document.json'), 'utf8'));
const rmp = () => read(join(DOCUMENTS_DIR, 'rmp'));
const guideline = () => read(join(DOCUMENTS_DIR, 'guideline'));

describe('validateProfile: implied-rate counts', () => {
	it('accepts the RMP’s three "7例程度" facts and names the dataset of each check', () => {
		const { profile, errors } = validateProfile(rmp(), 'rmp/document.json');
		expect(errors).toEqual([]);
		expect(profile?.verification.implied_rate_counts.map((f) => [f.check, f.numerator_line, f.printed])).toEqual([
			['rmp_survey_numbers/gus_ssc/18/sample_size', 138, '7例程度'],
			['rmp_survey_numbers/gus_ssc/19/sample_size', 262, '7例程度'],
			['rmp_survey_numbers/gus_ssc/20/sample_size', 345, '7例程度']
		]);
		expect(profile && profileDatasetIds(profile)).toContainEqual([
			'verification.implied_rate_counts[0].check',
			'rmp_survey_numbers'
		]);
	});

	it('names each bad field by its path', () => {
		const p = rmp();
		const [first, second, third] = p.verification.implied_rate_counts;
		first.check = 'no-slash';
		first.numerator = -1;
		delete first.reasoning_en;
		second.printed = '数例程度';
		second.extra = 1;
		third.numerator = 49;
		const { profile, errors } = validateProfile(p, 'rmp/document.json');
		expect(profile).toBeNull();
		expect(errors.map((e) => [e.column, e.expected])).toEqual([
			['verification.implied_rate_counts[0].check', 'a check id "<dataset>/…" as npm run verify -- --json prints it'],
			['verification.implied_rate_counts[0].numerator', 'a whole number ≥ 0'],
			['verification.implied_rate_counts[0].reasoning_en', 'a non-empty string'],
			['verification.implied_rate_counts[1].extra', expect.stringMatching(/^only check, n, n_line, /)],
			['verification.implied_rate_counts[1].printed', 'the expected count as printed, with its number ("7例程度")'],
			['verification.implied_rate_counts[2].numerator', 'a count no larger than the denominator (48)']
		]);
		expect(errors.every((e) => e.file === 'rmp/document.json')).toBe(true);
	});

	it('needs the list, empty when the document has none', () => {
		const p = guideline();
		delete p.verification.implied_rate_counts;
		expect(validateProfile(p, 'guideline/document.json').errors.map((e) => e.column)).toEqual([
			'verification.implied_rate_counts'
		]);
	});
});

describe('validateProfile: the numbers-at-risk grid', () => {
	it('says whether the times are printed or assumed, and carries it to the survival engine', () => {
		const { profile } = validateProfile(guideline(), 'guideline/document.json');
		const fixture = validateProfile(read(join(DOCUMENTS_DIR, 'checkmate-017')), 'checkmate-017/document.json').profile;
		// MM-003's Figures 1 and 2 print no time axis; CheckMate 017's Figure 1A prints 0, 3, …, 21 months
		expect(profile?.survival.reconstructions.map((r) => reconstructionSpec(r).grid)).toEqual(['assumed', 'assumed']);
		expect(fixture?.survival.reconstructions.map(reconstructionSpec)).toEqual([
			expect.objectContaining({ grid: 'printed', gridMonths: 3 })
		]);
	});

	it('names a missing or unknown grid by its path', () => {
		const p = guideline();
		p.survival.reconstructions[0].grid = 'drawn';
		delete p.survival.reconstructions[1].grid;
		expect(validateProfile(p, 'guideline/document.json').errors.map((e) => [e.column, e.expected])).toEqual([
			['survival.reconstructions[0].grid', '"printed" or "assumed": the times of the numbers at risk'],
			['survival.reconstructions[1].grid', '"printed" or "assumed": the times of the numbers at risk']
		]);
	});
});

describe('validateProfile: survey rationales', () => {
	it('accepts the RMP’s thirteen rationales, each a kind with the seq of its inputs', () => {
		const { profile, errors } = validateProfile(rmp(), 'rmp/document.json');
		expect(errors).toEqual([]);
		const rationales = profile?.verification.survey_rationales ?? [];
		expect(rationales).toHaveLength(13);
		expect(rationales[0]).toEqual({
			survey: 'gus_cll',
			kind: 'min_n_one_event',
			result: 14,
			inputs: { rate: 11, target: 12, evaluable: 6 },
			what: 'patients needed to see ≥1 serious infection with 95% probability'
		});
		// the comparator trial the NMOSD rationale names is a literal: no row prints it as a value
		expect(rationales.filter((r) => r.trial).map((r) => [r.survey, r.kind, r.trial])).toEqual([
			['sus_nmosd', 'expected_count', 'RIN-1']
		]);
	});

	it('names a bad survey id, an unknown kind, a missing or unknown input and a missing quote by its path', () => {
		const p = rmp();
		const r = p.verification.survey_rationales;
		r[0].survey = '';
		r[1].kind = 'coin_flip';
		delete r[2].inputs.observed;
		r[3].inputs.extra = 5;
		delete r[4].quote;
		r[5].trial = 'IDEC-C2B8';
		r[6].inputs.sd = 0;
		const { profile, errors } = validateProfile(p, 'rmp/document.json');
		expect(profile).toBeNull();
		expect(errors.map((e) => [e.column, e.expected])).toEqual([
			['verification.survey_rationales[0].survey', 'a non-empty string'],
			[
				'verification.survey_rationales[1].kind',
				expect.stringMatching(/^one of min_n_one_event, normal_sample_size, /)
			],
			[
				'verification.survey_rationales[2].inputs.observed',
				'the seq of the row that prints observed (a whole number ≥ 1)'
			],
			['verification.survey_rationales[3].inputs.extra', 'only n, rate (the inputs of expected_count)'],
			['verification.survey_rationales[4].quote', "the passage's words as printed: accrual quotes them"],
			['verification.survey_rationales[5].trial', 'no field: accrual_registration names no trial'],
			['verification.survey_rationales[6].inputs.sd', 'the seq of the row that prints sd (a whole number ≥ 1)']
		]);
		expect(errors.every((e) => e.file === 'rmp/document.json')).toBe(true);
	});

	it('needs the list, empty when the document has none', () => {
		const p = guideline();
		delete p.verification.survey_rationales;
		expect(validateProfile(p, 'guideline/document.json').errors.map((e) => e.column)).toEqual([
			'verification.survey_rationales'
		]);
	});
});
