import { describe, expect, it } from 'vitest';
import { chartProvenance, sourceText, survivalProvenance, tableName, type SourceRef } from '$lib/site/chartProvenance';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { documentRef } from '$lib/documents/profiles';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';

const guideline = documentRef(readDocumentsOrThrow().profiles.find((p) => p.slug === 'guideline')!);

const t2: SourceRef = {
	id: 'gl_t2_mm001_2019_orr',
	document: guideline,
	table: 'Table 2',
	trial: 'MM-001',
	cutoff: '2019-10-16',
	lines: [117, 137]
};
const t3: SourceRef = {
	id: 'gl_t3_mm001_2020_orr',
	document: guideline,
	table: 'Table 3',
	trial: 'MM-001',
	cutoff: '2020-12-21',
	lines: [141, 164]
};
const t7: SourceRef = {
	id: 'gl_t7_mm003_pfs',
	document: guideline,
	table: 'Table 7',
	trial: 'MM-003',
	cutoff: '2022-04-18',
	lines: [247, 260]
};
const f1: SourceRef = {
	id: 'gl_f1_mm003_pfs_at_risk',
	document: guideline,
	table: 'Figure 1',
	trial: 'MM-003',
	cutoff: '2022-04-18',
	lines: [264, 270]
};

describe('chartProvenance', () => {
	it('cites the document once and each table with its printed lines', () => {
		overwriteGetLocale(() => 'en');
		expect(sourceText([t2, t3], 'en')).toBe(
			'Optimal Use Promotion Guideline: idecabtagene vicleucel (Abecma), multiple myeloma (Ministry of Health, Labour and Welfare, Japan, 2023-12): Table 2, lines 117–137; Table 3, lines 141–164'
		);
		const p = chartProvenance([t2, t3], 'en', ['MM-001', undefined]);
		expect(p.subtitle).toBe('MM-001 · data cut-off 2019-10-16, 2020-12-21');
		expect(p.caveat).toBeNull();
	});

	it('writes Japanese citations in Japanese', () => {
		overwriteGetLocale(() => 'ja');
		expect(tableName('Figure 1', 'ja')).toBe('図 1');
		expect(tableName('text (safety specification, part 2)', 'ja')).toBe('本文');
		expect(sourceText([t2], 'ja')).toBe(
			'最適使用推進ガイドライン イデカブタゲン ビクルユーセル（販売名：アベクマ点滴静注）～多発性骨髄腫～（厚生労働省、2023-12）表 2、117–137 行'
		);
	});

	it('carries the caveat of a curve rebuilt from the numbers at risk', () => {
		overwriteGetLocale(() => 'en');
		const p = survivalProvenance(
			{ endpoint: 'PFS', summaryDataset: t7.id, atRiskDataset: f1.id, grid: 'assumed', gridStep: 3 },
			{ [t7.id]: t7, [f1.id]: f1 },
			'en'
		);
		expect(p.subtitle).toBe('MM-003 · PFS · data cut-off 2022-04-18');
		expect(p.source).toContain('Table 7, lines 247–260; Figure 1, lines 264–270');
		expect(p.caveat).toBe(
			'Rebuilt from the numbers at risk and the printed event totals (on an assumed 3-month time axis): not the published curve.'
		);
		const printed = survivalProvenance(
			{ endpoint: 'OS', summaryDataset: t7.id, atRiskDataset: f1.id, grid: 'printed', gridStep: 3 },
			{ [t7.id]: t7, [f1.id]: f1 },
			'en'
		);
		expect(printed.caveat).toBe(
			'Rebuilt from the numbers at risk and the printed event totals (at the printed times): not the published curve.'
		);
	});

	it('lists the line ranges of one table apart, merging only those that overlap', () => {
		overwriteGetLocale(() => 'en');
		const text = (id: string, lines: [number, number]): SourceRef => ({
			id,
			document: guideline,
			table: 'text',
			trial: null,
			cutoff: null,
			lines
		});
		const refs = [
			text('gl_s1_indication_and_dosing', [34, 79]),
			text('gl_numeric_statements_efficacy', [26, 272]),
			text('gl_numeric_statements_section6', [624, 648])
		];
		expect(sourceText(refs, 'en')).toMatch(/: text, lines 26–272, 624–648$/);
		overwriteGetLocale(() => 'ja');
		expect(sourceText(refs, 'ja')).toMatch(/本文、26–272、624–648 行$/);
		expect(chartProvenance(refs, 'ja', ['MM-001']).subtitle).toBe('MM-001');
	});
});
