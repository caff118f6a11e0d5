/** A two-sided confidence interval for a proportion, bounds as proportions. */
export interface Interval {
	readonly lower: number;
	readonly upper: number;
}

/**
 * The confidence-interval methods for a proportion, in the order the verification engine tries them and reports
 * them; definitions in docs/binomial-methods.md, computed by `confidenceInterval(id, x, n, level)`.
 */
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

/** What the statistics layer knows of a method besides its bounds. */
export interface IntervalMethodInfo {
	/** computed from binomial tail probabilities (no normal approximation, no prior) */
	readonly exact: boolean;
	/** the method this one adjusts (clipping, a continuity correction, a mid-p tail); null for a method of its own */
	readonly variantOf: IntervalMethod | null;
	/** bounds always within [0, 1] (the plain Wald interval can leave it) */
	readonly withinUnit: boolean;
	/** where it is defined, as in docs/binomial-methods.md */
	readonly source: string;
}

/**
 * Every method's properties, one entry per id (the Record type makes a new method add its entry here).
 * @example INTERVAL_METHOD_INFO['wilson-cc'].variantOf // 'wilson'
 */
export const INTERVAL_METHOD_INFO: Readonly<Record<IntervalMethod, IntervalMethodInfo>> = {
	'clopper-pearson': {
		exact: true,
		variantOf: null,
		withinUnit: true,
		source: 'Clopper & Pearson (1934); R binom.test'
	},
	wald: { exact: false, variantOf: null, withinUnit: false, source: 'Wald; Brown, Cai & DasGupta (2001)' },
	'wald-truncated': {
		exact: false,
		variantOf: 'wald',
		withinUnit: true,
		source: 'common practice: the Wald bounds clipped to [0, 1]'
	},
	wilson: { exact: false, variantOf: null, withinUnit: true, source: 'Wilson (1927); R prop.test(correct = FALSE)' },
	'wilson-cc': { exact: false, variantOf: 'wilson', withinUnit: true, source: 'Newcombe (1998), method 4' },
	'agresti-coull': {
		exact: false,
		variantOf: null,
		withinUnit: true,
		source: 'Agresti & Coull (1998); R binom::binom.confint(method = "ac")'
	},
	jeffreys: { exact: false, variantOf: null, withinUnit: true, source: 'Brown, Cai & DasGupta (2001), §4.1.2' },
	'mid-p': {
		exact: true,
		variantOf: 'clopper-pearson',
		withinUnit: true,
		source: 'Lancaster (1961); Agresti & Gottard (2007); R exactci::binom.exact(midp = TRUE)'
	}
};

/**
 * The methods of their own, without variants, in registry order: the ones a reader chooses between.
 * @example PRINCIPAL_INTERVAL_METHODS // ['clopper-pearson', 'wald', 'wilson', 'agresti-coull', 'jeffreys']
 */
export const PRINCIPAL_INTERVAL_METHODS: readonly IntervalMethod[] = INTERVAL_METHODS.filter(
	(id) => INTERVAL_METHOD_INFO[id].variantOf === null
);
