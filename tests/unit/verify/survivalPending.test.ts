import { describe, expect, it } from 'vitest';
import { guidelineAndRmp } from '../../helpers/documents';
import { rebuildEndpoints } from '$lib/survival/bundledEndpoints';
import { reconstructionsOf } from '$lib/documents/profiles';
import { survivalPending } from '$lib/verify/survivalPending';

const { datasets, profiles } = guidelineAndRmp();
const rebuilt = rebuildEndpoints(datasets, reconstructionsOf(profiles));

describe('survivalPending: the survival rows, from endpoints the caller rebuilt once', () => {
	it('recomputes the rows of the rebuilt endpoints as approximate', () => {
		const checks = survivalPending(datasets, rebuilt);
		const approx = checks.filter((c) => c.status === 'approximate');
		expect(approx.map((c) => `${c.dataset}:${c.location.split(', ').at(-1)}`)).toEqual([
			'gl_t7_mm003_pfs:PFS median',
			'gl_t7_mm003_pfs:PFS median',
			'gl_t7_mm003_pfs:PFS hazard ratio',
			'gl_t7_mm003_pfs:PFS p value',
			'gl_t8_mm003_os:OS median',
			'gl_t8_mm003_os:OS median',
			'gl_t8_mm003_os:OS hazard ratio'
		]);
		const hr = approx.find((c) => c.location.endsWith('PFS hazard ratio'))!;
		// the engine's Cox fit at the printed 97.2% level, rounded to the printed 3 decimals
		expect(hr.recomputed).toBe('0.465 [0.347, 0.624]');
	});

	it('rebuilds nothing itself: without rebuilt endpoints every row waits for patient-level data', () => {
		const checks = survivalPending(datasets, []);
		expect(checks.filter((c) => c.status === 'approximate')).toEqual([]);
		expect(checks.filter((c) => c.dataset === 'gl_t7_mm003_pfs').map((c) => c.status)).toEqual([
			'not-recomputable',
			'not-recomputable',
			'not-recomputable',
			'not-recomputable'
		]);
	});

	it('words the assumed grid of the spec', () => {
		const sixMonthly = rebuilt.map((e) => ({ ...e, spec: { ...e.spec, gridMonths: 6 } }));
		const c = survivalPending(datasets, sixMonthly).find((x) => x.status === 'approximate')!;
		expect(c.detail).toContain('on the assumed 6-month grid');
		expect(c.explanation.at(-1)).toMatchObject({ params: { grid_months: 6, grid: 'assumed' } });
	});

	it('says "assumed" only when it is: a document that prints the at-risk times gets "at its printed times"', () => {
		const printed = rebuilt.map((e) => ({ ...e, spec: { ...e.spec, grid: 'printed' as const } }));
		const c = survivalPending(datasets, printed).find((x) => x.status === 'approximate')!;
		expect(c.detail).toContain('(gl_f1_mm003_pfs_at_risk, at its printed times, every 3 months)');
		expect(c.detail).not.toContain('assumed');
		expect(c.explanation.at(-1)).toMatchObject({ params: { grid_months: 3, grid: 'printed' } });
	});
});
