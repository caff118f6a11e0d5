import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateProfile } from '$lib/documents/profile';
import { DOCUMENTS_DIR, readDocuments } from '$lib/documents/readDocuments';

/** A copy of the bundled documents folder to break on purpose. */
function copy(): string {
	const d = mkdtempSync(join(tmpdir(), 'tee-docs-'));
	cpSync(DOCUMENTS_DIR, d, { recursive: true });
	return d;
}
const profileOf = (root: string, slug: string) => JSON.parse(readFileSync(join(root, slug, 'document.json'), 'utf8'));

describe('readDocuments', () => {
	it('reads every bundled document folder: its profile and its datasets, each citing its document', () => {
		const { profiles, datasets, errors } = readDocuments();
		expect(errors).toEqual([]);
		// in their profiles' order, not the folders' alphabet
		expect(profiles.map((p) => p.slug)).toEqual(['guideline', 'rmp', 'checkmate-017']);
		expect(datasets.map((d) => d.source?.slug).filter((s, i, all) => s !== all[i - 1])).toEqual([
			'guideline',
			'rmp',
			'checkmate-017'
		]);
		const guideline = datasets.filter((d) => d.source?.slug === 'guideline');
		expect(guideline).toHaveLength(34);
		expect(guideline.every((d) => d.entry.document === '000_1b142aeaa985d70d.txt')).toBe(true);
		// one object per document: pages that send many citations send it once
		expect(new Set(guideline.map((d) => d.source)).size).toBe(1);
	});

	it('reads one document folder on its own (npm run verify -- --data <folder>)', () => {
		const { profiles, datasets, errors } = readDocuments(join(DOCUMENTS_DIR, 'rmp'));
		expect(errors).toEqual([]);
		expect(profiles.map((p) => p.slug)).toEqual(['rmp']);
		expect(datasets).toHaveLength(9);
	});

	it('reads a third document that is only data plus its profile (CheckMate 017)', () => {
		const { profiles, datasets, errors } = readDocuments(join(DOCUMENTS_DIR, 'checkmate-017'));
		expect(errors).toEqual([]);
		expect(profiles.map((p) => [p.slug, p.language, p.pages.trials.map((t) => t.id)])).toEqual([
			['checkmate-017', 'en', ['CheckMate 017']]
		]);
		expect(datasets.map((d) => d.entry.id)).toEqual([
			'cm017_best_response',
			'cm017_orr',
			'cm017_os',
			'cm017_os_at_risk'
		]);
		expect(profiles[0]?.survival.reconstructions[0]).toMatchObject({
			arms: ['docetaxel', 'nivolumab'],
			event_statistic: 'deaths'
		});
	});

	it('names the profile field that points at a dataset the folder does not have', () => {
		const root = copy();
		const p = profileOf(root, 'guideline');
		p.verification.pooled_columns[1].dataset = 'gl_no_such_table';
		writeFileSync(join(root, 'guideline', 'document.json'), JSON.stringify(p));
		const { errors } = readDocuments(root);
		expect(errors).toEqual([
			expect.objectContaining({
				column: 'verification.pooled_columns[1].dataset',
				found: 'gl_no_such_table',
				expected: 'the id of a dataset of this folder’s catalog.json'
			})
		]);
		expect(errors[0]?.file).toMatch(/guideline\/document\.json$/);
		rmSync(root, { recursive: true });
	});

	it('refuses a slug that is not the folder name, a missing source text and malformed JSON, naming each file', () => {
		const root = copy();
		const p = profileOf(root, 'rmp');
		writeFileSync(join(root, 'rmp', 'document.json'), JSON.stringify({ ...p, slug: 'risk-plan', file: 'missing.txt' }));
		writeFileSync(join(root, 'guideline', 'document.json'), '{');
		const { errors } = readDocuments(root);
		const where = errors.map((e) => `${e.file.split('/').slice(-2).join('/')}:${e.column}:${e.expected}`);
		expect(where).toEqual(
			expect.arrayContaining([
				'guideline/document.json:null:valid JSON',
				"rmp/document.json:slug:the name of the document's folder (rmp)",
				'rmp/document.json:file:the source text, in the same folder'
			])
		);
		rmSync(root, { recursive: true });
	});

	it('says what it expected of a folder with no document in it', () => {
		const empty = mkdtempSync(join(tmpdir(), 'tee-empty-'));
		expect(readDocuments(empty).errors[0]?.expected).toMatch(/a document\.json in the folder or in its subfolders/);
		expect(readDocuments(join(empty, 'nope')).errors[0]?.found).toBe('no such folder');
	});
});

describe('validateProfile', () => {
	it('names each bad field by its path', () => {
		const root = copy();
		const p = profileOf(root, 'guideline');
		p.language = 'fr';
		p.survival.reconstructions[0].arms = ['idecel', 'idecel'];
		p.verification.context_denominators[0].candidates[0].n = 0;
		p.pages.trials[0].slug = 'MM 001';
		p.extra = true;
		const { profile, errors } = validateProfile(p, 'document.json');
		expect(profile).toBeNull();
		expect(errors.map((e) => e.column)).toEqual([
			'language',
			'verification.context_denominators[0].candidates[0].n',
			'survival.reconstructions[0].arms',
			'pages.trials[0].slug'
		]);
		rmSync(root, { recursive: true });
	});

	it('accepts the bundled profiles', () => {
		for (const folder of [
			join(DOCUMENTS_DIR, 'guideline'),
			join(DOCUMENTS_DIR, 'rmp'),
			join(DOCUMENTS_DIR, 'checkmate-017')
		]) {
			const json = JSON.parse(readFileSync(join(folder, 'document.json'), 'utf8'));
			expect(validateProfile(json, folder).errors).toEqual([]);
		}
	});
});
