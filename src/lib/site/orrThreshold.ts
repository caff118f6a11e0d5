import type { Dataset } from '$lib/data/dataset';

/**
 * The response rate a trial's one-sample test is against (the threshold_percent of its response-rate rows, e.g.
 * MM-001's 50%, Table 2 footnote): the line its interval charts draw. Null when its tables state none, or several.
 * @example orrThreshold(datasets, 'MM-001') // 50
 */
export function orrThreshold(datasets: readonly Dataset[], trial?: string): number | null {
	const stated = new Set(
		datasets
			.filter((d) => d.entry.schema === 'response_rate' && (trial === undefined || d.entry.trial === trial))
			.flatMap((d) => d.rows.map((r) => r.threshold_percent).filter((t): t is string => !!t))
	);
	return stated.size === 1 ? Number([...stated][0]) : null;
}
