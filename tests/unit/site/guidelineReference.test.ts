import { describe, expect, it } from 'vitest';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import {
	algorithmRows,
	ecogScale,
	eligibilityGrid,
	gradeView,
	parseAlgorithmSelection,
	timelineData,
	timelineView,
	topicsOf,
	writeAlgorithmSelection,
	type TimelineText
} from '$lib/site/guidelineReference';

const { datasets } = readDocumentsOrThrow();
const rowsOf = (id: string) => datasets.find((d) => d.entry.id === id)!.rows;

describe('eligibility side by side (Tables 1, 4, 6 and section 5)', () => {
	const grid = eligibilityGrid(datasets);
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
		const t1 = topicsOf(rowsOf('gl_t1_mm001_eligibility'));
		expect(t1.get('t1_inc_1_1')).toBe('prior_therapy'); // ≥3 prior regimens
		expect(t1.get('t1_inc_1_2')).toBe('prior_therapy'); // 2 consecutive cycles: inherits from its parent
		expect(t1.get('t1_inc_2_1')).toBe('measurable'); // serum M-protein ≥1.0 g/dL
		expect(t1.get('t1_inc_3')).toBe('ecog');
		expect(t1.get('t1_exc_2')).toBe('prior_cellular'); // allogeneic HSCT, gene/cell or BCMA-targeted therapy
		expect(t1.get('t1_exc_3')).toBe('cns');
		const s5 = topicsOf(rowsOf('gl_s5_patient_selection'));
		expect(s5.get('s5_eff_1_1_1')).toBe('prior_cellular'); // no prior BCMA-targeted CAR-T
		expect(s5.get('s5_eff_1_1_2')).toBe('prior_therapy'); // ≥2 prior therapies
		expect(s5.get('s5_saf_2_1')).toBe('ecog'); // ECOG PS 2–4: safety not established
		expect(s5.get('s5_saf_1_1')).toBe('other'); // refrozen after thawing
		expect(s5.get('s5_eff_1')).toBe('heading');
		expect(topicsOf(rowsOf('gl_t4_crb401_eligibility')).get('t4_inc_3_2_1')).toBe('bcma_expression');
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

	it('keeps the ECOG scale with its lines', () => {
		expect(ecogScale(datasets).map((e) => [e.code, e.line])).toEqual([
			['0', '613'],
			['1', '614'],
			['2', '615'],
			['3', '616'],
			['4', '617']
		]);
	});
});

