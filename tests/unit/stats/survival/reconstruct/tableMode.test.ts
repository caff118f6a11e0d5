import { describe, expect, it } from 'vitest';
import { integerize } from '$lib/stats/survival/reconstruct/integerize';
import { tableMode } from '$lib/stats/survival/reconstruct/tableMode';
import { kaplanMeier, medianSurvival, numberAtRisk } from '$lib/stats/survival';
import { decimalsOf, roundHalfUp } from '$lib/stats/printedPrecision';

describe('integerize', () => {
	it('keeps each count within its cap and the total exact', () => {
		expect(integerize([1.4, 2.6, 0.9], [3, 3, 3], 5)).toEqual([1, 3, 1]);
		const out = integerize([5.5, 0.2, 9.9, 3.3], [6, 1, 10, 4], 17);
		expect(out.reduce((s, x) => s + x, 0)).toBe(17);
		out.forEach((x, i) => expect(x).toBeLessThanOrEqual([6, 1, 10, 4][i]!));
		expect(integerize([0, 0, 0], [2, 2, 2], 6)).toEqual([2, 2, 2]);
		expect(() => integerize([1], [1], 2)).toThrow(RangeError);
	});
});

// MM-003 PFS, guideline Figure 1 (assumed 3-month grid) and Table 7
const grid = (ns: number[]) => ns.map((n, i) => ({ time: 3 * i, n }));
const mm003 = {
	arms: [
		{ arm: 'standard', atRisk: grid([132, 75, 42, 32, 25, 13, 10, 7, 6, 2, 1, 0]), totalEvents: 93, median: '4.4' },
		{
			arm: 'idecel',
			atRisk: grid([254, 206, 178, 149, 110, 62, 40, 22, 14, 4, 2, 0]),
			totalEvents: 149,
			median: '13.3'
		}
	],
	hazardRatio: 0.493
};

describe('tableMode', () => {
	const result = tableMode(mm003);

	it('reproduces every printed number at risk and event total exactly', () => {
		for (const [a, arm] of result.arms.entries()) {
			for (const r of mm003.arms[a]!.atRisk) expect(numberAtRisk(arm.ipd, r.time), `${arm.arm} at ${r.time}`).toBe(r.n);
			expect(arm.ipd.filter((x) => x.event === 1)).toHaveLength(mm003.arms[a]!.totalEvents);
			expect(arm.ipd).toHaveLength(mm003.arms[a]!.atRisk[0]!.n);
			expect(arm.ipd.every((x) => x.time >= 0 && Number.isFinite(x.time))).toBe(true);
		}
	});

	it('meets the printed medians at their printed precision', () => {
		for (const [a, arm] of result.arms.entries()) {
			const printed = mm003.arms[a]!.median;
			const m = medianSurvival(kaplanMeier(arm.ipd)).estimate;
			expect(roundHalfUp(m, decimalsOf(printed))).toBe(printed);
		}
	});

	it('returns a band that contains the rebuilt curve’s model and says how many models support it', () => {
		expect(result.variants.length).toBeGreaterThan(1);
		for (const arm of result.arms) {
			expect(arm.band[0]).toEqual({ time: 0, lower: 1, upper: 1 });
			for (const b of arm.band) expect(b.lower).toBeLessThanOrEqual(b.upper);
		}
	});

	it('rebuilds a single arm without events or median', () => {
		const r = tableMode({
			arms: [
				{
					arm: 'A',
					atRisk: [
						{ time: 0, n: 50 },
						{ time: 5, n: 30 },
						{ time: 10, n: 12 }
					]
				}
			]
		});
		expect(numberAtRisk(r.arms[0]!.ipd, 5)).toBe(30);
		expect(numberAtRisk(r.arms[0]!.ipd, 10)).toBe(12);
		expect(r.arms[0]!.ipd).toHaveLength(50);
	});

	it('refuses impossible tables with a clear message', () => {
		expect(() =>
			tableMode({
				arms: [
					{
						arm: 'A',
						atRisk: [
							{ time: 0, n: 10 },
							{ time: 3, n: 12 }
						]
					}
				]
			})
		).toThrow('A: numbers at risk cannot rise (10 at 0, 12 at 3)');
		expect(() =>
			tableMode({
				arms: [
					{
						arm: 'A',
						atRisk: [
							{ time: 0, n: 10 },
							{ time: 3, n: 5 }
						],
						totalEvents: 11
					}
				]
			})
		).toThrow('A: total events must be a whole number from 0 to 10, got 11');
		expect(() => tableMode({ arms: [{ arm: 'A', atRisk: [{ time: 0, n: 10 }] }] })).toThrow(RangeError);
		expect(() => tableMode({ arms: [] })).toThrow(RangeError);
	});
});
