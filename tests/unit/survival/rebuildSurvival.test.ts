import { describe, expect, it } from 'vitest';
import { rebuildSurvival, type PrintedArm } from '$lib/survival/rebuildSurvival';

const arm = (id: string, atRisk: [number, number][], printedEvents: number | null = null): PrintedArm => ({
	id,
	atRisk: atRisk.map(([time, n]) => ({ time, n })),
	curve: null,
	printedEvents,
	printedMedian: null
});
const a = arm(
	'A',
	[
		[0, 100],
		[6, 90],
		[12, 70]
	],
	12
);
const b = arm(
	'B',
	[
		[0, 100],
		[6, 80],
		[12, 40]
	],
	30
);

describe('rebuildSurvival: the one survival engine', () => {
	it('lists the arms in the input order and compares the second with the first when no hazard ratio is printed', () => {
		const { rebuild, failures } = rebuildSurvival({ arms: [a, b], hazardRatio: null });
		expect(failures).toEqual([]);
		expect(rebuild!.arms.map((x) => [x.id, x.mode, x.patients, x.events])).toEqual([
			['A', 'table', 100, { printed: 12, rebuilt: 12 }],
			['B', 'table', 100, { printed: 30, rebuilt: 30 }]
		]);
		expect([rebuild!.comparison!.reference, rebuild!.comparison!.compared]).toEqual(['A', 'B']);
		expect(rebuild!.ipd.map((x) => [x.id, x.ipd.length])).toEqual([
			['A', 100],
			['B', 100]
		]);
		expect([rebuild!.xMax, rebuild!.xStep]).toEqual([12, 6]);
	});

	it("compares the printed hazard ratio's arm with the other, whatever the order", () => {
		const { rebuild } = rebuildSurvival({
			arms: [b, a],
			hazardRatio: { arm: 'B', value: '3.1', lower: null, upper: null, level: null }
		});
		expect(rebuild!.arms.map((x) => x.id)).toEqual(['B', 'A']);
		expect([rebuild!.comparison!.reference, rebuild!.comparison!.compared]).toEqual(['A', 'B']);
		expect(rebuild!.comparison!.cox!.hr!).toBeGreaterThan(1);
	});

	it('returns what a method cannot rebuild as failures in its words, never throws', () => {
		const tooMany = arm(
			'A',
			[
				[0, 100],
				[6, 90],
				[12, 70]
			],
			120
		);
		const oneCurvePoint = {
			...arm('C', [
				[0, 10],
				[6, 5]
			]),
			curve: [{ x: 0, y: 1 }]
		};
		expect(rebuildSurvival({ arms: [tooMany, oneCurvePoint], hazardRatio: null })).toEqual({
			rebuild: null,
			failures: [
				{ mode: 'curve', arms: ['C'], message: 'curve needs at least 2 points, got 1' },
				{ mode: 'table', arms: ['A'], message: 'A: total events must be a whole number from 0 to 100, got 120' }
			]
		});
	});
});
