import { r2 } from './pixel';
import { wrapText, type TextMeasure } from './textMetrics';
import { maxOf } from '../util/extremes';

/** A label as a layout places it: its lines (wrapped or shortened to fit), where, how big, and the full text when shortened. */
export interface TextBlock {
	readonly x: number;
	/** baseline of the first line */
	readonly y: number;
	readonly lines: readonly string[];
	readonly size: number;
	readonly weight: number;
	readonly anchor: 'start' | 'middle' | 'end';
	/** distance between baselines */
	readonly lineHeight: number;
	/** the text as given when the lines do not hold all of it (drawn as a <title>, so it is still read and hovered) */
	readonly full: string | null;
	/** widest line in px, by the measure used */
	readonly width: number;
	/** from the top of the first line to the bottom of the last */
	readonly height: number;
}

export interface TextBlockOptions {
	readonly x: number;
	/** where the block's top is (the first baseline is placed below it) */
	readonly top: number;
	readonly size: number;
	readonly measure: TextMeasure;
	readonly maxWidth?: number;
	readonly maxLines?: number;
	readonly weight?: number;
	readonly anchor?: 'start' | 'middle' | 'end';
	readonly leading?: number;
}

/**
 * A label wrapped into at most `maxLines` lines of `maxWidth` px (the last cut with "…"), placed with its top at `top`.
 * The first baseline sits 0.8 em below the top, which holds the ascenders of Latin and Japanese fonts alike.
 * @example textBlock('standard regimens (printed)', { x: 0, top: 0, size: 13, measure, maxWidth: 110 }).lines // ['standard regimens', '(printed)']
 */
export function textBlock(text: string, o: TextBlockOptions): TextBlock {
	const weight = o.weight ?? 400;
	const leading = o.leading ?? 1.25;
	const lines =
		o.maxWidth === undefined
			? [text]
			: wrapText(text, Math.max(1, o.maxWidth), o.size, o.measure, o.maxLines ?? 2, weight);
	const whole = lines.join('').replace(/\s/g, '') === text.replace(/\s/g, '');
	const lineHeight = r2(o.size * leading);
	return {
		x: r2(o.x),
		y: r2(o.top + o.size * 0.8),
		lines,
		size: o.size,
		weight,
		anchor: o.anchor ?? 'start',
		lineHeight,
		full: whole ? null : text,
		width: Math.max(
			0,
			maxOf(lines, (l) => o.measure(l, o.size, weight))
		),
		height: r2(o.size * 0.8 + (lines.length - 1) * lineHeight + o.size * 0.3)
	};
}

/** The same block moved so that its lines are centred on `y` (for a label beside a mark). */
export function centredOn(block: TextBlock, y: number): TextBlock {
	const top = y - block.height / 2;
	return { ...block, y: r2(top + block.size * 0.8) };
}
