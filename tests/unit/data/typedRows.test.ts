import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CatalogEntry } from '$lib/data/catalog';
import { loadCatalogWith, type Dataset } from '$lib/data/dataset';
import { SCHEMAS } from '$lib/data/schemas';
import { isDatasetOf, rowsOf, type RowOf } from '$lib/data/typedRows';

const entry = (id: string, schema: CatalogEntry['schema'], file: string): CatalogEntry => ({
	id,
	document: 'demo.txt',
	section: '3.1',
	table: 'Table 9',
	title_ja: '副作用',
	title_en: 'Adverse reactions',
	cutoff: null,
	trial: null,
	population_ja: null,
	population_en: null,
	ci_method_stated: null,
	footnotes: [],
	assumptions: [],
	file,
	schema,
	source_lines: [10, 12]
});
const header = (kind: keyof typeof SCHEMAS) => SCHEMAS[kind].columns.map((c) => c.name).join(',');
const FILES: Record<string, string> = {
	'ae.csv': `${header('adverse_reaction')}\nsoc,血液,Blood,,,all,全体,All,128,all,40,31.3,10\npt,血液,Blood,貧血,Anaemia,all,全体,All,128,3plus,12,,11\n`,
	'risk.csv': `${header('at_risk')}\nPFS,idecel,本品群,ide-cel,0,0,254,20\n`
};
const { datasets, errors } = loadCatalogWith(
	[entry('demo_ae', 'adverse_reaction', 'ae.csv'), entry('demo_risk', 'at_risk', 'risk.csv')],
	Object.keys(FILES),
	(file) => FILES[file] ?? null
);
const [ae, risk] = datasets as [Dataset, Dataset];

describe('typed rows', () => {
	it('loads the fixtures', () => {
		expect(errors).toEqual([]);
		expect(datasets.map((d) => d.entry.id)).toEqual(['demo_ae', 'demo_risk']);
	});

	it('rowsOf returns the rows of a dataset of that schema, required columns as strings', () => {
		const rows = rowsOf(ae, 'adverse_reaction');
		expectTypeOf(rows[0]!.soc_en).toEqualTypeOf<string>();
		expectTypeOf(rows[0]!.pt_en).toEqualTypeOf<string | undefined>();
		expect(rows.map((r) => [r.level, r.soc_en, r.pt_en, r.grade, r.count])).toEqual([
			['soc', 'Blood', '', 'all', '40'],
			['pt', 'Blood', 'Anaemia', '3plus', '12']
		]);
	});

	it('rowsOf throws naming the dataset, its file and both schemas when the schema differs', () => {
		expect(() => rowsOf(risk, 'adverse_reaction')).toThrow(
			'dataset "demo_risk" (risk.csv) has schema "at_risk", not "adverse_reaction"'
		);
	});

	it('isDatasetOf keeps the datasets of one schema and types their rows', () => {
		const atRisk = datasets.filter((d) => isDatasetOf(d, 'at_risk'));
		expect(atRisk.map((d) => d.entry.id)).toEqual(['demo_risk']);
		expectTypeOf(atRisk[0]!.rows[0]!).toEqualTypeOf<RowOf<'at_risk'>>();
		expect(atRisk[0]!.rows[0]!.n_at_risk).toBe('254');
		expect(isDatasetOf(ae, 'at_risk')).toBe(false);
	});
});
