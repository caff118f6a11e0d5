import { r2 } from './pixel';
import { textBlock, type TextBlock } from './textBlock';
import { tickStride } from './ticks';
import type { ChartType } from './typography';

/** A plot area: x from left to right, bands from top to bottom. */
export interface DotPlotArea {
	readonly left: number;
	readonly right: number;
	readonly top: number;
	readonly bottom: number;
}

/** The x-axis of a dot plot: a grid line at every tick, labels (thinned so they never touch) above and below the plot. */
export interface DotAxis {
	readonly ticks: readonly {
		readonly value: number;
		readonly x: number;
		readonly above: TextBlock | null;
		readonly below: TextBlock | null;
	}[];
	/** the y ranges the grid lines are drawn over (one per band in stacked mode, so they never cross a label) */
	readonly grid: readonly (readonly [number, number])[];
	readonly title: TextBlock;
}

const PAD = 8;

/**
 * Height the tick labels above a dot plot take (one line of small type and a 4 px gap): the plot starts this far
 * below the legend.
 * @example tickRowHeight(chartType('screen')) // 16.1
 */
export const tickRowHeight = (type: ChartType): number => r2(type.small * 1.1 + 4);

/**
 * The x-axis of a dot plot: grid lines at `values`, their labels above and below the plot (thinned with tickStride),
 * and the axis title centred under the plot (wrapped to stay inside the width); shared by the adverse-reaction and
 * incidence plots so both read the same.
 * @example dotAxis({ values: [0, 50, 100], x: (v) => 100 + v * 4, text: String, plot, grid: [[plot.top, plot.bottom]], type, title: 'Incidence (%)', width: 600 }).ticks[1]!.x // 300
 */
export function dotAxis(o: {
	values: readonly number[];
	x: (v: number) => number;
	text: (v: number) => string;
	plot: DotPlotArea;
	grid: readonly (readonly [number, number])[];
	type: ChartType;
	title: string;
	width: number;
}): DotAxis {
	const { type, plot } = o;
	const size = type.small;
	const xs = o.values.map((v) => r2(o.x(v)));
	const texts = o.values.map(o.text);
	const stride = tickStride(
		xs,
		texts.map((t) => type.measure(t, size)),
		Math.round(size * 0.6)
	);
	const aboveTop = plot.top - tickRowHeight(type);
	const belowTop = plot.bottom + 4;
	const ticks = o.values.map((value, i) => {
		const labelled = i % stride === 0;
		const at = (top: number) => textBlock(texts[i]!, { x: xs[i]!, top, size, measure: type.measure, anchor: 'middle' });
		return { value, x: xs[i]!, above: labelled ? at(aboveTop) : null, below: labelled ? at(belowTop) : null };
	});
	const centre = (plot.left + plot.right) / 2;
	const room = 2 * Math.min(centre - PAD, o.width - PAD - centre);
	const title = textBlock(o.title, {
		x: centre,
		top: belowTop + size * 1.1 + Math.round(size * 0.5),
		size,
		measure: type.measure,
		anchor: 'middle',
		maxWidth: room,
		maxLines: 2
	});
	return { ticks, grid: o.grid.map(([a, b]) => [r2(a), r2(b)] as const), title };
}
