// Node-side front door to the bundled documents: the site's prerender step, the tests and the CLIs read data here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DataValidationError, type DataError } from '$lib/data/dataError';
import type { Dataset } from '$lib/data/dataset';
import { projectPath, readDataDir } from '$lib/data/readDataDir';
import { validateProfile, type DocumentProfile } from './profile';
import { documentRef, profileDatasetIds } from './profiles';

/** Where the bundled documents live: one folder each, with document.json, catalog.json, the CSV files and the source text. */
export const DOCUMENTS_DIR = 'src/lib/documents';

/** The documents of a folder: their profiles and every dataset of their catalogs. */
export interface DocumentBundle {
	readonly profiles: readonly DocumentProfile[];
	readonly datasets: readonly Dataset[];
}

const PROFILE_FILE = 'document.json';

/**
 * Reads one document folder (it holds a document.json) or a folder of them (each subfolder with a document.json).
 * Returns every problem, each naming its file (and row and column where it has them), instead of throwing.
 * @example readDocuments().profiles.map((p) => p.slug) // ['guideline', 'rmp']
 */
export function readDocuments(root: string = DOCUMENTS_DIR): DocumentBundle & { errors: DataError[] } {
	const label = projectPath;
	if (!existsSync(root) || !statSync(root).isDirectory())
		return {
			profiles: [],
			datasets: [],
			errors: [
				{ file: label(root), row: null, column: null, expected: 'a folder of documents', found: 'no such folder' }
			]
		};
	const folders = existsSync(join(root, PROFILE_FILE))
		? [root]
		: readdirSync(root)
				.sort()
				.map((f) => join(root, f))
				.filter((f) => statSync(f).isDirectory() && existsSync(join(f, PROFILE_FILE)));
	if (folders.length === 0)
		return {
			profiles: [],
			datasets: [],
			errors: [
				{
					file: label(root),
					row: null,
					column: null,
					expected: `a ${PROFILE_FILE} in the folder or in its subfolders (one per document)`,
					found: 'none'
				}
			]
		};
	const profiles: DocumentProfile[] = [];
	const datasets: Dataset[] = [];
	const errors: DataError[] = [];
	for (const folder of folders) {
		const profileFile = label(join(folder, PROFILE_FILE));
		let json: unknown;
		try {
			json = JSON.parse(readFileSync(join(folder, PROFILE_FILE), 'utf8'));
		} catch (e) {
			errors.push({ file: profileFile, row: null, column: null, expected: 'valid JSON', found: (e as Error).message });
			continue;
		}
		const checked = validateProfile(json, profileFile);
		errors.push(...checked.errors);
		const profile = checked.profile;
		if (!profile) continue;
		if (basename(folder) !== profile.slug && folder !== root)
			errors.push({
				file: profileFile,
				row: null,
				column: 'slug',
				expected: `the name of the document's folder (${basename(folder)})`,
				found: profile.slug
			});
		if (!existsSync(join(folder, profile.file)))
			errors.push({
				file: profileFile,
				row: null,
				column: 'file',
				expected: 'the source text, in the same folder',
				found: profile.file
			});
		for (const other of profiles) {
			if (other.slug === profile.slug)
				errors.push({
					file: profileFile,
					row: null,
					column: 'slug',
					expected: 'a slug no other document uses',
					found: profile.slug
				});
			if (other.file === profile.file)
				errors.push({
					file: profileFile,
					row: null,
					column: 'file',
					expected: 'a source file no other document uses',
					found: profile.file
				});
		}
		// one object for all of the folder's datasets: pages that send many citations send the document once
		const loaded = readDataDir(folder, documentRef(profile));
		errors.push(...loaded.errors);
		const ids = new Set(loaded.datasets.map((d) => d.entry.id));
		for (const [path, id] of profileDatasetIds(profile))
			if (!ids.has(id))
				errors.push({
					file: profileFile,
					row: null,
					column: path,
					expected: 'the id of a dataset of this folder’s catalog.json',
					found: id
				});
		profiles.push(profile);
		datasets.push(...loaded.datasets);
	}
	// the profiles' own order (document.json "order"), not the folders' alphabet: the site lists the main documents first
	const ordered = [...profiles].sort(byOrder);
	const rank = new Map(ordered.map((p, i) => [p.file, i]));
	const documentRank = (d: Dataset) => rank.get(d.entry.document) ?? ordered.length;
	return { profiles: ordered, datasets: [...datasets].sort((x, y) => documentRank(x) - documentRank(y)), errors };
}

/**
 * Documents with an `order` first, by it; then the others, by slug.
 * @example [{ slug: 'b' }, { slug: 'a', order: 2 }].sort(byOrder).map((p) => p.slug) // ['a', 'b']
 */
export const byOrder = (a: Pick<DocumentProfile, 'order' | 'slug'>, b: Pick<DocumentProfile, 'order' | 'slug'>) =>
	(a.order ?? Infinity) - (b.order ?? Infinity) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** Like readDocuments, but throws one DataValidationError listing every problem. */
export function readDocumentsOrThrow(root: string = DOCUMENTS_DIR): DocumentBundle {
	const { profiles, datasets, errors } = readDocuments(root);
	if (errors.length > 0) throw new DataValidationError(errors);
	return { profiles, datasets };
}
