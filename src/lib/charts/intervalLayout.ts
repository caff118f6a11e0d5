import { scaleLinear } from 'd3';
import { blockBox } from './blockBox';
import { legendFlow } from './legendFlow';
import { r2 } from './pixel';
import { centredOn, textBlock, type TextBlock } from './textBlock';
import { labelsApart, type AxisTick } from './ticks';
import type { ChartSize } from './typography';
import { maxOf, minOf } from '../util/extremes';

export interface IntervalRow {
	readonly id: string;
	readonly label: string;
	/** group heading (trial, table and cut-off) */
	readonly section: string;
	readonly estimate: number;
	readonly printed: readonly [number, number];
	/** the selected method's interval at printed precision, or null when none */
	readonly recomputed: readonly [number, number] | null;
	/** hover text with the printed strings, e.g. "Cohort: ORR 50.0% · printed [6.8, 93.2] · …" */
	readonly tip?: string;
}

/** The words the drawing shows besides the data. */
export interface IntervalLabels {
	readonly axis: string;
	readonly printed: string;
	/** "recomputed (Wilson)": names the method */
	readonly recomputed: string;
	readonly threshold: string;
}

/** One legend entry: a sample of the mark (a horizontal line from x1 to x2 at y) and its label. */
export interface IntervalLegendEntry {
	readonly kind: 'printed' | 'recomputed';
	readonly x1: number;
	readonly x2: number;
	readonly y: number;
	readonly label: TextBlock;
}

export interface IntervalLayout {
	readonly width: number;
	readonly height: number;
	/** labels left of the whiskers (wide), or a label line above each row's whiskers (narrow) */
	readonly mode: 'columns' | 'stacked';
	readonly plot: { left: number; right: number; top: number; bottom: number };
	readonly ticks: readonly AxisTick[];
	readonly axisTitle: TextBlock;
	readonly legend: readonly IntervalLegendEntry[];
	/** the threshold's x and its label beside the top of its line */
	readonly threshold: { x: number; label: TextBlock } | null;
	/** marks grow with the type on slides: multiply stroke widths and the dot radius by this */
	readonly markScale: number;
	readonly sections: readonly { id: string; label: TextBlock }[];
	readonly rows: readonly {
		id: string;
		label: TextBlock;
		y: number;
		dot: number;
		printed: [number, number];
		recomputed: [number, number] | null;
	}[];
}

/**
 * Dot-and-whisker geometry on a 0–100% axis: one row per interval, the printed whisker above the recomputed one,
 * rows grouped under section headings. The label column is as wide as its measured labels (at most 38% of the width,
 * wrapping to two lines beyond); when the whiskers would get narrower than half the width or 300 px (a phone), each
 * row's label goes on a line above its whiskers and the plot takes the width. The legend flows from measured entry
 * widths; the threshold's label has a band of its own above the first section, so it meets no heading or legend.
 * @example intervalLayout(rows, { width: 800, type: chartType('screen') }, 50, labels).rows[0].printed // [x of lower, x of upper]
 */
