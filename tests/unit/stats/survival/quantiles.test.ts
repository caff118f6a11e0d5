import { describe, expect, it } from 'vitest';
import { kaplanMeier, medianSurvival, survivalQuantiles, type SurvivalRecord } from '$lib/stats/survival';

// a few seconds each on a busy 2-core machine, hence the 30 s timeouts
// 300,000 patients, each with an event at day 1, 2, …, 300,000: the Kaplan–Meier curve steps down by 1/300,000 a day
const N = 300_000;
const everyDay: SurvivalRecord[] = Array.from({ length: N }, (_, i) => ({ time: i + 1, event: 1 }));

describe('survival quantiles on a 300,000-patient upload (issue 13: Math.max(...array) overflowed the call stack)', () => {
	const steps = kaplanMeier(everyDay);

	it('finds the median where S(t) = 0.5 is flat between days 150,000 and 150,001, as R does (the sample median)', () => {
		const median = medianSurvival(steps, 'log');
		expect(median.estimate).toBe(150_000.5);
		// log band: S·exp(±1.96·√((1/S − 1)/n)) = 0.5 ± 0.00179 at the median, i.e. about ±537 days
		expect(median.lower).toBeGreaterThan(149_460);
		expect(median.lower).toBeLessThan(149_470);
		expect(median.upper).toBeGreaterThan(150_530);
		expect(median.upper).toBeLessThan(150_540);
	}, 30_000);

	it('gives the quartiles as R quantile(survfit) would: midpoints of the flat stretches at 0.25 and 0.75', () => {
		const q = survivalQuantiles(steps, [0.25, 0.5, 0.75], 'log-log');
		expect(q.map((x) => x.prob)).toEqual([0.25, 0.5, 0.75]);
		expect(q.map((x) => x.estimate)).toEqual([75_000.5, 150_000.5, 225_000.5]);
	}, 30_000);

	it('says "not reached" (NaN) when 300,000 patients are all censored', () => {
		const censored = everyDay.map((r) => ({ ...r, event: 0 as const }));
		expect(medianSurvival(kaplanMeier(censored)).estimate).toBeNaN();
	}, 30_000);
});
