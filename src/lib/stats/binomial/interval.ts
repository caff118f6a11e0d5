/** A two-sided confidence interval for a proportion, bounds as proportions. */
export interface Interval {
	readonly lower: number;
	readonly upper: number;
}

export const INTERVAL_METHODS = [
	'clopper-pearson',
	'wald',
	'wald-truncated',
	'wilson',
	'wilson-cc',
	'agresti-coull',
	'jeffreys',
	'mid-p'
] as const;

export type IntervalMethod = (typeof INTERVAL_METHODS)[number];
