import type { SafetyData } from '$lib/verify/safetyTables';
import type { SafetySelection } from '../safety/safetySelection';

/**
 * The reader's adverse-reaction tables shown whole: every trial side by side with every group, all SOCs, both grade
 * views, in the tables' order; null when there is no table.
 * @example uploadedSafetySelection(tables.safety)?.groups // { 'ae.csv': ['overall'] } for the adverse-reaction template
 */
export function uploadedSafetySelection(safety: SafetyData | undefined): SafetySelection | null {
	if (!safety || safety.tables.length === 0) return null;
	return {
		trial: 'all',
		groups: Object.fromEntries(safety.tables.map((t) => [t.trial, t.groups.map((g) => g.id)])),
		soc: '',
		grade: 'both',
		shared: false,
		sort: null,
		dir: 'asc'
	};
}
