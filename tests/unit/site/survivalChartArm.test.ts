import { describe, expect, it } from 'vitest';
import { toSurvivalArm } from '$lib/site/survivalChartArm';
import { describeArm } from '$lib/survival/describeArm';

describe('toSurvivalArm: the engine arm (nulls) as the chart arm (NaN)', () => {
	it('turns the nulls of an undefined limit, a median not reached and an unprinted number at risk into NaN', () => {
		const a = describeArm(
			'A',
			[
				{ time: 2, event: 1 },
				{ time: 5, event: 0 },
				{ time: 6, event: 0 }
			],
			{
				mode: 'ipd',
				atRisk: [{ time: 0, printed: null, rebuilt: 3 }],
				printedEvents: null,
				printedMedian: null,
				band: [],
				warnings: []
			}
		);
		expect(a.median).toBeNull();
		const chart = toSurvivalArm(a);
		expect(chart.median).toBeNaN();
		expect(chart.atRisk).toEqual([{ time: 0, printed: Number.NaN, rebuilt: 3 }]);
		expect(chart.steps.map((s) => s.time)).toEqual([2]);
		expect(chart.steps[0]!.surv).toBeCloseTo(2 / 3, 12);
		expect(chart.steps[0]!.upper).toBe(1);
	});
});
