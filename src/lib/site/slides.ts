/** One slide of the presentation: what it draws, the trial it belongs to, and the source it cites. */
export interface Slide {
	readonly id: string;
	readonly kind: 'response' | 'intervals' | 'survival' | 'forest' | 'safety';
	/** the response table's dataset id or the survival endpoint */
	readonly ref: string;
	readonly trials: readonly string[];
	/** the datasets cited under the slide */
	readonly sources: readonly string[];
}

/**
 * The deck in reading order — each trial's response, then the intervals across trials, then MM-003's survival and
 * subgroups, then the adverse reactions — optionally only the slides of one trial.
 * @example deck(tables, ['PFS', 'OS'], 'MM-003').map((s) => s.id) // ['response-gl_t9…', 'response-gl_t10…', 'intervals', 'survival-PFS', …]
 */
export function deck(
	responseTables: readonly { id: string; trial: string }[],
	panels: readonly { endpoint: string; summaryDataset: string; atRiskDataset: string }[],
	orrDatasets: readonly { dataset: string; trial: string }[],
	trial?: string | null,
	safety: readonly { trial: string; id: string }[] = []
): Slide[] {
	const all: Slide[] = [
		...responseTables.map((t): Slide => ({ id: `response-${t.id}`, kind: 'response', ref: t.id, trials: [t.trial], sources: [t.id] })),
		{ id: 'intervals', kind: 'intervals', ref: '', trials: [...new Set(orrDatasets.map((r) => r.trial))], sources: [...new Set(orrDatasets.map((r) => r.dataset))] },
		...panels.map((p): Slide => ({ id: `survival-${p.endpoint}`, kind: 'survival', ref: p.endpoint, trials: ['MM-003'], sources: [p.summaryDataset, p.atRiskDataset] })),
		...(panels.length ? [{ id: 'forest', kind: 'forest', ref: '', trials: ['MM-003'], sources: ['gl_t9_mm003_prior_regimens_pfs', 'gl_t10_mm003_japanese_pfs'] } satisfies Slide] : []),
		...(safety.length ? [{ id: 'safety', kind: 'safety', ref: '', trials: safety.map((t) => t.trial), sources: safety.map((t) => t.id) } satisfies Slide] : [])
	];
	return trial ? all.filter((s) => s.trials.includes(trial)) : all;
}

/** The slide index after a key press, or null when the key is not a slide key; clamps at both ends. */
export function nextSlide(key: string, current: number, count: number): number | null {
	const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
		case ' ':
			return clamp(current + 1);
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return clamp(current - 1);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}
