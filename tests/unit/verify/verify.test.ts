import { describe, expect, it } from 'vitest';
import { inferInterval, methodId } from '$lib/verify/inferInterval';
import { explainPercentage } from '$lib/verify/percentageChecks';
import { pAtPrintedPrecision, scientific } from '$lib/verify/testChecks';
import { verifyCatalog } from '$lib/verify/verifyCatalog';
import { guidelineAndRmp } from '../../helpers/documents';

describe('inferInterval', () => {
	it('names every method that reproduces a printed interval at its precision', () => {
		const inf = inferInterval(2, 4, 95, '6.8', '93.2', 'clopper-pearson');
		expect(inf.reproducing).toEqual(['clopper-pearson']);
		expect(inf.method).toBe('clopper-pearson');
		expect(inf.recomputed).toBe('[6.8, 93.2]');
		expect(inf.flags).toEqual([]);
	});
	it('flags a stated method that does not reproduce the printed interval', () => {
		// Table 2's Clopper–Pearson interval, as if the footnote had said Wald
		const inf = inferInterval(2, 4, 95, '6.8', '93.2', 'wald');
		expect(inf.reproducing).toEqual(['clopper-pearson']);
		expect(inf.flags).toContain('stated-method-differs');
		expect(inf.all.wald).toBe('[1.0, 99.0]');
	});
	it('reports no reproducing method when the printed interval matches none', () => {
		const inf = inferInterval(94, 128, 95, '65.0', '81.1', 'wald');
		expect(inf.reproducing).toEqual([]);
		expect(inf.method).toBe('wald');
		expect(inf.recomputed).toBe('[65.8, 81.1]');
	});
	it('warns when Wald reproduces an interval for a handful of patients, and when a bound was cut at 0', () => {
		const inf = inferInterval(2, 5, 95, '0.0', '82.9', null);
		expect(inf.reproducing).toEqual(['wald-truncated']);
		expect(inf.flags).toEqual(['unreliable-method', 'truncated-bound']);
		expect(inf.warnings.join(' ')).toMatch(/cut at 0/);
		// the same warnings as codes, in the same order, with the numbers they print
		expect(inf.warning_explanations).toEqual([
			{ code: 'wald_unreliable', params: { x: 2, n: 5, few: 'events', level: 95 } },
			{ code: 'wald_truncated_only', params: { bound: 'lower', value: '-2.9' } }
		]);
	});
	it('compares each bound at its own printed precision ("100" has none)', () => {
		const inf = inferInterval(3, 3, 95, '29.2', '100', 'clopper-pearson');
		expect(inf.reproducing).toContain('clopper-pearson');
		expect(inf.recomputed).toBe('[29.2, 100]');
	});
	it('reads the footnote method names', () => {
		expect(methodId('Clopper-Pearson 法')).toBe('clopper-pearson');
		expect(methodId('wald')).toBe('wald');
		expect(methodId('not stated')).toBeNull();
		expect(methodId(null)).toBeNull();
	});
});

describe('explainPercentage', () => {
	it('shows the arithmetic and what would reproduce a slip', () => {
		expect(explainPercentage('27.1', 19, 70)).toBe('19/70 = 27.1429% → 27.1.');
		expect(explainPercentage('6.8', 15, 225)).toBe(
			'15/225 = 6.66667% rounds to 6.7, not the printed 6.8: no whole count out of 225 rounds to 6.8%; 15 gives 6.8% with a denominator of 219, 220, 221, 222.'
		);
		expect(explainPercentage('4.2', 1, 47)).toContain('1 gives 4.2% with a denominator of 24');
	});
});

describe('p-values at printed precision', () => {
	it('keeps an inequality when the computed p is below it', () => {
		expect(pAtPrintedPrecision('<0.0001', 5.7e-8)).toBe('<0.0001');
		expect(pAtPrintedPrecision('<0.0001', 0.0002)).toBe('0.0002');
		expect(pAtPrintedPrecision('0.03', 0.0349)).toBe('0.03');
		expect(scientific(5.686e-8)).toBe('5.7 × 10⁻⁸');
	});
});

