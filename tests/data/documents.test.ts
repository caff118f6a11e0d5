import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS_DIR, type DocumentBundle } from '../../src/lib/documents/readDocuments';
import { datasets, profiles } from './load';

/** Every file of a folder, recursively (paths relative to the project). */
function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [relative('.', path)];
	});
}

/** The code a newcomer reads: the source (without the generated messages), the CLIs, the site's words; no prose files. */
const CODE = [
	...filesUnder('src').filter((f) => !f.startsWith('src/lib/paraglide/')),
	...filesUnder('scripts'),
	'messages/en.json',
	'messages/ja.json'
].filter((f) => /\.(ts|js|mjs|svelte|json)$/.test(f));

/** A file's text without its comments: an example in a comment names a document without depending on it. */
const withoutComments = (text: string) =>
	text
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/(^|[^:'"`\\])\/\/[^\n]*/gm, '$1');

/** What names a document in code: its slug, its source file, its datasets' ids and files, its trials and rebuilt endpoints. */
function idsOf(slug: string, bundle: DocumentBundle = { profiles, datasets }): string[] {
	const p = bundle.profiles.find((x) => x.slug === slug)!;
	const own = bundle.datasets.filter((d) => d.entry.document === p.file);
	return [
		p.file,
		...own.flatMap((d) => [d.entry.id, d.entry.file]),
		...p.pages.trials.map((t) => t.id),
		...p.survival.reconstructions.map((r) => r.id)
	];
}

/** Files outside the document's folder that mention one of its ids (as a whole word). */
function mentioning(slug: string, bundle?: DocumentBundle, folder = join(DOCUMENTS_DIR, slug)): string[] {
	const words = idsOf(slug, bundle).map(
		(id) => new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`)
	);
	return CODE.filter(
		(f) => !f.startsWith(`${folder}/`) && words.some((w) => w.test(withoutComments(readFileSync(f, 'utf8'))))
	).sort();
}

/**
 * The pages that are about one document by design (docs/architecture.md), and where the glossary and the words of
 * the site quote it. A new document is data plus its profile: nothing outside its folder names it.
 */
const ALLOWED: Record<string, string[]> = {
	guideline: [
		// the site's words and glossary quote the guideline's trials (MM-001, MM-003) in prose
		'messages/en.json',
		'messages/ja.json',
		'src/lib/site/glossary.ts',
		// the bench and the upload templates are made from the guideline's MM-003 tables
		'scripts/bench.ts',
		'scripts/make-templates.ts',
		// what the guideline's own reference page knows about it
		'src/lib/site/guideline/guidelineFacts.ts'
	],
	// what the RMP's own pages (the explorer, the survey planner) know about it
	rmp: ['src/lib/site/rmp/rmpFacts.ts', 'src/lib/site/surveys/rmpSurveyFacts.ts']
};

describe('a document is data plus one profile', () => {
	it.each(profiles.map((p) => p.slug))(
		'%s: the files outside its folder that name it are the expected ones',
		(slug) => {
			expect(mentioning(slug)).toEqual([...(ALLOWED[slug] ?? [])].sort());
		}
	);

	it('the third document (CheckMate 017) is named by no file of the code: it is data plus its profile', () => {
		expect(idsOf('checkmate-017')).toEqual(
			expect.arrayContaining(['checkmate017_brahmer2015.txt', 'cm017_os', 'CheckMate 017', 'checkmate017_os'])
		);
		expect(mentioning('checkmate-017')).toEqual([]);
	});

	it('has a folder per document, named by its slug, holding its text, catalog and profile', () => {
		for (const p of profiles) {
			const files = readdirSync(join(DOCUMENTS_DIR, p.slug));
			expect(files).toEqual(expect.arrayContaining([p.file, 'catalog.json', 'document.json']));
		}
	});
});
