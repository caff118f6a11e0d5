import {
	exactPower,
	exactSampleSize,
	expectedCount,
	minNForAtLeastOne,
	normalPower,
	normalSampleSize,
	probAtLeastOne
} from '$lib/stats/binomial';
import type { CalculatorInput } from './calculatorInputs';

/**
 * The planner's three calculators, redoing the kinds of arithmetic the surveys' rationales print. They call the
 * verified binomial functions of stats/binomial only; nothing here adds statistics.
 */

/** How far the exact sample-size search goes. */
export const MAX_EXACT_N = 5000;

/**
 * P(at least one event among n) and the smallest n reaching the target probability.
 * @example atLeastOne(29, 0.1, 0.95) // { prob: 0.952899…, minN: 29 }
 */
export function atLeastOne(n: number, p: number, target: number): { prob: number; minN: number } {
	return { prob: probAtLeastOne(p, n), minN: minNForAtLeastOne(p, target) };
}

export interface PowerResult {
	readonly normal: number;
	readonly exact: number;
	readonly normalN: number;
	/** null: the exact test does not reach the target power up to MAX_EXACT_N */
	readonly exactN: number | null;
	readonly stableFrom: number | null;
	readonly checkedTo: number | null;
}

/**
 * One-sided one-sample binomial test at n: power by the normal approximation and exactly, and both sample sizes.
 * @example powerAt(0.09, 0.18, 0.05, 0.9, 115) // { normal: 0.9009…, exact: 0.8465…, normalN: 115, exactN: 122, … }
 */
export function powerAt(p0: number, p1: number, alpha: number, power: number, n: number): PowerResult {
	const normalN = normalSampleSize(p0, p1, alpha, power);
	const exact =
		normalN <= MAX_EXACT_N
			? exactSampleSize(p0, p1, alpha, power, MAX_EXACT_N)
			: { n: null, stableFrom: null, checkedTo: null };
	return {
		normal: normalPower(p0, p1, n, alpha),
		exact: exactPower(p0, p1, n, alpha),
		normalN,
		exactN: exact.n,
		stableFrom: exact.stableFrom,
		checkedTo: exact.checkedTo
	};
}

export interface PowerPoint {
	readonly n: number;
	readonly exact: number;
	readonly normal: number;
}

/**
 * The n range of the power chart: around n and both sample sizes, at most 400 points.
 * @example curveRange(115, { normalN: 115, exactN: 122 }) // [85, 152]
 */
export function curveRange(n: number, r: Pick<PowerResult, 'normalN' | 'exactN'>): [number, number] {
	const lo = Math.max(1, Math.min(n, r.normalN, r.exactN ?? Infinity) - 30);
	const hi = Math.min(lo + 399, Math.max(n, Math.min(r.normalN, lo + 399), r.exactN ?? 0) + 30);
	return [lo, hi];
}

/**
 * Exact and normal-approximation power at every n from lo to hi (the exact one saw-tooths).
 * @example powerCurve(0.09, 0.18, 0.05, 110, 125).length // 16
 */
export function powerCurve(p0: number, p1: number, alpha: number, lo: number, hi: number): PowerPoint[] {
	const out: PowerPoint[] = [];
	for (let n = lo; n <= hi; n++)
		out.push({ n, exact: exactPower(p0, p1, n, alpha), normal: normalPower(p0, p1, n, alpha) });
	return out;
}

/**
 * Expected number of events among n patients.
 * @example expected(200, 0.053) // 10.6
 */
export function expected(n: number, p: number): number {
	return expectedCount(p, n);
}

/** The probability of at least one event, with the inputs it was computed from. */
export interface DetectionResult {
	readonly patients: number;
	readonly rate: number;
	readonly target: number;
	readonly prob: number;
	readonly minN: number;
}

/** The power of the one-sample test, with its inputs, the chart's n range and its curve. */
export interface PowerCalculation {
	readonly patients: number;
	readonly threshold: number;
	readonly expectedRate: number;
	readonly alpha: number;
	readonly target: number;
	readonly result: PowerResult;
	readonly range: readonly [number, number];
	readonly curve: readonly PowerPoint[];
}

/**
 * Whether the two methods tell a different story: another sample size, or one reaching the target power at n and
 * the other not.
 * @example powerMethodsDisagree(calculatorResults(pemphigus).power) // true (115 by the normal approximation, 122 exactly)
 */
export function powerMethodsDisagree(calc: Pick<PowerCalculation, 'result' | 'target'>): boolean {
	const { result, target } = calc;
	return result.normalN !== result.exactN || result.normal >= target !== result.exact >= target;
}

/** The expected number of events, with its inputs. */
export interface ExpectedResult {
	readonly patients: number;
	readonly rate: number;
	readonly count: number;
}

/** Each calculator's result, or null while one of its inputs is refused. */
export interface CalculatorResults {
	readonly detection: DetectionResult | null;
	readonly power: PowerCalculation | null;
	readonly expected: ExpectedResult | null;
}

/**
 * Runs each calculator whose inputs were all read (parseInputs' values; percentages as proportions).
 * @example calculatorResults({ expectedPatients: 125, expectedRate: 0.09 }).expected // { patients: 125, rate: 0.09, count: 11.25 }
 */
export function calculatorResults(values: Partial<Record<CalculatorInput, number>>): CalculatorResults {
	const {
		detectionPatients,
		detectionRate,
		detectionTarget,
		powerPatients,
		powerThreshold,
		powerExpectedRate,
		powerAlpha,
		powerTarget,
		expectedPatients,
		expectedRate
	} = values;
	const detection =
		detectionPatients !== undefined && detectionRate !== undefined && detectionTarget !== undefined
			? {
					patients: detectionPatients,
					rate: detectionRate,
					target: detectionTarget,
					...atLeastOne(detectionPatients, detectionRate, detectionTarget)
				}
			: null;
	let power: PowerCalculation | null = null;
	if (
		powerPatients !== undefined &&
		powerThreshold !== undefined &&
		powerExpectedRate !== undefined &&
		powerAlpha !== undefined &&
		powerTarget !== undefined
	) {
		const result = powerAt(powerThreshold, powerExpectedRate, powerAlpha, powerTarget, powerPatients);
		const range = curveRange(powerPatients, result);
		const curve = powerCurve(powerThreshold, powerExpectedRate, powerAlpha, range[0], range[1]);
		power = {
			patients: powerPatients,
			threshold: powerThreshold,
			expectedRate: powerExpectedRate,
			alpha: powerAlpha,
			target: powerTarget,
			result,
			range,
			curve
		};
	}
	const expectedResult =
		expectedPatients !== undefined && expectedRate !== undefined
			? { patients: expectedPatients, rate: expectedRate, count: expected(expectedPatients, expectedRate) }
			: null;
	return { detection, power, expected: expectedResult };
}