describe('verifyCatalog on the bundled documents', () => {
	const bundle = guidelineAndRmp();
	const report = verifyCatalog(bundle.datasets, bundle.profiles);
	const checks = report.checks;

	it('never says reproduced unless the recomputed string equals the printed one', () => {
		const wrong = checks.filter((c) => c.status.startsWith('reproduced') && c.recomputed !== c.published);
		expect(wrong).toEqual([]);
	});

	it('checks every printed interval of the guideline and names its reproducing method', () => {
		const intervals = checks.filter((c) => c.kind === 'proportion_ci');
		expect(intervals).toHaveLength(30);
		for (const c of intervals) {
			expect(c.method, c.location).not.toBeNull();
			expect(c.reproducing_methods!.length, c.location).toBeGreaterThan(0);
		}
		const pooled = intervals.find((c) => c.id === 'gl_t2_mm001_2019_orr/d150_450/ci')!;
		expect(pooled).toMatchObject({
			published: '[65.8, 81.1]',
			method: 'wald',
			stated_method: 'wald',
			status: 'reproduced',
			numerator: 94,
			denominator: 128
		});
		// Table 3 prints no N for the overall column: the engine derives 137 and says so
		const overall = intervals.find((c) => c.id === 'gl_t3_mm001_2020_orr/overall/ci')!;
		expect(overall).toMatchObject({ denominator: 137, method: 'wald', status: 'reproduced' });
		expect(overall.detail).toMatch(/N is not printed: 137/);
	});

	it('checks every printed percentage with a count in the response, adverse-reaction and RMP incidence tables', () => {
		const pct = checks.filter((c) => c.kind === 'percentage');
		const { datasets } = guidelineAndRmp();
		const kinds = ['response_category', 'adverse_reaction', 'rmp_incidence'];
		let expected = 0;
		for (const d of datasets.filter((x) => kinds.includes(x.entry.schema))) {
			// a cell such as "19 (27.1)" prints both; a bare "0" prints no percentage, an RMP figure without (a/b) no count
			const printed = d.rows.filter(
				(r) => r.percent && r.count && (d.entry.schema !== 'rmp_incidence' || r.denominator)
			).length;
			expect(pct.filter((c) => c.dataset === d.entry.id && c.status !== 'not-recomputable').length, d.entry.id).toBe(
				printed
			);
			expected += printed;
		}
		expect(expected).toBe(960);
		expect(
			pct.filter((c) => c.status === 'mismatch').map((c) => [c.dataset, c.source_line, c.published, c.recomputed])
		).toEqual([
			['gl_numeric_statements_efficacy', 272, '74.0', '73.9'],
			['gl_numeric_statements_safety', 530, '6.8', '6.7']
		]);
	});

	it('re-expresses Table 7’s 97.2% hazard-ratio interval at 95% and finds Table 9’s', () => {
		const c = checks.find((x) => x.id.endsWith('/hr_95'))!;
		expect(c).toMatchObject({
			published: '0.493 [0.377, 0.645]',
			recomputed: '0.493 [0.377, 0.645]',
			status: 'reproduced'
		});
	});

	it('recomputes the RMP sample-size rationales', () => {
		const s = Object.fromEntries(
			checks
				.filter((c) => c.kind === 'sample_size' && c.status !== 'not-recomputable')
				.map((c) => [c.id, [c.published, c.recomputed, c.status]])
		);
		expect(s).toMatchObject({
			'rmp_survey_numbers/gus_cll/14/sample_size': ['29', '29', 'reproduced'],
			'rmp_survey_numbers/gus_pemphigus/21/sample_size': ['115', '115', 'reproduced'],
			'rmp_survey_numbers/gus_pemphigus/28/sample_size': ['80', '85', 'approximate'],
			'rmp_survey_numbers/gus_ssc/27/sample_size': ['63', '63', 'reproduced'],
			'rmp_survey_numbers/gus_pemphigus/13/sample_size': ['125', '124', 'approximate']
		});
		expect(checks.find((c) => c.id === 'rmp_survey_numbers/gus_pemphigus/21/sample_size')!.detail).toMatch(
			/exact binomial test does not reach 90% there: power at 115 is 84\.6%.*122/
		);
	});

	it('finds the study quoted with a different denominator (RMP line 237: 1/24 where lines 148, 186, 276 say 47)', () => {
		const c = checks.filter((x) => x.kind === 'denominator_consistency');
		expect(c.map((x) => [x.source_line, x.published, x.recomputed, x.status])).toEqual([
			[237, '4.2% (1/24)', '2.1% (1/47)', 'mismatch']
		]);
	});

	it('recomputes MM-003 Tables 7 and 8 from rebuilt patient data as approximate, and lists the rest as not recomputable', () => {
		const surv = checks.filter((c) => c.kind === 'survival');
		const approx = surv.filter((c) => c.status === 'approximate');
		expect(approx.map((c) => c.dataset).sort()).toEqual([
			...Array(4).fill('gl_t7_mm003_pfs'),
			...Array(3).fill('gl_t8_mm003_os')
		]);
		const hr7 = approx.find((c) => c.dataset === 'gl_t7_mm003_pfs' && c.location.includes('hazard ratio'))!;
		expect(hr7.method).toBe('unstratified Cox model, Efron ties, Wald 97.2% interval');
		expect(hr7.detail).toMatch(/The published hazard ratio is stratified .*this one is not/);
		// the medians are met by construction
		for (const c of approx.filter((x) => x.location.includes('median')))
			expect(c.recomputed!.split(' ')[0]).toBe(c.published.split(' ')[0]);
		expect(
			surv.filter((c) => c.status === 'not-recomputable').every((c) => /no numbers at risk are printed/.test(c.detail))
		).toBe(true);
	});

	it('gives every check a unique id', () => {
		const ids = checks.map((c) => c.id);
		expect(ids.length - new Set(ids).size).toBe(0);
	});

	it('summarises by status', () => {
		expect(report.summary.total).toBe(checks.length);
		expect(report.summary.mismatch).toBe(3);
	});
});

describe('explainPercentage with a count of 0', () => {
	it('explains a printed 9.9% of 0/200 instead of trying a denominator of 0', () => {
		expect(explainPercentage('9.9', 0, 200)).toBe(
			'0/200 = 0.00000% rounds to 0.0, not the printed 9.9: no whole count out of 200 rounds to 9.9%; no denominator gives 9.9% with 0.'
		);
	});
});
