import type { TextBlock } from './textBlock';

/** A labelled tick of an x-axis: its value, where it is, and its label centred under (or over) it. */
export interface AxisTick {
	readonly value: number;
	readonly x: number;
	readonly label: TextBlock;
}

/**
 * Whether labels centred on `xs` (ascending, `widths` px wide) keep `gap` px between neighbours: the test every tick
 * thinning uses, so that tick labels never touch.
 * @example labelsApart([0, 30, 60], [8, 14, 14], 6) // true
 */
export function labelsApart(xs: readonly number[], widths: readonly number[], gap: number): boolean {
	for (let i = 1; i < xs.length; i++) if (xs[i]! - widths[i]! / 2 < xs[i - 1]! + widths[i - 1]! / 2 + gap) return false;
	return true;
}

/**
 * Every how many ticks a label goes so that neighbouring labels keep `gap` px apart: 1, 2, 5, 10… (the first tick is
 * always labelled); for ticks whose labels differ in width.
 * @example tickStride([0, 20, 40], [8, 14, 14], 6) // 2
 */
export function tickStride(xs: readonly number[], widths: readonly number[], gap: number): number {
	for (const k of [1, 2, 5, 10, 20, 50]) {
		const labelled = xs.map((_, i) => i).filter((i) => i % k === 0);
		if (
			labelsApart(
				labelled.map((i) => xs[i]!),
				labelled.map((i) => widths[i]!),
				gap
			)
		)
			return k;
	}
	return Math.max(1, xs.length);
}

/**
 * The first of `steps` (in axis units, ascending) at which evenly spaced labels no wider than `labelWidth` keep `gap`
 * px apart, `perUnit` px being one axis unit; the last step when none does. For calendar years and days, whose labels
 * go on every step-th value.
 * @example labelStep(25, 30, 11, [1, 2, 5, 10, 20, 50, 100]) // 2 (a year is 25 px; a label and its gap take 41)
 */
export function labelStep(perUnit: number, labelWidth: number, gap: number, steps: readonly number[]): number {
	return steps.find((s) => s * perUnit >= labelWidth + gap) ?? steps.at(-1)!;
}
