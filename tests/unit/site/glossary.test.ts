import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, GLOSSARY_GROUPS, glossaryEntry, glossaryIdOf, termIn } from '$lib/site/glossary';
import { INTERVAL_METHODS } from '$lib/stats/binomial/interval';
import { CHECK_STATUSES } from '$lib/verify/check';

const FLAGS = ['stated-method-differs', 'unreliable-method', 'truncated-bound', 'zero-width'] as const;
const TESTS = ['exact', 'normal', 'normal-cc'] as const;
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

describe('glossary', () => {
	it('fills every field of every entry in both languages, each in its own script', () => {
		expect(GLOSSARY.length).toBeGreaterThanOrEqual(40);
		for (const e of GLOSSARY) {
			for (const text of [e.term_ja, e.term_en, e.definition_ja, e.definition_en, e.source])
				expect(text.trim(), e.id).not.toBe('');
			if (e.formula !== undefined) expect(e.formula.trim(), e.id).not.toBe('');
			expect(e.definition_ja, e.id).toMatch(JAPANESE);
			expect(e.definition_ja.endsWith('。'), e.id).toBe(true);
			// two to four sentences, plain enough to read aloud at a tumour board
			const sentences = e.definition_ja.split('。').filter(Boolean).length;
			expect(sentences, e.id).toBeGreaterThanOrEqual(2);
			expect(sentences, e.id).toBeLessThanOrEqual(4);
			for (const text of [e.term_en, e.definition_en, e.source, e.formula ?? ''])
				expect(text, e.id).not.toMatch(JAPANESE);
			expect(GLOSSARY_GROUPS, e.id).toContain(e.group);
		}
	});

	it('has unique kebab-case ids, usable as anchors', () => {
		const ids = GLOSSARY.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
		for (const g of GLOSSARY_GROUPS)
			expect(
				GLOSSARY.some((e) => e.group === g),
				g
			).toBe(true);
	});

	it('explains every interval method under its own code, and every one-sample test', () => {
		for (const c of INTERVAL_METHODS) expect(glossaryEntry(c)?.id, c).toBe(c);
		expect(TESTS.map(glossaryIdOf)).toEqual([
			'exact-binomial-test',
			'normal-approximation-test',
			'normal-approximation-test'
		]);
		for (const c of [...INTERVAL_METHODS, ...TESTS]) expect(glossaryEntry(glossaryIdOf(c)!), c).toBeDefined();
	});

	it('explains every verification status and flag under its own code', () => {
		for (const c of [...CHECK_STATUSES, ...FLAGS]) {
			expect(glossaryIdOf(c), c).toBe(c);
			expect(glossaryEntry(c)?.group, c).toBe('verification');
		}
		expect(termIn(glossaryEntry('not-recomputable')!, 'ja')).toBe('再計算不能');
		expect(termIn(glossaryEntry('reproduced-other-method')!, 'en')).toBe('Reproduced, other method');
	});

	it('leaves an unknown code without an entry', () => {
		expect(glossaryIdOf('an-unknown-method')).toBeNull();
		expect(glossaryIdOf('toString')).toBeNull();
		expect(glossaryEntry('an-unknown-method')).toBeUndefined();
	});

	it("cites the original publications, and this site's own terms by a file that exists", () => {
		expect(glossaryEntry('clopper-pearson')!.source).toContain('Biometrika 1934;26(4):404–413');
		expect(glossaryEntry('brookmeyer-crowley')!.source).toContain('Biometrics 1982;38(1):29–41');
		expect(glossaryEntry('reconstructed')!.source).toContain('BMC Med Res Methodol 2012;12:9');
		expect(glossaryEntry('efron-breslow-ties')!.source).toContain('J Am Stat Assoc 1977;72(359):557–565');
		const site = GLOSSARY.filter((e) => e.site_term);
		expect(site.map((e) => e.id)).toContain('table-mode');
		for (const e of site) expect(existsSync(e.source), e.source).toBe(true);
		for (const e of GLOSSARY.filter((x) => !x.site_term)) expect(e.source, e.id).toMatch(/(1[89]\d\d|20\d\d)/);
	});
});

describe('glossary term names (what the links on other pages load)', () => {
	it('name exactly the entries the glossary defines', async () => {
		const { GLOSSARY_TERMS, termName } = await import('$lib/site/glossaryTerms');
		const { GLOSSARY } = await import('$lib/site/glossary');
		expect(Object.keys(GLOSSARY_TERMS).sort()).toEqual(GLOSSARY.map((e) => e.id).sort());
		expect(termName('censoring', 'ja')).toBe('打ち切り');
		expect(termName('no-such-term', 'en')).toBeUndefined();
	});
});
