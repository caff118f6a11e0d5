import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS_DIR } from '../../src/lib/documents/readDocuments';
import { datasets, profiles } from './load';

const folders = profiles.map((p) => join(DOCUMENTS_DIR, p.slug));
const catalog = folders.flatMap((f) => JSON.parse(readFileSync(join(f, 'catalog.json'), 'utf8'))) as {
	id: string;
	file: string;
	document: string;
	table: string;
	schema: string;
	title_ja: string;
	label_ja: string;
	label_en: string;
	cutoff: string | null;
	footnotes: string[];
	footnotes_en: string[];
	assumptions: string[];
	assumptions_ja: string[];
}[];
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const GUIDELINE = '000_1b142aeaa985d70d.txt';
const RMP = '004_f7c24d200ce56001.txt';

describe('catalog', () => {
	it('lists every CSV of the document folders, and every listed file exists', () => {
		const files = folders.flatMap((f) => readdirSync(f).filter((x) => x.endsWith('.csv'))).sort();
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
			expect.arrayContaining([
				'response_category',
				'response_rate',
				'survival_statistic',
				'at_risk',
				'adverse_reaction',
				'numeric_statement',
				'footnote',
				'criteria',
				'algorithm'
			])
		);
		expect([...schemas(RMP)]).toEqual(
			expect.arrayContaining(['rmp_safety_concern', 'rmp_incidence', 'rmp_survey', 'rmp_survey_number', 'rmp_activity'])
		);
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

	it('labels every dataset uniquely in each language, so no two links read the same', () => {
		for (const lang of ['ja', 'en'] as const) {
			const labels = catalog.map((e) => e[`label_${lang}`]);
			for (const [i, l] of labels.entries()) expect(l?.trim(), catalog[i]!.id).toBeTruthy();
			const repeated = labels.filter((l, i) => labels.indexOf(l) !== i);
			expect(repeated, lang).toEqual([]);
		}
		// the printed titles are shared by datasets cut from one table; the labels are what tell them apart
		const t2 = catalog.filter((e) => e.document === GUIDELINE && e.table === 'Table 2');
		expect(new Set(t2.map((e) => e.title_ja)).size).toBe(1);
		expect(t2.map((e) => e.label_en)).toEqual([
			'Table 2 · MM-001 best overall response by category (cut-off 16 Oct 2019)',
			'Table 2 · MM-001 ORR with 95% CI (cut-off 16 Oct 2019)'
		]);
		expect(t2.map((e) => e.label_ja)).toEqual([
			'表 2 MM-001 最良治療効果の内訳（2019 年 10 月 16 日データカットオフ）',
			'表 2 MM-001 全奏効割合と 95% CI（2019 年 10 月 16 日データカットオフ）'
		]);
	});

	it("names each table's number and cut-off in its labels", () => {
		for (const e of catalog) {
			const m = /^(Table|Figure) (\d+)$/.exec(e.table);
			if (m) {
				expect(e.label_en, e.id).toContain(`${m[1]} ${m[2]} · `);
				expect(e.label_ja, e.id).toContain(`${m[1] === 'Table' ? '表' : '図'} ${m[2]} `);
			}
			if (e.cutoff) {
				const [y, mo, d] = e.cutoff.split('-').map(Number);
				expect(e.label_ja, e.id).toContain(`${y} 年 ${mo} 月 ${d} 日データカットオフ`);
				expect(e.label_en, e.id).toMatch(new RegExp(`cut-off ${d} [A-Z][a-z]{2} ${y}\\)$`));
			}
		}
	});

	it('translates every footnote into English and every assumption into Japanese, item for item', () => {
		const bundled = catalog.filter((e) => e.document === GUIDELINE || e.document === RMP);
		expect(bundled.flatMap((e) => e.footnotes)).toHaveLength(45);
		expect(bundled.flatMap((e) => e.assumptions)).toHaveLength(160);
		for (const e of catalog) {
			expect(e.footnotes_en, e.id).toHaveLength(e.footnotes.length);
			expect(e.assumptions_ja, e.id).toHaveLength(e.assumptions.length);
			for (const f of e.footnotes_en) expect(f, e.id).not.toMatch(JAPANESE);
			for (const a of e.assumptions_ja) expect(a, e.id).toMatch(JAPANESE);
			// each translation keeps the marker it translates (¹⁾, *1, *, 注 → Note)
			e.footnotes.forEach((f, i) => {
				const marker = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾|\*\d?)/.exec(f)?.[1];
				if (marker) expect(e.footnotes_en[i]!.startsWith(marker), `${e.id} ${f}`).toBe(true);
			});
		}
		// backticks mark identifiers in the Japanese (rendered as English code); the English has none
		for (const e of catalog) {
			for (const a of e.assumptions_ja) expect(a.split('`').length % 2, `${e.id}: ${a}`).toBe(1);
			for (const a of e.assumptions) expect(a, e.id).not.toContain('`');
		}
		const t2 = catalog.find((e) => e.id === 'gl_t2_mm001_2019_orr')!;
		expect(t2.footnotes_en[0]).toBe(
			'*1: Wald method for the foreign cohort (150×10⁶–450×10⁶ CAR+ T cells); Clopper-Pearson method for the others'
		);
	});

	it('records a cut-off date for every efficacy and safety table of the guideline (it prints one for each)', () => {
		for (const d of datasets.filter((x) => x.entry.document === GUIDELINE)) {
			if (
				['response_category', 'response_rate', 'survival_statistic', 'at_risk', 'adverse_reaction'].includes(
					d.entry.schema
				)
			) {
				expect(d.entry.cutoff, d.entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			}
		}
	});
});
