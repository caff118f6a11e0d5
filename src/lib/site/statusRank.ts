import type { CheckStatus } from '$lib/verify/check';

/** Check statuses from the one a reader must look at first to the settled one, then "nothing to check". */
const STATUS_ORDER: readonly (CheckStatus | null)[] = [
	'mismatch',
	'reproduced-other-method',
	'approximate',
	'not-recomputable',
	'reproduced',
	null
];

/**
 * A status's place when a table sorts by its verification column (mismatches first, unchecked cells last).
 * @example statusRank('mismatch') // 0; statusRank(null) // 5
 */
export const statusRank = (status: CheckStatus | null): number => STATUS_ORDER.indexOf(status);
