import { scaleLog } from 'd3';
import { blockBox } from './blockBox';
import { r2 } from './pixel';
import { centredOn, textBlock, type TextBlock } from './textBlock';
import { labelsApart, type AxisTick } from './ticks';
import type { ChartSize } from './typography';
import { maxOf, minOf } from '../util/extremes';

export interface ForestRow {
	readonly id: string;
	readonly label: string;
	/** printed estimate and limits as numbers; null when the document prints a degenerate interval */
	readonly estimate: number | null;
	readonly lower: number | null;
	readonly upper: number | null;
	/** the printed text, e.g. "0.511 [0.311, 0.839]" */
	readonly text: string;
	/** total events, which sizes the square */
	readonly events: number;
}

export interface ForestLabels {
	readonly axis: string;
	readonly favours: readonly [string, string];
	readonly notEstimable: string;
}

export interface ForestLayout {
	readonly width: number;
	readonly height: number;
	/** labels beside the rows (wide) or above each row (narrow) */
	readonly mode: 'columns' | 'stacked';
	readonly plot: { left: number; right: number; top: number; bottom: number };
	readonly ticks: readonly AxisTick[];
	readonly one: number;
	readonly favours: readonly [TextBlock, TextBlock];
	readonly axisTitle: TextBlock;
	readonly markScale: number;
	readonly rows: readonly {
		id: string;
		label: TextBlock;
		/** the printed HR and interval */
		value: TextBlock;
		y: number;
		box: { x: number; size: number; left: number; top: number } | null;
		whisker: [number, number] | null;
		/** "not estimable", where no interval can be drawn */
		missing: TextBlock | null;
	}[];
}

/**
 * Forest plot geometry: hazard ratios on a log axis with the line of no effect at 1, squares sized by events
 * (area ∝ events), rows without a finite interval listed but not drawn. The label and value columns are as wide as
 * their measured text (labels wrap to two lines beyond 32% of the width); when the plot would be narrower than 45%
 * of the width (a phone), each row's label and value go on a line above its whisker and the plot takes the width.
 * @example forestLayout(rows, { width: 800, type: chartType('screen') }, labels).one // x of HR = 1
 */