describe('algorithms (Tables 15 and 16)', () => {
	it('shows the grade-2 CRS definition and steps column by column', () => {
		const g = gradeView(algorithmRows(datasets, 'crs'), '2');
		expect(g.definition_en).toMatch(
			/^Symptoms require and respond to moderate intervention\. Oxygen requirement FiO₂ <0\.4/
		);
		expect(g.columns.map((c) => [c.column, c.steps.map((s) => s.line)])).toEqual([
			['tocilizumab', ['632', '635', '636']],
			['corticosteroid', ['632']]
		]);
		expect(g.columns[0]!.steps[0]!.action_en).toBe(
			'Administer tocilizumab 8 mg/kg intravenously (over 1 hour, not exceeding 800 mg).'
		);
		expect(g.columns[0]!.steps[2]!.action_en).toMatch(/^Switch to methylprednisolone \(2 mg\/kg/);
		expect(g.columns[1]!.steps[0]!.action_en).toBe('Consider dexamethasone 10 mg intravenously every 12–24 hours.');
		expect(g.lines).toEqual(['632', '635', '636']);
	});

	it('has no grade definitions in Table 16 and three steps at grade 4', () => {
		const g = gradeView(algorithmRows(datasets, 'neurologic'), '4');
		expect(g.definition_ja).toBe('');
		expect(g.columns.map((c) => [c.column, c.steps.length])).toEqual([['management', 3]]);
		expect(g.lines).toEqual(['656']);
	});

	it('reads and writes the selection in the URL, refusing unknown values', () => {
		expect(parseAlgorithmSelection(new URLSearchParams('algorithm=neurologic&grade=3'))).toEqual({
			algorithm: 'neurologic',
			grade: '3'
		});
		expect(parseAlgorithmSelection(new URLSearchParams('algorithm=x&grade=9'))).toEqual({
			algorithm: 'crs',
			grade: '1'
		});
		const url = writeAlgorithmSelection(new URL('https://x.test/en/guideline/?a=1#t'), {
			algorithm: 'crs',
			grade: '2'
		});
		expect(url.search).toBe('?a=1&algorithm=crs&grade=2');
		expect(url.hash).toBe('#t');
	});
});

describe('treatment timeline (sections 1 and 6)', () => {
	const data = timelineData(datasets);
	const text: TimelineText = {
		leukapheresis: 'Leukapheresis',
		bridging: 'Bridging',
		lymphodepletion: 'Lymphodepletion',
		infusion: 'Infusion',
		crs: (t) => `CRS ${t}`,
		neuro: (t) => `Neuro ${t}`,
		notPrinted: 'not printed',
		bridgingTrials: (d, t) => `(≥${d} d: ${t})`,
		lymphodepletionWhen: (s, d) => `from −${s}, ${d} days`,
		infusionWhen: (m) => `premed ${m} min`,
		onset: (m, l, u) => `${m} (${l}–${u})`
	};

	it('takes the printed days with their lines', () => {
		expect(data.lymphodepletion).toEqual({
			startDaysBefore: { printed: '5', line: '65' },
			days: { printed: '3', line: '67' }
		});
		expect(data.infusion).toEqual({ line: '69', premedicationMinutes: { printed: '30～60', line: '624' } });
		expect(data.leukapheresis.line).toBe('49');
		expect(data.crsOnset.map((w) => [w.trial, w.median.printed, w.lower, w.upper, w.median.line])).toEqual([
			['MM-001', '1.0', '1', '12', '625'],
			['CRB-401', '2.0', '1', '19', '625'],
			['MM-003', '1.0', '1', '14', '625']
		]);
		expect(data.neuroOnset.map((w) => [w.trial, w.median.printed, w.lower, w.upper, w.median.line])).toEqual([
			['MM-001', '6.0', '1', '720', '648'],
			['CRB-401', '6.0', '1', '451', '648'],
			['MM-003', '5.0', '1', '394', '648']
		]);
		expect(data.bridging.trials.map((b) => [b.trial, b.daysBefore.printed, b.daysBefore.line])).toEqual([
			['MM-001', '14', '105'],
			['CRB-401', '14', '182'],
			['MM-003', '14', '225']
		]);
	});

	it('draws phases without printed days without a length, and gives the table the same numbers', () => {
		const v = timelineView(data, text);
		expect(v.lanes.map((l) => [l.id, l.kind])).toEqual([
			['leukapheresis', 'unscaled'],
			['bridging', 'unscaled'],
			['lymphodepletion', 'span'],
			['infusion', 'point'],
			['crs-MM-001', 'window'],
			['crs-CRB-401', 'window'],
			['crs-MM-003', 'window'],
			['neuro-MM-001', 'window'],
			['neuro-CRB-401', 'window'],
			['neuro-MM-003', 'window']
		]);
		expect(v.lanes[2]).toMatchObject({ from: -5, days: 3, note: 'from −5, 3 days' });
		expect(v.lanes[7]).toMatchObject({ median: 6, lower: 1, upper: 720, note: '6.0 (1–720)' });
		expect(v.rows.map((r) => [r.id, r.when, r.lines])).toEqual([
			['leukapheresis', 'not printed', ['49']],
			['bridging', 'not printed (≥14 d: MM-001, CRB-401, MM-003)', ['105', '182', '225']],
			['lymphodepletion', 'from −5, 3 days', ['65', '67']],
			['infusion', 'premed 30～60 min', ['69', '624']],
			['crs-MM-001', '1.0 (1–12)', ['625']],
			['crs-CRB-401', '2.0 (1–19)', ['625']],
			['crs-MM-003', '1.0 (1–14)', ['625']],
			['neuro-MM-001', '6.0 (1–720)', ['648']],
			['neuro-CRB-401', '6.0 (1–451)', ['648']],
			['neuro-MM-003', '5.0 (1–394)', ['648']]
		]);
	});
});
