import type { Dataset } from '$lib/data/dataset';

/** The response rate a trial's one-sample test is against, and the trials whose tables state it. */
export interface OrrThreshold {
	readonly percent: number;
	/** the trials that state it, joined ("MM-001") */
	readonly trial: string;
}

/**
 * The response rate a trial's one-sample test is against (the threshold_percent of its response-rate rows, e.g.
 * MM-001's 50%, Table 2 footnote): the line its interval charts draw. Null when its tables state none, or several.
 * @example orrThreshold(datasets, 'MM-001') // { percent: 50, trial: 'MM-001' }
 */
export function orrThreshold(datasets: readonly Dataset[], trial?: string): OrrThreshold | null {
	const stating = datasets
		.filter((d) => d.entry.schema === 'response_rate' && (trial === undefined || d.entry.trial === trial))
		.map((d) => ({ trial: d.entry.trial ?? '', stated: d.rows.map((r) => r.threshold_percent).filter((t) => !!t) }))
		.filter((d) => d.stated.length > 0);
	const stated = new Set(stating.flatMap((d) => d.stated));
	if (stated.size !== 1) return null;
	return { percent: Number([...stated][0]), trial: [...new Set(stating.map((d) => d.trial))].join(', ') };
}
