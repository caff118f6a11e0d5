import { describe, expect, it } from 'vitest';
import {
	atLeastOne,
	calculatorResults,
	curveRange,
	expected,
	powerAt,
	powerCurve,
	powerMethodsDisagree
} from '$lib/site/surveys/calculator';

describe('calculator (values checked against scipy 1.17: binom, norm)', () => {
	it('reproduces the pemphigus power rationale: normal approximation 115, exact 122', () => {
		// norm.cdf((sqrt(115)*0.09 - norm.ppf(0.95)*sqrt(0.09*0.91)) / sqrt(0.18*0.82)) = 0.900937
		// exact: critical count 17 (binom.sf(16, 115, 0.09) <= 0.05), binom.sf(16, 115, 0.18) = 0.846497; first n with ≥ 0.9 is 122 (0.904332)
		const r = powerAt(0.09, 0.18, 0.05, 0.9, 115);
		expect(r.normal).toBeCloseTo(0.9009375, 6);
		expect(r.exact).toBeCloseTo(0.8464975, 6);
		expect(r.normalN).toBe(115);
		expect(r.exactN).toBe(122);
		expect(powerAt(0.09, 0.18, 0.05, 0.9, 125).exact).toBeCloseTo(0.8799997, 6);
	});

	it('reproduces the probability of at least one event: pemphigus 1.5% in 125, CLL 10% needs 29 for 95%', () => {
		// 1 - 0.985**125 = 0.848808; 1 - 0.9**29 = 0.952899, 1 - 0.9**28 = 0.947665
		const p = atLeastOne(125, 0.015, 0.8);
		expect(p.prob).toBeCloseTo(0.848808, 6);
		expect(p.minN).toBe(107);
		const c = atLeastOne(29, 0.1, 0.95);
		expect(c.prob).toBeCloseTo(0.952899, 6);
		expect(c.minN).toBe(29);
		expect(atLeastOne(28, 0.1, 0.95).prob).toBeCloseTo(0.947665, 6);
	});

	it('gives expected counts n × p: NMOSD 200 × 5.3% = 10.6, 200 × 1/19 = 10.53', () => {
		expect(expected(200, 0.053)).toBeCloseTo(10.6, 10);
		expect(expected(200, 1 / 19)).toBeCloseTo(10.526316, 6);
		expect(expected(125, 0.09)).toBeCloseTo(11.25, 10);
	});

	it('draws a saw-toothed exact power curve around the printed n', () => {
		const r = powerAt(0.09, 0.18, 0.05, 0.9, 115);
		const [lo, hi] = curveRange(115, r);
		expect([lo, hi]).toEqual([85, 152]);
		const pts = powerCurve(0.09, 0.18, 0.05, lo, hi);
		expect(pts).toHaveLength(hi - lo + 1);
		// normal power rises with n, exact power falls at some steps (the saw-tooth)
		expect(pts.every((p, i) => i === 0 || p.normal > (pts[i - 1]?.normal ?? 1))).toBe(true);
		expect(pts.some((p, i) => i > 0 && p.exact < (pts[i - 1]?.exact ?? 0))).toBe(true);
	});
});

describe('calculatorResults', () => {
	const pemphigus = {
		detectionPatients: 125,
		detectionRate: 0.015,
		detectionTarget: 0.8,
		powerPatients: 115,
		powerThreshold: 0.09,
		powerExpectedRate: 0.18,
		powerAlpha: 0.05,
		powerTarget: 0.9,
		expectedPatients: 125,
		expectedRate: 0.09
	};
	it('runs each calculator on its inputs: the pemphigus rationale', () => {
		const r = calculatorResults(pemphigus);
		expect(r.detection?.prob).toBeCloseTo(0.848808, 6);
		expect(r.detection).toMatchObject({ patients: 125, rate: 0.015, target: 0.8, minN: 107 });
		expect(r.power?.result).toMatchObject({ normalN: 115, exactN: 122 });
		expect(r.power?.range).toEqual([85, 152]);
		expect(r.power?.curve).toHaveLength(68);
		expect(r.power?.curve[30]?.n).toBe(115);
		expect(r.expected?.count).toBeCloseTo(11.25, 10);
	});
	it('leaves out a calculator while one of its inputs is missing, and only that one', () => {
		const { powerExpectedRate: _p1, expectedPatients: _en, ...rest } = pemphigus;
		const r = calculatorResults(rest);
		expect(r.power).toBeNull();
		expect(r.expected).toBeNull();
		expect(r.detection?.minN).toBe(107);
	});
});

describe('powerMethodsDisagree', () => {
	it('is true when the sample sizes differ (pemphigus: 115 normal, 122 exact), false when both agree', () => {
		expect(powerMethodsDisagree({ target: 0.9, result: powerAt(0.09, 0.18, 0.05, 0.9, 115) })).toBe(true);
		expect(
			powerMethodsDisagree({
				target: 0.9,
				result: { normal: 0.95, exact: 0.93, normalN: 100, exactN: 100, stableFrom: null, checkedTo: null }
			})
		).toBe(false);
		// same n, but at this n one method reaches the target and the other does not
		expect(
			powerMethodsDisagree({
				target: 0.9,
				result: { normal: 0.91, exact: 0.89, normalN: 100, exactN: 100, stableFrom: null, checkedTo: null }
			})
		).toBe(true);
	});
});
