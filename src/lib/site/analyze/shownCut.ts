import type { AnalysisResult } from '$lib/analysis/runAnalysis';

/** What the worker cuts to its display limits (runAnalysis DISPLAY_LIMITS). */
export type ShownPart = 'checks' | 'terms' | 'intervals' | 'groups';

/**
 * How much of a part the page shows when the worker cut it ("showing 1000 of 135000 checks"), or null when it shows all.
 * @example shownCut({ checks: 1000, checksTotal: 135000, … }, 'checks') // { shown: 1000, total: 135000 }
 */
export function shownCut(shown: AnalysisResult['shown'], part: ShownPart): { shown: number; total: number } | null {
	if (!shown) return null;
	const total = shown[`${part}Total`];
	return shown[part] < total ? { shown: shown[part], total } : null;
}
