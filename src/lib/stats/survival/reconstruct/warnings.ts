/**
 * What the survival reconstruction had to adjust, as codes with their parameters (issue 12): the site words each code
 * in the reader's language (src/lib/site/analyze/reconstructionWarningWords.ts); `message` is the stable English
 * sentence that `npm run reconstruct` prints and its JSON keeps. Counts and computed values are numbers (rounded as
 * the message shows them); times are strings as the message prints them (the input's numbers, JavaScript's shortest form).
 */

/** Every warning code with its parameters. */
export interface ReconstructionWarningParams {
	// curve cleaning (curvePoints.ts)
	/** y read as percent (a value exceeds 1.5) and divided by 100 */
	'y-read-as-percent': Record<string, never>;
	/** clicks left of x = 0 set to 0; the lowest x as read */
	'negative-x-set-to-zero': { count: number; lowest: string };
	/** the same, but further left than digitizing jitter explains: the axis calibration is suspect */
	'negative-x-check-axis': { count: number; lowest: string };
	/** survival values outside [0, 1] clipped */
	'y-clipped': { count: number };
	/** no click at x = 0: the point (0, 1) added */
	'start-point-added': Record<string, never>;
	/** clicks above an earlier one lowered to it by the running minimum; the largest lowering, to 4 decimals */
	'upward-jitter-flattened': { count: number; largest: number };
	/** drops reached only after a gap wider than `gapShare` of the x range moved to the middle of the gap */
	'drops-moved-mid-gap': { count: number; gapShare: number };
	// curve mode (guyot.ts)
	/** clicks at or after the time where 0 are at risk ignored */
	'points-after-zero-at-risk': { count: number; time: string };
	/** the at-risk table starts after 0: the number at 0 assumed with no censoring before the first printed time */
	'at-risk-starts-late': { time: string; assumed: number };
	/** an at-risk time after the last click: the curve carried flat to it */
	'at-risk-beyond-curve': { time: string; lastCurveTime: string };
	/** in the interval from–to the curve drops by more patients than the numbers at risk allow: the latest events removed */
	'drop-exceeds-at-risk': { from: string; to: string; excess: number };
	/** the events before the last at-risk time already exceed the published total */
	'events-exceed-total': { events: number; time: string; published: number };
	/** the curve implies fewer events than published: censorings turned into events (numbers at risk unchanged) */
	'censorings-made-events': { implied: number; published: number; changed: number };
	/** the curve implies more events than published: events turned into censorings (numbers at risk unchanged) */
	'events-made-censorings': { implied: number; published: number; changed: number };
	/** the curve's events differ from the published total by at most 5%: left as the curve has them */
	'events-within-five-percent': { implied: number; published: number };
	/** a printed number at risk not reproduced */
	'at-risk-not-reproduced': { time: string; reconstructed: number; printed: number };
	// table mode (tableMode.ts)
	/** whole counts could not make the curve cross ½ in the interval holding the printed median */
	'median-interval-missed': { median: string };
	/** whole counts could not keep the curve above ½ as a printed "NE" (not reached) requires */
	'median-not-reached-missed': Record<string, never>;
	/** the rebuilt curve crosses ½ outside the interval holding the printed median */
	'median-crossing-outside': { median: string };
	/** the smooth model's expected events (to 1 decimal) differ from the printed total: rounding placed the difference */
	'model-events-differ': { expected: number; printed: number };
	// two-arm comparison (survival/compareArms.ts)
	/** the Cox model did not converge (an arm without events): its hazard ratio runs off */
	'cox-not-converged': Record<string, never>;
	/** no Cox model: the data hold no event */
	'cox-no-events': Record<string, never>;
	/** no Cox model for another reason, in the fitting code's English words */
	'cox-failed': { reason: string };
}

export type ReconstructionWarningCode = keyof ReconstructionWarningParams;

/** One warning: its code, the parameters the wording needs, and the English sentence for scripts. */
export type ReconstructionWarning = {
	[C in ReconstructionWarningCode]: {
		readonly code: C;
		readonly params: Readonly<ReconstructionWarningParams[C]>;
		readonly message: string;
	};
}[ReconstructionWarningCode];