export function forestLayout(rows: readonly ForestRow[], size: ChartSize, labels: ForestLabels): ForestLayout {
	const { width, type } = size;
	const { measure } = type;
	const pad = 8;
	const gap = Math.round(type.base * 0.9);
	const labelWidth = Math.min(
		Math.max(
			0,
			maxOf(rows, (r) => measure(r.label, type.base))
		),
		width * 0.32
	);
	const valueWidth = Math.max(
		0,
		maxOf(rows, (r) => measure(r.text, type.base))
	);
	const columnsPlot = width - 2 * pad - labelWidth - valueWidth - 2 * gap;
	const mode: ForestLayout['mode'] = columnsPlot >= width * 0.45 ? 'columns' : 'stacked';
	const markScale = type.mark;
	const plot =
		mode === 'columns'
			? { left: pad + labelWidth + gap, right: width - pad - valueWidth - gap }
			: { left: pad + 4, right: width - pad - 4 };

	const finite = rows.flatMap((r) =>
		r.lower !== null && r.upper !== null && r.lower > 0 && Number.isFinite(r.upper)
			? [{ lower: r.lower, upper: r.upper }]
			: []
	);
	const lo =
		Math.min(
			0.25,
			minOf(finite, (r) => r.lower)
		) / 1.1;
	const hi =
		Math.max(
			2,
			maxOf(finite, (r) => r.upper)
		) * 1.1;
	const x = scaleLog().domain([lo, hi]).range([plot.left, plot.right]);
	const maxEvents = Math.max(
		1,
		maxOf(rows, (r) => r.events)
	);
	const top = Math.round(type.small * 0.5);
	let y = top;
	const out = rows.map((r) => {
		// drawn only with a positive lower limit and a finite upper one (a log axis)
		const drawn =
			r.estimate !== null && r.lower !== null && r.upper !== null && r.lower > 0 && Number.isFinite(r.upper)
				? { estimate: r.estimate, lower: r.lower, upper: r.upper }
				: null;
		let label: TextBlock;
		let value: TextBlock;
		let centre: number;
		if (mode === 'columns') {
			label = textBlock(r.label, {
				x: pad + labelWidth,
				top: 0,
				size: type.base,
				measure,
				maxWidth: labelWidth,
				anchor: 'end'
			});
			const rowHeight = Math.max(label.height, 18 * markScale) + type.base * 0.9;
			centre = y + rowHeight / 2;
			label = centredOn(label, centre);
			value = centredOn(textBlock(r.text, { x: width - pad, top: 0, size: type.base, measure, anchor: 'end' }), centre);
			y += rowHeight;
		} else {
			label = textBlock(r.label, { x: pad, top: y, size: type.base, measure, maxWidth: width - 2 * pad, weight: 600 });
			value = textBlock(r.text, {
				x: pad,
				top: y + label.height + 2,
				size: type.small,
				measure,
				maxWidth: width - 2 * pad
			});
			centre = y + label.height + value.height + 4 + 10 * markScale;
			y = centre + 10 * markScale + type.base * 0.6;
		}
		const boxSize = r2((6 + 10 * Math.sqrt(r.events / maxEvents)) * markScale);
		const boxX = drawn ? r2(x(drawn.estimate)) : 0;
		return {
			id: r.id,
			label,
			value,
			y: r2(centre),
			box: drawn ? { x: boxX, size: boxSize, left: r2(boxX - boxSize / 2), top: r2(centre - boxSize / 2) } : null,
			whisker: drawn ? ([r2(x(drawn.lower)), r2(x(drawn.upper))] as [number, number]) : null,
			missing: drawn
				? null
				: centredOn(
						textBlock(labels.notEstimable, { x: x(1), top: 0, size: type.small, measure, anchor: 'middle' }),
						centre
					)
		};
	});
	const bottom = r2(y);
	// ticks: those of 0.25, 0.5, 1, 2, 4 on the axis, leaving out any whose label would touch its neighbour's
	const candidates = [0.125, 0.25, 0.5, 1, 2, 4, 8].filter((v) => v >= lo && v <= hi);
	const ticks: AxisTick[] = [];
	for (const v of candidates) {
		const label = textBlock(String(v), { x: x(v), top: bottom + 4, size: type.small, measure, anchor: 'middle' });
		const prev = ticks.at(-1);
		if (prev && !labelsApart([prev.x, x(v)], [prev.label.width, label.width], 6)) continue;
		ticks.push({ value: v, x: r2(x(v)), label });
	}
	const one = r2(x(1));
	const favoursTop = bottom + 4 + type.small * 1.4;
	const left = textBlock(`← ${labels.favours[0]}`, {
		x: one - 6,
		top: favoursTop,
		size: type.small,
		measure,
		anchor: 'end',
		maxWidth: one - 6 - pad,
		maxLines: 3
	});
	const right = textBlock(`${labels.favours[1]} →`, {
		x: one + 6,
		top: favoursTop,
		size: type.small,
		measure,
		maxWidth: width - pad - one - 6,
		maxLines: 3
	});
	const axisTitle = textBlock(labels.axis, {
		x: (plot.left + plot.right) / 2,
		top: favoursTop + Math.max(left.height, right.height) + 4,
		size: type.small,
		measure,
		anchor: 'middle',
		maxWidth: width - 2 * pad,
		maxLines: 2
	});
	return {
		width,
		height: Math.ceil(blockBox(axisTitle).bottom + 6),
		mode,
		plot: { left: r2(plot.left), right: r2(plot.right), top, bottom },
		ticks,
		one,
		favours: [left, right],
		axisTitle,
		markScale,
		rows: out
	};
}
