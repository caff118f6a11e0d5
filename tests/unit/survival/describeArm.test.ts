import { describe, expect, it } from 'vitest';
import { describeArm } from '$lib/survival/describeArm';

describe('describeArm: the statistics of one arm, for any patient-level data', () => {
	it('describes an arm as R survfit does: S ½ up to the last time gives the midpoint as median, no upper limit', () => {
		const a = describeArm(
			'A',
			[
				{ time: 2, event: 1 },
				{ time: 5, event: 0 }
			],
			{
				mode: 'ipd',
				atRisk: [{ time: 0, printed: null, rebuilt: 2 }],
				printedEvents: null,
				printedMedian: null,
				band: [],
				warnings: []
			}
		);
		expect(a.steps).toHaveLength(1);
		expect(a.steps[0]).toMatchObject({ time: 2, surv: 0.5, upper: 1 });
		expect(a.steps[0]!.lower).toBeCloseTo(0.125049, 6);
		expect(a.censors).toEqual([5]);
		expect(a.median).toBe(3.5);
		expect(a.medianCheck.rebuilt).toEqual({ estimate: 3.5, lower: 2, upper: null, level: 95, confType: 'log' });
		expect(a.events).toEqual({ printed: null, rebuilt: 1 });
	});

	it('gives an arm without patients no steps and a null median', () => {
		const a = describeArm('empty', [], {
			mode: 'ipd',
			atRisk: [],
			printedEvents: null,
			printedMedian: null,
			band: [],
			warnings: []
		});
		expect([a.steps, a.censors, a.median, a.patients]).toEqual([[], [], null, 0]);
	});
});
