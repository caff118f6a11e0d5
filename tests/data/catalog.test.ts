import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasets } from './load';

const catalog = JSON.parse(readFileSync('static/data/catalog.json', 'utf8')) as { file: string; document: string; table: string; schema: string }[];
const GUIDELINE = '000_1b142aeaa985d70d.txt';
const RMP = '004_f7c24d200ce56001.txt';

describe('catalog', () => {
	it('lists every CSV in static/data, and every listed file exists', () => {
		const files = readdirSync('static/data').filter((f) => f.endsWith('.csv')).sort();
		expect(catalog.map((e) => e.file).sort()).toEqual(files);
	});

	it('holds every table and figure of the guideline that issue 2 names', () => {
		// an entry's table field may name several ("section 4; Table 14")
		const tables = new Set(catalog.filter((e) => e.document === GUIDELINE).flatMap((e) => e.table.split('; ')));
		for (let t = 1; t <= 16; t++) expect(tables, `Table ${t}`).toContain(`Table ${t}`);
		for (const t of ['Figure 1', 'Figure 2', 'section 4', 'section 5', 'section 6']) expect(tables).toContain(t);
	});

	it('holds the structured guideline content and the RMP kinds', () => {
		const schemas = (doc: string) => new Set(catalog.filter((e) => e.document === doc).map((e) => e.schema));
		expect([...schemas(GUIDELINE)]).toEqual(
			expect.arrayContaining(['response_category', 'response_rate', 'survival_statistic', 'at_risk', 'adverse_reaction', 'numeric_statement', 'footnote', 'criteria', 'algorithm'])
		);
		expect([...schemas(RMP)]).toEqual(expect.arrayContaining(['rmp_safety_concern', 'rmp_incidence', 'rmp_survey', 'rmp_survey_number', 'rmp_activity']));
	});

	it('transcribes the RMP incidence figures (about 200) and the footnotes 4–12', () => {
		const incidence = datasets.filter((d) => d.entry.schema === 'rmp_incidence').reduce((s, d) => s + d.rows.length, 0);
		expect(incidence).toBeGreaterThanOrEqual(200);
		const markers = datasets.find((d) => d.entry.id === 'gl_footnotes_efficacy')!.rows.map((r) => r.marker);
		for (const m of ['⁴⁾', '⁵⁾', '⁶⁾', '⁷⁾', '⁸⁾', '⁹⁾', '¹⁰⁾', '¹¹⁾', '¹²⁾']) expect(markers).toContain(m);
	});

	it('names the CI method each footnote states, or says it is not stated', () => {
		const withIntervals = datasets.filter((d) => d.entry.schema === 'response_rate');
		for (const d of withIntervals) expect(d.entry.ci_method_stated).toMatch(/Clopper|Wald|not stated/);
		const t2 = datasets.find((d) => d.entry.id === 'gl_t2_mm001_2019_orr')!;
		expect(t2.rows.map((r) => [r.group_id, r.ci_method_stated])).toEqual([
			['d150', 'clopper-pearson'],
			['d300', 'clopper-pearson'],
			['d450', 'clopper-pearson'],
			['d150_450', 'wald']
		]);
	});

	it('records a cut-off date for every efficacy and safety table', () => {
		for (const d of datasets) {
			if (['response_category', 'response_rate', 'survival_statistic', 'at_risk', 'adverse_reaction'].includes(d.entry.schema)) {
				expect(d.entry.cutoff, d.entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			}
		}
	});
});