export function intervalLayout(
	rows: readonly IntervalRow[],
	size: ChartSize,
	threshold: number | null,
	labels: IntervalLabels
): IntervalLayout {
	const { width, type } = size;
	const { measure } = type;
	const pad = 8;
	const gap = Math.round(type.base * 0.9);
	const markScale = type.mark;
	const labelWidth = Math.min(
		Math.max(
			0,
			maxOf(rows, (r) => measure(r.label, type.base))
		),
		width * 0.38
	);
	const columnsPlot = width - 2 * pad - labelWidth - gap;
	const mode: IntervalLayout['mode'] = columnsPlot >= Math.max(width * 0.5, 300) ? 'columns' : 'stacked';
	// the end ticks' labels are centred on the plot's ends, so the plot stops half a label short of the edge
	const tickHalf = (v: number) => measure(String(v), type.small) / 2 + 2;
	const plotLeft = mode === 'columns' ? pad + labelWidth + gap : pad + Math.max(tickHalf(0), 5 * markScale);
	const plotRight = width - pad - Math.max(tickHalf(100), 5 * markScale);

	// an interval that leaves 0–100 (plain Wald) is part of the finding: widen the axis rather than cut it
	const lo = Math.min(
		0,
		minOf(rows, (r) => Math.min(r.printed[0], r.recomputed?.[0] ?? 0))
	);
	const hi = Math.max(
		100,
		maxOf(rows, (r) => Math.max(r.printed[1], r.recomputed?.[1] ?? 100))
	);
	const x = scaleLinear()
		.domain([lo === 0 ? 0 : lo - 2, hi === 100 ? 100 : hi + 2])
		.range([plotLeft, plotRight]);

	// legend: entries side by side from their measured widths, onto a new line when the next does not fit
	const legendLeft = mode === 'columns' ? plotLeft : pad;
	const sample = Math.round(24 * markScale);
	const room = width - pad - legendLeft - sample - 6;
	const entries = (['printed', 'recomputed'] as const).map((kind) => ({
		kind,
		width: sample + 6 + textBlock(labels[kind], { x: 0, top: 0, size: type.base, measure, maxWidth: room }).width
	}));
	const flowed = legendFlow(
		entries,
		{
			left: legendLeft,
			right: width - pad,
			top: Math.round(type.small * 0.4),
			gap: Math.round(type.base * 1.4),
			lineGap: 4
		},
		(e) => e.width,
		(e, lx, lineTop) => {
			const label = textBlock(labels[e.kind], {
				x: lx + sample + 6,
				top: lineTop,
				size: type.base,
				measure,
				maxWidth: room
			});
			return {
				item: { kind: e.kind, x1: r2(lx), x2: r2(lx + sample), y: r2(lineTop + type.base * 0.55), label },
				width: e.width,
				height: label.height
			};
		}
	);
	const legend: IntervalLegendEntry[] = flowed.items;
	const plotTop = Math.round(flowed.bottom + type.small * 0.6);

	// the threshold's label: right of its line, or left of it when there is more room there
	let y = plotTop;
	let thresholdMark: IntervalLayout['threshold'] = null;
	if (threshold !== null) {
		const tx = x(threshold);
		const rightRoom = width - pad - (tx + 5);
		const leftRoom = tx - 5 - pad;
		const natural = measure(labels.threshold, type.small);
		const right = natural <= rightRoom || rightRoom >= leftRoom;
		const label = textBlock(labels.threshold, {
			x: right ? tx + 5 : tx - 5,
			top: y,
			size: type.small,
			measure,
			maxWidth: right ? rightRoom : leftRoom,
			anchor: right ? 'start' : 'end'
		});
		thresholdMark = { x: r2(tx), label };
		y += label.height + type.small * 0.3;
	}

	const sections: { id: string; label: TextBlock }[] = [];
	const out: IntervalLayout['rows'][number][] = [];
	let current: string | null = null;
	for (const row of rows) {
		if (row.section !== current) {
			current = row.section;
			// room between one section's last whiskers (or the legend) and the next heading
			y += sections.length ? type.base * 0.6 : type.base * 0.3;
			const label = textBlock(row.section, {
				x: pad,
				top: y,
				size: type.base,
				measure,
				maxWidth: width - 2 * pad,
				weight: 700
			});
			sections.push({ id: `${sections.length}`, label });
			y += label.height + type.base * 0.3;
		}
		let label: TextBlock;
		let centre: number;
		if (mode === 'columns') {
			label = textBlock(row.label, {
				x: pad + labelWidth,
				top: 0,
				size: type.base,
				measure,
				maxWidth: labelWidth,
				anchor: 'end'
			});
			const rowHeight = Math.max(label.height, 16 * markScale) + type.base * 0.7;
			centre = y + rowHeight / 2;
			label = centredOn(label, centre);
			y += rowHeight;
		} else {
			label = textBlock(row.label, { x: pad, top: y, size: type.base, measure, maxWidth: width - 2 * pad });
			centre = y + label.height + 2 + 8 * markScale;
			y = centre + 8 * markScale + type.base * 0.9;
		}
		out.push({
			id: row.id,
			label,
			y: r2(centre),
			dot: r2(x(row.estimate)),
			printed: [r2(x(row.printed[0])), r2(x(row.printed[1]))],
			recomputed: row.recomputed ? [r2(x(row.recomputed[0])), r2(x(row.recomputed[1]))] : null
		});
	}
	const bottom = r2(y + 4);

	// ticks every 25, else every 50, else the ends only: the first spacing whose labels keep 8 px apart
	const tickLabel = (v: number) =>
		textBlock(String(v), { x: x(v), top: bottom + 4, size: type.small, measure, anchor: 'middle' });
	const spaced = (values: number[]) =>
		labelsApart(
			values.map((v) => x(v)),
			values.map((v) => measure(String(v), type.small)),
			8
		);
	const values = [
		[0, 25, 50, 75, 100],
		[0, 50, 100],
		[0, 100]
	].find(spaced) ?? [0, 100];
	const ticks = values.map((v) => ({ value: v, x: r2(x(v)), label: tickLabel(v) }));
	const axisTitle = textBlock(labels.axis, {
		x: (plotLeft + plotRight) / 2,
		top: bottom + 4 + type.small * 1.4,
		size: type.small,
		measure,
		anchor: 'middle',
		maxWidth: plotRight - plotLeft
	});
	return {
		width,
		height: Math.ceil(blockBox(axisTitle).bottom + 6),
		mode,
		plot: { left: r2(plotLeft), right: r2(plotRight), top: plotTop, bottom },
		ticks,
		axisTitle,
		legend,
		threshold: thresholdMark,
		markScale,
		sections,
		rows: out
	};
}
