import { describe, expect, it } from 'vitest';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { rowsById } from '$lib/site/datasetById';
import { eligibilityGrid, topicsOf } from '$lib/site/guideline/eligibility';
import { GUIDELINE_FACTS } from '$lib/site/guideline/guidelineFacts';

const { datasets } = readDocumentsOrThrow();
const criteriaRows = (id: string) => rowsById(datasets, id, 'criteria', 'test');

describe('eligibility side by side (Tables 1, 4, 6 and section 5)', () => {
	const grid = eligibilityGrid(datasets, GUIDELINE_FACTS.eligibility);
	const cell = (topic: string, column: string) => {
		const i = grid.columns.findIndex((c) => c.key === column);
		return (grid.rows.find((r) => r.topic === topic)?.cells[i] ?? []).map((x) => x.id);
	};

	it('counts every printed criterion per column', () => {
		expect(grid.columns.map((c) => [c.key, c.items])).toEqual([
			['MM-001', 14],
			['CRB-401', 17],
			['MM-003', 13],
			['approved', 15]
		]);
		// every item is shown once: in a topic row or among the headings
		for (const [i, c] of grid.columns.entries()) {
			const placed = grid.rows.reduce((n, r) => n + r.cells[i]!.length, 0) + c.headings.length;
			expect(placed).toBe(c.items);
		}
	});

	it('maps known items to their topic', () => {
		const t1 = topicsOf(criteriaRows('gl_t1_mm001_eligibility'));
		expect(t1.get('t1_inc_1_1')).toBe('prior_therapy'); // ≥3 prior regimens
		expect(t1.get('t1_inc_1_2')).toBe('prior_therapy'); // 2 consecutive cycles: inherits from its parent
		expect(t1.get('t1_inc_2_1')).toBe('measurable'); // serum M-protein ≥1.0 g/dL
		expect(t1.get('t1_inc_3')).toBe('ecog');
		expect(t1.get('t1_exc_2')).toBe('prior_cellular'); // allogeneic HSCT, gene/cell or BCMA-targeted therapy
		expect(t1.get('t1_exc_3')).toBe('cns');
		const s5 = topicsOf(criteriaRows('gl_s5_patient_selection'));
		expect(s5.get('s5_eff_1_1_1')).toBe('prior_cellular'); // no prior BCMA-targeted CAR-T
		expect(s5.get('s5_eff_1_1_2')).toBe('prior_therapy'); // ≥2 prior therapies
		expect(s5.get('s5_saf_2_1')).toBe('ecog'); // ECOG PS 2–4: safety not established
		expect(s5.get('s5_saf_1_1')).toBe('other'); // refrozen after thawing
		expect(s5.get('s5_eff_1')).toBe('heading');
		expect(topicsOf(criteriaRows('gl_t4_crb401_eligibility')).get('t4_inc_3_2_1')).toBe('bcma_expression');
	});

	it('aligns the ECOG, CNS and prior-therapy rows across the four columns', () => {
		expect(cell('ecog', 'MM-001')).toEqual(['t1_inc_3']);
		expect(cell('ecog', 'CRB-401')).toEqual(['t4_inc_4']);
		expect(cell('ecog', 'MM-003')).toEqual(['t6_inc_3']);
		expect(cell('ecog', 'approved')).toEqual(['s5_saf_2_1']);
		expect(cell('cns', 'MM-001')).toEqual(['t1_exc_3', 't1_exc_4']);
		expect(cell('prior_therapy', 'MM-003')).toEqual([
			't6_inc_1',
			't6_inc_1_1',
			't6_inc_1_2',
			't6_inc_1_3',
			't6_inc_1_4'
		]);
		// Table 6 prints no plasma cell leukemia / amyloidosis exclusion; only section 5 has unmatched items
		expect(cell('plasma_cell', 'MM-003')).toEqual([]);
		expect(cell('other', 'approved')).toEqual(['s5_eff_2_4', 's5_saf_1_1', 's5_saf_1_2', 's5_saf_1_3']);
		expect(grid.columns.find((c) => c.key === 'approved')!.headings.map((h) => h.id)).toEqual([
			's5_eff_1',
			's5_eff_2',
			's5_saf_1',
			's5_saf_2'
		]);
		const sub = grid.rows.find((r) => r.topic === 'prior_therapy')!.cells[0]!.find((i) => i.id === 't1_inc_1_1')!;
		expect([sub.depth, sub.line, sub.list]).toEqual([1, '101', 'inclusion']);
	});
});
