import { confidenceBand } from './confidenceBand';
import type { ConfType, KmStep } from './types';

const TOL = Math.sqrt(Number.EPSILON);

/**
 * R's approx(X, Y, v, method = "constant", f = 1, rule = 1) with Y = indices: the index of the smallest X ≥ v,
 * NaN outside [min X, max X]. Pairs with a missing X are dropped, as approx does.
 */
function firstIndexAtLeast(xs: readonly number[], v: number): number {
	const pairs = xs.map((x, i) => ({ x, i })).filter((p) => !Number.isNaN(p.x)).sort((a, b) => a.x - b.x);
	if (pairs.length === 0 || v < pairs[0]!.x || v > pairs.at(-1)!.x) return Number.NaN;
	for (const p of pairs) if (p.x >= v) return p.i;
	return Number.NaN;
}

/**
 * The time at which a cumulative curve y = 1 − S first reaches p, exactly as R's survival:::findq (survival 3.5):
 * repeated y values are dropped; where y equals p within √ε over a flat stretch, the midpoint of the stretch (or of
 * its start and the last time, when the curve ends flat) is returned. NaN = not reached (R's NA).
 */
export function findQuantile(times: readonly number[], y: readonly number[], p: number, firstTime = 0, smallestProb = p): number {
	const x = [firstTime, ...times];
	const f = [0, ...y];
	const finite = f.filter((v) => !Number.isNaN(v));
	// R tests this once for all requested probabilities: max(y) < min(probs)
	if (finite.length === 0 || Math.max(...finite) < smallestProb) return Number.NaN;
	const xmax = x.at(-1)!;
	// duplicated(y): keep the first occurrence of each value (NA counts as a value)
	const seen = new Set<string>();
	const keepX: number[] = [];
	const keepF: number[] = [];
	f.forEach((v, i) => {
		const key = Number.isNaN(v) ? 'NA' : String(v);
		if (seen.has(key)) return;
		seen.add(key);
		keepX.push(x[i]!);
		keepF.push(v);
	});
	const i1 = firstIndexAtLeast(keepF.map((v) => v + TOL), p);
	const i2 = firstIndexAtLeast(keepF.map((v) => v - TOL), p);
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
export function survivalQuantiles(steps: readonly KmStep[], probs: readonly number[] = [0.25, 0.5, 0.75], confType: ConfType = 'log', level = 0.95): SurvivalQuantile[] {
	const band = confidenceBand(steps, confType, level);
	const times = steps.map((s) => s.time);
	const f = steps.map((s) => 1 - s.surv);
	const fLower = band.map((b) => 1 - b.lower);
	const fUpper = band.map((b) => 1 - b.upper);
	const smallest = Math.min(...probs);
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
