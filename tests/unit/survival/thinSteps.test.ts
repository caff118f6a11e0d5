import { describe, expect, it } from 'vitest';
import { thinSteps, thinTimes } from '$lib/survival/thinSteps';

const steps = Array.from({ length: 100_000 }, (_, i) => ({ time: (i + 1) * 0.0005, surv: 1 - (i + 1) / 100_001 }));
const valueAt = (s: readonly { time: number; surv: number }[], t: number) => {
	let v = 1;
	for (const p of s) if (p.time <= t) v = p.surv;
	return v;
};

describe('thinSteps', () => {
	const thin = thinSteps(steps, 50, 1000);
	it('keeps at most two steps per bin, the first and the last', () => {
		// 1,001 bins: the last step sits exactly on the axis end
		expect(thin.length).toBeLessThanOrEqual(2002);
		expect(thin.length).toBeGreaterThan(1900);
		expect(thin[0]).toBe(steps[0]);
		expect(thin.at(-1)).toBe(steps.at(-1));
	});
	it('draws the same level at every bin edge (the last step of a bin is kept)', () => {
		for (let k = 1; k <= 1000; k += 37) {
			// between the last step of a bin and the first of the next
			const t = k * 0.05 + 0.00025;
			expect(valueAt(thin, t)).toBe(valueAt(steps, t));
		}
	});
	it('leaves small step functions alone', () => {
		expect(thinSteps(steps.slice(0, 1500), 50, 1000)).toEqual(steps.slice(0, 1500));
	});
});

describe('thinTimes', () => {
	it('keeps one censor mark per bin', () => {
		const times = Array.from({ length: 50_000 }, (_, i) => i * 0.001);
		const thin = thinTimes(times, 50, 1000);
		expect(thin.length).toBe(1000);
		expect(thin[1]).toBeCloseTo(0.05, 9);
	});
});
