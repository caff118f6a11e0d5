import { confidenceInterval, INTERVAL_METHODS, type IntervalMethod } from '$lib/stats/binomial';
import { decimalsOf, roundHalfUp } from '$lib/stats/printedPrecision';
import type { CheckFlag } from './check';
import { explain, type Explanation } from './explanation';

export interface IntervalInference {
	/** every method whose bounds, rounded like the printed ones, equal them */
	readonly reproducing: readonly IntervalMethod[];
	/** the method reported: the stated one if it reproduces, else the first reproducing, else the stated (or Clopper–Pearson) */
	readonly method: IntervalMethod;
	/** the reported method's interval at the printed precision, e.g. "[65.8, 81.1]" */
	readonly recomputed: string;
	/** reasons to distrust the reproducing method for these counts, in words, as codes (same order) and as flags */
	readonly warnings: readonly string[];
	readonly warning_explanations: readonly Explanation[];
	readonly flags: readonly CheckFlag[];
	/** every method's interval at the printed precision, for the report page */
	readonly all: Readonly<Record<IntervalMethod, string>>;
}

const PREFERENCE: readonly IntervalMethod[] = [
	'clopper-pearson',
	'wilson',
	'wald',
	'wald-truncated',
	'wilson-cc',
	'agresti-coull',
	'jeffreys',
	'mid-p'
];

/** Printed method names of the footnotes mapped to method ids ("Wald 法" → wald). */
export function methodId(stated: string | null | undefined): IntervalMethod | null {
	if (!stated) return null;
	const s = stated.toLowerCase();
	if (s.includes('clopper')) return 'clopper-pearson';
	if (s.includes('wald')) return 'wald';
	if (s.includes('wilson')) return 'wilson';
	if (s.includes('jeffreys')) return 'jeffreys';
	if (s.includes('agresti')) return 'agresti-coull';
	return null;
}

/**
 * Which methods reproduce a printed percentage interval [lower, upper] for x of n at a level, each bound compared
 * at its own printed precision ("6.8" → 1 decimal, "100" → none).
 */
export function inferInterval(
	x: number,
	n: number,
	levelPercent: number,
	lower: string,
	upper: string,
	stated: IntervalMethod | null
): IntervalInference {
	const level = levelPercent / 100;
	const dl = decimalsOf(lower);
	const du = decimalsOf(upper);
	const all = {} as Record<IntervalMethod, string>;
	const reproducing: IntervalMethod[] = [];
	const raw = {} as Record<IntervalMethod, { lower: number; upper: number }>;
	for (const m of INTERVAL_METHODS) {
		const ci = confidenceInterval(m, x, n, level);
		raw[m] = ci;
		const lo = roundHalfUp(ci.lower * 100, dl);
		const hi = roundHalfUp(ci.upper * 100, du);
		all[m] = `[${lo}, ${hi}]`;
		if (lo === lower && hi === upper) reproducing.push(m);
	}
	const ordered = PREFERENCE.filter((m) => reproducing.includes(m));
	const method = stated && reproducing.includes(stated) ? stated : (ordered[0] ?? stated ?? 'clopper-pearson');
	const warnings: string[] = [];
	const explanations: Explanation[] = [];
	const flags: CheckFlag[] = [];
	const onlyWald = ordered.length > 0 && ordered.every((m) => m === 'wald' || m === 'wald-truncated');
	if ((method === 'wald' || method === 'wald-truncated') && reproducing.length > 0 && (x < 5 || n - x < 5)) {
		flags.push('unreliable-method');
		warnings.push(
			`The Wald interval is unreliable here: with ${x} of ${n} (fewer than 5 ${x < 5 ? 'events' : 'non-events'}) its actual coverage falls well below ${levelPercent}% (Brown, Cai & DasGupta 2001).`
		);
		explanations.push(explain('wald_unreliable', { x, n, few: x < 5 ? 'events' : 'non-events', level: levelPercent }));
	}
	if (onlyWald && !reproducing.includes('wald') && reproducing.includes('wald-truncated')) {
		const lowerCut = raw.wald.lower < 0;
		const value = lowerCut ? roundHalfUp(raw.wald.lower * 100, dl) : roundHalfUp(raw.wald.upper * 100, du);
		const cut = lowerCut ? `lower bound (${value}) was cut at 0` : `upper bound (${value}) was cut at 100`;
		flags.push('truncated-bound');
		warnings.push(
			`Only a Wald interval truncated to [0, 100] reproduces it: the untruncated ${cut}, a sign the normal approximation does not fit these counts.`
		);
		explanations.push(explain('wald_truncated_only', { bound: lowerCut ? 'lower' : 'upper', value }));
	}
	if ((x === 0 || x === n) && reproducing.some((m) => m === 'wald' || m === 'wald-truncated')) {
		flags.push('zero-width');
		warnings.push(`With ${x} of ${n} the Wald interval has zero width: it says nothing about uncertainty.`);
		explanations.push(explain('wald_zero_width', { x, n }));
	}
	if (stated && reproducing.length > 0 && !reproducing.includes(stated)) flags.push('stated-method-differs');
	return {
		reproducing: ordered,
		method,
		recomputed: all[method],
		warnings,
		warning_explanations: explanations,
		flags,
		all
	};
}
