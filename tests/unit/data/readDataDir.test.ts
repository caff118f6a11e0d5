import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '$lib/data/readDataDir';
import type { DocumentRef } from '$lib/data/dataset';
import { validateCatalog } from '$lib/data/catalog';
import { SCHEMAS } from '$lib/data/schemas';

const entry = (over: Record<string, unknown> = {}) => ({
	id: 'demo',
	document: '000_1b142aeaa985d70d.txt',
	section: '3.1',
	table: 'Figure 1',
	title_ja: 'リスク患者数',
	title_en: 'Numbers at risk',
	label_ja: '図 1 リスク患者数',
	label_en: 'Figure 1 · numbers at risk',
	cutoff: '2022-04-18',
	trial: 'MM-003',
	population_ja: null,
	population_en: null,
	ci_method_stated: null,
	ci_method_stated_ja: null,
	footnotes: [],
	footnotes_en: [],
	assumptions: ['3-month grid (assumed)'],
	assumptions_ja: ['3 カ月間隔（仮定）'],
	file: 'demo.csv',
	schema: 'at_risk',
	source_lines: [264, 267],
	...over
});
/** The folder's document, as its document.json would name it. */
const REF: DocumentRef = {
	file: '000_1b142aeaa985d70d.txt',
	slug: 'guideline',
	language: 'ja',
	short_en: 'guideline',
	short_ja: 'ガイドライン',
	name_ja: 'ガイドライン',
	name_en: 'Guideline',
	title_ja: 'ガイドライン',
	title_en: 'Guideline',
	publisher_ja: '厚生労働省',
	publisher_en: 'MHLW',
	date: '2023-12'
};
const csv = `${SCHEMAS.at_risk.columns.map((c) => c.name).join(',')}\nPFS,idecel,本品群,ide-cel,0,0,254,266\n`;

function dir(files: Record<string, string>): string {
	const d = mkdtempSync(join(tmpdir(), 'tee-data-'));
	for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
	return d;
}

describe('readDataDir', () => {
	it('loads a consistent folder', () => {
		const d = dir({ 'catalog.json': JSON.stringify([entry()]), 'demo.csv': csv });
		const { datasets, errors } = readDataDir(d, REF);
		expect(errors).toEqual([]);
		expect(datasets[0]?.rows[0]?.n_at_risk).toBe('254');
	});

	it('reports a listed file that is missing, naming the catalog entry', () => {
		const d = dir({ 'catalog.json': JSON.stringify([entry()]) });
		const { errors } = readDataDir(d, REF);
		expect(errors).toEqual([expect.objectContaining({ row: 1, column: 'file', found: 'demo.csv' })]);
		expect(errors[0]?.file).toMatch(/catalog\.json$/);
	});

	it('reports a CSV the catalog does not list', () => {
		const d = dir({ 'catalog.json': JSON.stringify([entry()]), 'demo.csv': csv, 'stray.csv': csv });
		const { errors } = readDataDir(d, REF);
		expect(errors).toEqual([expect.objectContaining({ found: 'a CSV file the catalog does not list' })]);
		expect(errors[0]?.file).toMatch(/stray\.csv$/);
	});

	it('reports malformed catalog JSON and a missing catalog', () => {
		expect(readDataDir(dir({ 'catalog.json': '[{' }), REF).errors[0]?.expected).toBe('valid JSON');
		expect(readDataDir(dir({}), REF).errors[0]?.found).toBe('no such file');
	});

	it('names file, row and column of a bad cell', () => {
		const bad = csv.replace(',254,', ',two hundred,');
		const d = dir({ 'catalog.json': JSON.stringify([entry()]), 'demo.csv': bad });
		const [error] = readDataDir(d, REF).errors;
		expect(error).toMatchObject({ row: 2, column: 'n_at_risk', found: 'two hundred' });
		expect(error?.file).toMatch(/demo\.csv$/);
	});

	it('gives every dataset the folder’s document, and refuses an entry naming another', () => {
		const d = dir({ 'catalog.json': JSON.stringify([entry()]), 'demo.csv': csv });
		expect(readDataDir(d, REF).datasets[0]?.source).toBe(REF);
		const { errors } = readDataDir(d, { ...REF, file: 'other.txt' });
		expect(errors[0]).toMatchObject({
			row: 1,
			column: 'document',
			found: '"000_1b142aeaa985d70d.txt"',
			expected: "one of other.txt (the folder's document.json)"
		});
	});
});

describe('validateCatalog', () => {
	it('names the entry and field of each problem', () => {
		const { errors, entries } = validateCatalog(
			[entry({ schema: 'nope', cutoff: '18 April 2022', extra: 1 }), entry({ id: 'demo' })],
			'catalog.json',
			[REF.file]
		);
		expect(entries).toHaveLength(0);
		const where = errors.map((e) => `${e.row}:${e.column}`);
		expect(where).toEqual(expect.arrayContaining(['1:schema', '1:cutoff', '1:extra', '2:id', '2:file']));
	});
	it('requires unique labels in each language and a translation for every footnote and assumption', () => {
		const { errors, entries } = validateCatalog(
			[
				entry(),
				entry({ id: 'other', file: 'other.csv', label_en: 'Figure 1 · numbers at risk (copy)' }),
				entry({ id: 'third', file: 'third.csv', label_ja: '図 1 リスク患者数（別）', label_en: '' }),
				entry({
					id: 'fourth',
					file: 'fourth.csv',
					label_ja: '図 1 その 4',
					label_en: 'Figure 1 · four',
					footnotes: ['*1 注'],
					assumptions_ja: []
				}),
				entry({
					id: 'fifth',
					file: 'fifth.csv',
					label_ja: '図 1 その 5',
					label_en: 'Figure 1 · five',
					ci_method_stated: 'not stated'
				})
			],
			'catalog.json',
			[REF.file]
		);
		expect(entries.map((e) => e.id)).toEqual(['demo']);
		expect(errors.map((e) => `${e.row}:${e.column}:${e.expected}`)).toEqual([
			'2:label_ja:a label not used by another entry',
			'3:label_en:a non-empty string',
			'4:footnotes:as many items as footnotes_en (0)',
			'4:footnotes_en:1 translations, one per item of footnotes in the same order',
			'4:assumptions:as many items as assumptions_ja (0)',
			'4:assumptions_ja:1 translations, one per item of assumptions in the same order',
			'5:ci_method_stated:null exactly when ci_method_stated_ja is null',
			'5:ci_method_stated_ja:null exactly when ci_method_stated is null'
		]);
	});
	it('rejects a non-array', () => {
		expect(validateCatalog({}).errors[0]?.expected).toBe('a JSON array of catalog entries');
	});
});
