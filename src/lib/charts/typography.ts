import { defaultTextMeasure, type TextMeasure } from './textMetrics';

/**
 * Where a chart is drawn. Charts are laid out at the width they are shown at (one SVG unit = one CSS px), never drawn
 * once and scaled, so these sizes are the rendered sizes:
 * - screen: desktop and phone pages; nothing below 11 px
 * - slide: the presentation at projector size; nothing below 18 px (WCAG-style legibility from the back of a room)
 * - print: a printed page (A4 or Letter with 15 mm margins is about 680 CSS px wide); nothing below 11 px (8.25 pt)
 */
export type ChartMedium = 'screen' | 'slide' | 'print';

export interface ChartType {
	readonly medium: ChartMedium;
	/** the smallest text: tick labels, at-risk numbers, notes */
	readonly small: number;
	/** labels and legends */
	readonly base: number;
	/** emphasised labels (direct labels of series, section headings) */
	readonly large: number;
	/** line height as a multiple of the font size */
	readonly leading: number;
	/** marks grow with the type: radius of a dot, stroke of a line */
	readonly mark: number;
	readonly measure: TextMeasure;
}

/** The floor of each medium, which the legibility e2e test checks on rendered boxes. */
export const MIN_FONT_PX: Readonly<Record<ChartMedium, number>> = { screen: 11, slide: 18, print: 11 };

const SIZES: Readonly<Record<ChartMedium, { small: number; base: number; large: number; mark: number }>> = {
	screen: { small: 11, base: 13, large: 14, mark: 1 },
	slide: { small: 18, base: 20, large: 24, mark: 1.6 },
	print: { small: 11, base: 12, large: 13, mark: 1 }
};

/**
 * The type scale of a medium with a text measure (the browser's canvas, or the metrics table in Node).
 * @example chartType('slide').small // 18
 */
export function chartType(medium: ChartMedium, measure: TextMeasure = defaultTextMeasure()): ChartType {
	const s = SIZES[medium];
	return { medium, small: s.small, base: s.base, large: s.large, leading: 1.3, mark: s.mark, measure };
}

/** What a layout is given: its width in CSS px and its type. */
export interface ChartSize {
	readonly width: number;
	readonly type: ChartType;
}

/** Below this width a slide uses screen type (a phone showing the presentation page is not a projector). */
export const SLIDE_MIN_WIDTH = 900;
/** Width of a printed page's text block in CSS px (A4, 15 mm margins: 180 mm at 96 px per inch). */
export const PRINT_WIDTH = 680;

/**
 * The size to lay a chart out at: a fixed width when the page asks for one, else the measured width of its box
 * (capped at `maxWidth`; `fallback` before it is measured, i.e. when prerendering), in the medium's type.
 * @example chartSize({ measured: 390, medium: 'screen' }).width // 390
 */
export function chartSize(opts: {
	measured: number;
	fixed?: number;
	maxWidth?: number;
	fallback?: number;
	medium?: ChartMedium;
	printing?: boolean;
}): ChartSize {
	const { measured, fixed, maxWidth = 1100, fallback = 860, medium = 'screen', printing = false } = opts;
	if (printing) return { width: Math.min(fixed ?? PRINT_WIDTH, PRINT_WIDTH), type: chartType('print') };
	// a slide takes the whole stage: the cap keeps page charts from growing flat on wide screens, a slide wants the room
	const cap = medium === 'slide' ? Infinity : maxWidth;
	const width = Math.round(fixed ?? (measured > 0 ? Math.min(measured, cap) : fallback));
	const m: ChartMedium = medium === 'slide' && width < SLIDE_MIN_WIDTH ? 'screen' : medium;
	return { width, type: chartType(m) };
}