// The English sentences the CLI has always printed: scripts match on them, so they do not change.
const MESSAGES: { [C in ReconstructionWarningCode]: (p: ReconstructionWarningParams[C]) => string } = {
	'y-read-as-percent': () => 'y read as percent (a value exceeds 1.5) and divided by 100',
	'negative-x-set-to-zero': (p) => `${p.count} point(s) with x < 0 set to 0 (lowest ${p.lowest})`,
	'negative-x-check-axis': (p) =>
		`${p.count} point(s) with x < 0 set to 0 (lowest ${p.lowest}): more than digitizing jitter, check the axis calibration`,
	'y-clipped': (p) => `${p.count} point(s) with y outside [0, 1] clipped`,
	'start-point-added': () => 'no point at x = 0: (0, 1) added',
	'upward-jitter-flattened': (p) =>
		`${p.count} upward jitter(s) flattened by the running minimum (largest ${p.largest})`,
	'drops-moved-mid-gap': (p) => `${p.count} drop(s) after a gap wider than ${p.gapShare} of the x range placed mid-gap`,
	'points-after-zero-at-risk': (p) => `${p.count} curve point(s) at or after ${p.time}, where 0 are at risk, ignored`,
	'at-risk-starts-late': (p) =>
		`first at-risk time is ${p.time}, not 0: ${p.assumed} at risk at 0 assumed (no censoring before ${p.time})`,
	'at-risk-beyond-curve': (p) =>
		`at-risk time ${p.time} beyond the last curve point (${p.lastCurveTime}): curve carried flat`,
	'drop-exceeds-at-risk': (p) =>
		`interval ${p.from}–${p.to}: the curve drops by ${p.excess} more patient(s) than the numbers at risk allow; latest events removed`,
	'events-exceed-total': (p) => `${p.events} events before ${p.time} already exceed the published total ${p.published}`,
	'censorings-made-events': (p) =>
		`the curve implies ${p.implied} events, ${p.published} published: ${p.changed} censorings became events where that moves the curve least (numbers at risk unchanged)`,
	'events-made-censorings': (p) =>
		`the curve implies ${p.implied} events, ${p.published} published: ${p.changed} events became censorings where that moves the curve least (numbers at risk unchanged)`,
	'events-within-five-percent': (p) =>
		`the curve implies ${p.implied} events, ${p.published} published: within 5%, left as the curve has it`,
	'at-risk-not-reproduced': (p) => `at risk at ${p.time}: reconstructed ${p.reconstructed}, printed ${p.printed}`,
	'median-interval-missed': (p) =>
		`whole counts could not make the curve cross ½ in the interval of the printed median ${p.median}`,
	'median-not-reached-missed': () => 'whole counts could not keep the curve above ½ as the printed "NE" requires',
	'median-crossing-outside': (p) =>
		`the rebuilt curve crosses ½ outside the interval of the printed median ${p.median}`,
	'model-events-differ': (p) =>
		`the smooth model expects ${p.expected.toFixed(1)} events where ${p.printed} are printed; the difference was placed by rounding`,
	'cox-not-converged': () => 'the Cox model did not converge (an arm without events?): its hazard ratio runs off',
	'cox-no-events': () => 'no Cox model: a Cox model needs at least one event',
	'cox-failed': (p) => `no Cox model: ${p.reason}`
};

/** Every code, in the order of the algorithms (for tests and wording tables). */
export const RECONSTRUCTION_WARNING_CODES = Object.keys(MESSAGES) as ReconstructionWarningCode[];

/**
 * A warning with its English message.
 * @example reconstructionWarning('y-clipped', { count: 2 }).message // "2 point(s) with y outside [0, 1] clipped"
 */
export function reconstructionWarning<C extends ReconstructionWarningCode>(
	code: C,
	params: ReconstructionWarningParams[C]
): ReconstructionWarning {
	return { code, params, message: MESSAGES[code](params) } as ReconstructionWarning;
}

/** A time or x value as the messages print it (JavaScript's shortest form, as `${t}` gives). */
export const timeText = (t: number): string => String(t);
