export type SlideKind = 'response' | 'intervals' | 'survival' | 'forest' | 'safety';

/** One slide of the presentation: what it draws, the trial it belongs to, and the source it cites. */
export interface Slide {
	readonly id: string;
	readonly kind: SlideKind;
	/** the response table's, interval table's or adverse-reaction table's dataset id, the rebuilt panel's id, or the forest plot's index */
	readonly ref: string;
	readonly trials: readonly string[];
	/** the datasets cited under the slide */
	readonly sources: readonly string[];
	/** the rows this slide draws of its chart (interval row ids, adverse-reaction term keys); empty: every row */
	readonly rows: readonly string[];
	/** the slide's place among the slides of one chart split over several (1-based), null when not split */
	readonly part: { readonly index: number; readonly count: number } | null;
}

/** A chart drawn per table and split over slides: the rows of each slide, in order (see splitRows). */
export interface SplitChart {
	readonly dataset: string;
	readonly trial: string;
	readonly parts: readonly (readonly string[])[];
}

export interface DeckInput {
	readonly responseTables: readonly { readonly id: string; readonly trial: string }[];
	/** ORR intervals: one chart per trial and table */
	readonly intervals: readonly SplitChart[];
	readonly panels: readonly {
		readonly id: string;
		readonly endpoint: string;
		readonly summaryDataset: string;
		readonly atRiskDataset: string;
		readonly trial: string;
	}[];
	/** the subgroup forest plots: each one's rows, with the tables they come from and their trials */
	readonly forests: readonly { readonly rows: readonly { readonly dataset: string; readonly trial: string }[] }[];
	/** adverse reactions: one chart per trial */
	readonly safety: readonly SplitChart[];
}

/**
 * The height (CSS px) a chart may take on a slide at 1920×1080: the 16:9 stage under the page header less the
 * slide's title, export buttons, note, source line and controls. tests/e2e/present.spec.ts ("the slide budget")
 * measures that room on every rendered slide (778 px on the adverse-reaction slides, 807 px on the interval slides,
 * both languages) and fails when the budget exceeds it or wastes more than 30 px of it.
 */
export const SLIDE_CHART_BUDGET = 770;
/**
 * The width (CSS px) the split charts are laid out at to decide the split: what the charts are drawn at on a slide
 * at 1920×1080 (1100, chartSize's cap, inside a 1666 px stage; the same test checks they are drawn no narrower).
 */
export const SLIDE_CHART_WIDTH = 1100;

/** The slides of a chart split over `parts`: ids `<prefix>-<trial>-<dataset>`, numbered `-2`, `-3`… past the first part. */
function splitSlides(kind: 'intervals' | 'safety', charts: readonly SplitChart[]): Slide[] {
	return charts.flatMap((c) =>
		c.parts.map((rows, i): Slide => ({
			id: `${kind}-${c.trial}-${c.dataset}${i > 0 ? `-${i + 1}` : ''}`,
			kind,
			ref: c.dataset,
			trials: [c.trial],
			sources: [c.dataset],
			rows,
			part: c.parts.length > 1 ? { index: i + 1, count: c.parts.length } : null
		}))
	);
}

/**
 * The deck in reading order — each trial's response, the ORR intervals per trial and table, the rebuilt survival curves and
 * subgroup forest plots, then the adverse reactions per trial — optionally only the slides of one trial. Charts too tall for one
 * slide come in parts (see splitRows).
 * @example deck({ responseTables, intervals, panels, forests, safety }, 'MM-003').map((s) => s.id) // ['response-gl_t9…', 'intervals-MM-003-gl_t9…', 'survival-MM-003-PFS', …]
 */
export function deck(input: DeckInput, trial?: string | null): Slide[] {
	const whole = { rows: [], part: null } as const;
	const all: Slide[] = [
		...input.responseTables.map((t): Slide => ({
			id: `response-${t.id}`,
			kind: 'response',
			ref: t.id,
			trials: [t.trial],
			sources: [t.id],
			...whole
		})),
		...splitSlides('intervals', input.intervals),
		...input.panels.map((p): Slide => ({
			id: `survival-${p.trial}-${p.endpoint}`,
			kind: 'survival',
			ref: p.id,
			trials: [p.trial],
			sources: [p.summaryDataset, p.atRiskDataset],
			...whole
		})),
		...input.forests
			.map((f, i) => ({ f, i, trials: [...new Set(f.rows.map((r) => r.trial))] }))
			.filter(({ f }) => f.rows.length > 0)
			.map(({ f, i, trials }): Slide => ({
				id: `forest-${trials.join('-')}`,
				kind: 'forest',
				ref: String(i),
				trials,
				sources: [...new Set(f.rows.map((r) => r.dataset))],
				...whole
			})),
		...splitSlides('safety', input.safety)
	];
	return trial ? all.filter((s) => s.trials.includes(trial)) : all;
}

