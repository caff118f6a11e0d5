import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseUpload, type UploadKind } from '$lib/data/upload';
import { analyzeTables, uploadDataset, type TableKind } from '$lib/analysis/uploadTables';

function load(kind: TableKind, text = readFileSync(`static/templates/${kind}.csv`, 'utf8'), file = `${kind}.csv`) {
	const r = parseUpload(text, file, kind as UploadKind);
	if (!r.data || !('lines' in r.data)) throw new Error(JSON.stringify(r.errors));
	return uploadDataset(file, kind, r.data.rows, r.data.lines);
}

describe('a reader’s tables go through the same verification as the bundled ones', () => {
	const a = analyzeTables([load('best_response'), load('response_rate'), load('adverse_reaction')]);
	const byId = new Map(a.report.checks.map((c) => [c.id, c]));
	it('rechecks every printed percentage (Table 2 counts and Table 11 rows as typed in the templates)', () => {
		const pct = a.report.checks.filter((c) => c.kind === 'percentage');
		expect(pct.length).toBe(11 + 4 + 12);
		expect(pct.every((c) => c.status === 'reproduced')).toBe(true);
	});
	it('names the method that reproduces each printed interval: Clopper–Pearson for a cohort, Wald for the pooled group', () => {
		const ci = a.orr.map((r) => [r.label_en, r.printedText, r.reproducing[0], r.status]);
		expect(ci).toEqual([
			['Foreign cohort, 150×10⁶ CAR+ T cells', '[6.8, 93.2]', 'clopper-pearson', 'reproduced'],
			['Foreign cohort, 300×10⁶ CAR+ T cells', '[56.4, 79.1]', 'clopper-pearson', 'reproduced'],
			['Foreign cohort, 450×10⁶ CAR+ T cells', '[68.6, 90.7]', 'clopper-pearson', 'reproduced'],
			['Foreign cohort, 150×10⁶–450×10⁶ CAR+ T cells', '[65.8, 81.1]', 'wald', 'reproduced']
		]);
		expect(a.orr[0]!.byMethod.wald).toBe('[1.0, 99.0]');
	});
	it('checks responders against the best-response counts of the paired file', () => {
		const sums = a.report.checks.filter((c) => c.kind === 'count_sum' && c.status === 'reproduced');
		expect(sums.length).toBeGreaterThanOrEqual(2);
		expect(byId.size).toBe(a.report.checks.length);
	});
	it('draws the best response and the adverse reactions with labels filled in from the other language or the id', () => {
		expect(a.responseTables).toHaveLength(1);
		// the templates carry both languages; a file with English labels only fills the Japanese ones from them
		expect(a.responseTables[0]!.rows[0]!.group_ja).toBe('外国人コホート 150×10⁶個');
		const englishOnly = readFileSync('static/templates/best_response.csv', 'utf8')
			.split('\n')
			.map((line) =>
				line
					.split(',')
					.filter((_, i) => i !== 1)
					.join(',')
			)
			.join('\n');
		expect(englishOnly.split('\n')[0]).toBe('group_id,group_en,n,category,count,percent,source_line');
		const fromEnglish = analyzeTables([load('best_response', englishOnly)]);
		expect(fromEnglish.responseTables[0]!.rows[0]!.group_ja).toBe('Foreign cohort, 150×10⁶ CAR+ T cells');
		expect(a.responseTables[0]!.rows[0]!.category_en).toBe('sCR');
		const crs = a.safety.records.find((r) => r.term === 'pt:Cytokine release syndrome' && r.grade === 'all')!;
		expect([crs.count, crs.n, crs.printed, crs.recomputed, crs.status]).toEqual([
			116,
			137,
			'84.7',
			'84.7',
			'reproduced'
		]);
		expect(crs.lower).toBeCloseTo(77.53, 2);
		expect(crs.upper).toBeCloseTo(90.25, 2);
	});
	it('says where a printed percentage does not follow from its counts', () => {
		const text = readFileSync('static/templates/adverse_reaction.csv', 'utf8').replace(',116,84.7,', ',116,86.7,');
		const b = analyzeTables([load('adverse_reaction', text)]);
		const bad = b.report.checks.filter((c) => c.status === 'mismatch');
		expect(bad.map((c) => [c.published, c.recomputed])).toEqual([['86.7', '84.7']]);
	});
	it('is plain data a Web Worker can post', () => {
		expect(JSON.parse(JSON.stringify(a))).toEqual(a);
	});
});
