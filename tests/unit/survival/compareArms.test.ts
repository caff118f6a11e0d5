import { describe, expect, it } from 'vitest';
import { compareArms } from '$lib/survival/compareArms';

describe('compareArms: two arms, for any patient-level data', () => {
	it('reports a Cox model without events as a warning, not an exception', () => {
		const c = compareArms('A', [{ time: 1, event: 0 }], 'B', [{ time: 2, event: 0 }], null);
		expect(c).toEqual({
			reference: 'A',
			compared: 'B',
			logRank: { chisq: 0, p: 1 },
			cox: null,
			printed: null,
			warnings: [{ code: 'cox-no-events', params: {}, message: 'no Cox model: a Cox model needs at least one event' }]
		});
	});

	it('adds the interval at the printed level beside the 95% one', () => {
		const early = [1, 2, 3, 4, 5, 6].map((t) => ({ time: t, event: 1 as const }));
		const late = [3, 5, 7, 9, 11, 13].map((t) => ({ time: t, event: (t < 12 ? 1 : 0) as 0 | 1 }));
		const c = compareArms('late', late, 'early', early, {
			arm: 'early',
			value: '2.5',
			lower: null,
			upper: null,
			level: '90'
		});
		expect(c.cox!.level).toBe(95);
		expect(c.cox!.atPrintedLevel!.level).toBe(90);
		// a 90% interval lies inside the 95% one around the same estimate
		expect(c.cox!.atPrintedLevel!.lower!).toBeGreaterThan(c.cox!.lower!);
		expect(c.cox!.atPrintedLevel!.upper!).toBeLessThan(c.cox!.upper!);
		expect(c.cox!.hr!).toBeGreaterThan(1);
	});
});
