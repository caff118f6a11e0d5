import { confidenceBand } from './confidenceBand';
import type { ConfType, KmStep } from './types';
import { maxOf, minOf } from '../../util/extremes';

const TOL = Math.sqrt(Number.EPSILON);

/**
 * R's approx(X, Y, v, method = "constant", f = 1, rule = 1) with Y = indices: the index of the smallest X ≥ v (the
 * first such index on ties), NaN outside [min X, max X]. Pairs with a missing X are dropped, as approx does.
 * One pass rather than a sort: a 300,000-patient curve is searched six times per quantile.
 * @example firstIndexAtLeast([0, 0.2, NaN, 0.5], 0.3) // 3
 */
function firstIndexAtLeast(xs: readonly number[], v: number): number {
	let lowest = Number.POSITIVE_INFINITY;
	let highest = Number.NEGATIVE_INFINITY;
	let best = Number.NaN;
	let bestX = Number.POSITIVE_INFINITY;
	xs.forEach((x, i) => {
		if (Number.isNaN(x)) return;
		if (x < lowest) lowest = x;
		if (x > highest) highest = x;
		if (x >= v && (Number.isNaN(best) || x < bestX)) {
			best = i;
			bestX = x;
		}
	});
	if (Number.isNaN(best) || v < lowest || v > highest) return Number.NaN;
	return best;
}

/**
 * R's !duplicated(y): the indices of the first occurrence of each value, NaN (R's NA) counting as one value. A curve
 * that only rises (then perhaps turns NaN for good, as a band's limit does where S reaches 0) repeats a value only
 * next to itself, so one comparison per point suffices; any other input goes through a Set.
 * @example firstOccurrences([0, 0.2, 0.2, 0.5, NaN, NaN]) // [0, 1, 3, 4]
 */
function firstOccurrences(ys: readonly number[]): number[] {
	const kept: number[] = [];
	for (let i = 0; i < ys.length; i++) {
		const v = ys[i] ?? Number.NaN;
		const prev = i === 0 ? null : (ys[i - 1] ?? Number.NaN);
		if (prev === null || v > prev || (Number.isNaN(v) && !Number.isNaN(prev))) kept.push(i);
		else if (!(v === prev || (Number.isNaN(v) && Number.isNaN(prev)))) return firstOccurrencesAnyOrder(ys);
	}
	return kept;
}

/** !duplicated(y) for values in any order. */
function firstOccurrencesAnyOrder(ys: readonly number[]): number[] {
	// a Set holds NaN once and +0 and −0 as one value, as the string keys "NA" and "0" did
	const seen = new Set<number>();
	return ys.flatMap((v, i) => {
		if (seen.has(v)) return [];
		seen.add(v);
		return [i];
	});
}

/**
 * The time at which a cumulative curve y = 1 − S first reaches p, exactly as R's survival:::findq (survival 3.5):
 * repeated y values are dropped; where y equals p within √ε over a flat stretch, the midpoint of the stretch (or of
 * its start and the last time, when the curve ends flat) is returned. NaN = not reached (R's NA).
 */
export function findQuantile(
	times: readonly number[],
	y: readonly number[],
	p: number,
	firstTime = 0,
	smallestProb = p
): number {
	const x = [firstTime, ...times];
	const f = [0, ...y];
	const finite = f.filter((v) => !Number.isNaN(v));
	// R tests this once for all requested probabilities: max(y) < min(probs)
	if (finite.length === 0 || maxOf(finite) < smallestProb) return Number.NaN;
	const xmax = x.at(-1)!;
	const keep = firstOccurrences(f);
	const keepX = keep.map((i) => x[i]!);
	const keepF = keep.map((i) => f[i]!);
	const i1 = firstIndexAtLeast(
		keepF.map((v) => v + TOL),
		p
	);
	const i2 = firstIndexAtLeast(
		keepF.map((v) => v - TOL),
		p
	);
	let q = (keepX[i1] ?? Number.NaN) + (keepX[i2] ?? Number.NaN);
	q /= 2;
	if (p === 0) q = keepX[0]!;
	const last = keepF.at(-1)!;
	if (!Number.isNaN(last) && Math.abs(p - last) < TOL) q = ((keepX[i1] ?? Number.NaN) + xmax) / 2;
	return q;
}

export interface SurvivalQuantile {
	/** the probability of the event by then: 0.5 for the median */
	readonly prob: number;
	readonly estimate: number;
	readonly lower: number;
	readonly upper: number;
	readonly confType: ConfType;
}

/**
 * Quantiles of survival time with confidence limits where the pointwise band crosses them (Brookmeyer & Crowley
 * 1982, through the band of the chosen transform), as R's quantile.survfit: R's survfit uses "log" by default,
 * SAS PROC LIFETEST "log-log". NaN = not reached (printed "NE").
 * @example survivalQuantiles(kaplanMeier(records), [0.5], 'log')[0].estimate // the median
 */
export function survivalQuantiles(
	steps: readonly KmStep[],
	probs: readonly number[] = [0.25, 0.5, 0.75],
	confType: ConfType = 'log',
	level = 0.95
): SurvivalQuantile[] {
	const band = confidenceBand(steps, confType, level);
	const times = steps.map((s) => s.time);
	const f = steps.map((s) => 1 - s.surv);
	const fLower = band.map((b) => 1 - b.lower);
	const fUpper = band.map((b) => 1 - b.upper);
	const smallest = minOf(probs);
	return probs.map((p) => ({
		prob: p,
		estimate: findQuantile(times, f, p, 0, smallest),
		lower: findQuantile(times, fLower, p, 0, smallest),
		upper: findQuantile(times, fUpper, p, 0, smallest),
		confType
	}));
}

/** The median with its interval. */
export function medianSurvival(steps: readonly KmStep[], confType: ConfType = 'log', level = 0.95): SurvivalQuantile {
	return survivalQuantiles(steps, [0.5], confType, level)[0]!;
}
