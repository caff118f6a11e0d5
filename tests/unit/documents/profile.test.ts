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