/**
 * The slide a `?chart=` link opens: the slide with that id, else the first slide of that chart (`intervals`,
 * `safety`, `safety-MM-003`, `forest` name the first of their parts, as links made before the charts were split
 * did), else the first of its kind that ends the same way (`survival-PFS`, from before the trial was in the id), else -1.
 * @example slideIndex(slides, 'safety') // index of 'safety-MM-001-gl_t11_mm001_adverse_reactions'
 */
export function slideIndex(slides: readonly Slide[], chart: string): number {
	if (!chart) return -1;
	const exact = slides.findIndex((s) => s.id === chart);
	if (exact >= 0) return exact;
	const first = slides.findIndex((s) => s.id.startsWith(`${chart}-`));
	if (first >= 0) return first;
	const [kind, ...rest] = chart.split('-');
	const tail = rest.join('-');
	return tail ? slides.findIndex((s) => s.kind === kind && s.id.endsWith(`-${tail}`)) : -1;
}

/**
 * Greedy packing of the rows' index ranges: whole blocks while they fit, a block too tall for a slide of its own row
 * by row. `heightOf(from, to)` is the chart's height with rows [from, to).
 */
function pack(
	blocks: readonly (readonly [number, number])[],
	heightOf: (from: number, to: number) => number,
	budget: number
): [number, number][] {
	const parts: [number, number][] = [];
	let from = -1;
	let to = -1;
	const flush = () => {
		if (from >= 0 && to > from) parts.push([from, to]);
		from = to = -1;
	};
	for (const [start, end] of blocks) {
		if (end <= start) continue;
		if (from >= 0 && heightOf(from, end) <= budget) {
			to = end;
			continue;
		}
		flush();
		if (heightOf(start, end) <= budget) {
			[from, to] = [start, end];
			continue;
		}
		// a single row taller than the budget still gets a slide: it cannot be split further
		for (let row = start; row < end; row++) {
			if (from >= 0 && heightOf(from, row + 1) > budget) flush();
			if (from < 0) from = row;
			to = row + 1;
		}
	}
	flush();
	return parts;
}

/**
 * Splits a chart's rows over as few slides as keep its height (`heightOf`, the chart's layout at slide type) within
 * `budget`, never splitting a block (an organ class with its reactions) unless it alone is too tall; then evens the
 * slides out, so 65 rows become 22 + 22 + 21 rather than 30 + 30 + 5. Each slide holds consecutive rows, so each
 * height is computed once per range.
 * @example splitRows([[1, 2], [3, 4], [5]], (rows) => 40 + 30 * rows.length, 130) // [[1, 2], [3, 4, 5]]
 */
export function splitRows<T>(
	blocks: readonly (readonly T[])[],
	heightOf: (rows: readonly T[]) => number,
	budget: number
): T[][] {
	const rows = blocks.flat() as T[];
	const ranges: [number, number][] = [];
	for (const b of blocks) {
		const start = ranges.length ? ranges[ranges.length - 1]![1] : 0;
		ranges.push([start, start + b.length]);
	}
	const heights = new Map<number, number>();
	const height = (from: number, to: number) => {
		const key = from * (rows.length + 1) + to;
		let h = heights.get(key);
		if (h === undefined) heights.set(key, (h = heightOf(rows.slice(from, to))));
		return h;
	};
	const fewest = pack(ranges, height, budget);
	let best = fewest;
	if (fewest.length > 1) {
		// the smallest budget that needs no more slides gives the most even parts
		let low = 0;
		let high = budget;
		while (high - low > 1) {
			const mid = Math.floor((low + high) / 2);
			const parts = pack(ranges, height, mid);
			if (parts.length <= fewest.length) {
				high = mid;
				best = parts;
			} else low = mid;
		}
	}
	return best.map(([from, to]) => rows.slice(from, to));
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
