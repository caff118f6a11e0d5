import { scaleLinear } from 'd3';
import { r2 } from './pixel';
import { blockBottom } from './blockBox';
import { dotAxis, tickRowHeight, type DotAxis, type DotPlotArea } from './dotPlotAxis';
import { legendGrid, type LegendItem } from './legendFlow';
import { centredOn, textBlock, type TextBlock } from './textBlock';
import type { ChartSize } from './typography';
import { maxOf } from '../util/extremes';

/** A printed incidence with its Clopper–Pearson 95% interval, all three in percent (0–100). */
export interface IncidencePoint {
	readonly percent: number;
	readonly lower: number;
	readonly upper: number;
}

/** One printed figure: a dot with its interval, or (point null) a percentage printed without a count, listed in words. */
export interface IncidenceItemInput {
	readonly id: string;
	/** what is counted: the event with grade and seriousness */
	readonly label: string;
	/** where from: study · arm · phase */
	readonly sublabel: string;
	/** the percentage as printed */
	readonly printed: string;
	readonly point: IncidencePoint | null;
	/** a placebo or control arm: drawn hollow */
	readonly hollow: boolean;
	/** its denominator differs from other quotations of the same study */
	readonly flagged: boolean;
	/** the hover text */
	readonly tip: string;
}

/** The figures of one indication. */
export interface IncidenceGroupInput {
	readonly id: string;
	readonly label: string;
	readonly items: readonly IncidenceItemInput[];
}

/** The words the layout places (and measures): the axis title, the legend entries and the note of a percentage alone. */
export interface IncidenceLabels {
	readonly axis: string;
	readonly interval: string;
	readonly hollow: string;
	readonly flagged: string;
	readonly percentOnly: string;
}

export interface IncidenceRowLayout {
	readonly id: string;
	readonly group: string;
	/** what is counted (with † when its denominator is flagged), and where from (study · arm · phase) */
	readonly label: TextBlock;
	readonly sublabel: TextBlock;
	/** centre line of the dot */
	readonly y: number;
	readonly top: number;
	readonly height: number;
	readonly shaded: boolean;
	/** null: printed without a count, said in words at the axis start instead (`note`) */
	readonly dot: { readonly x: number; readonly whisker: readonly [number, number]; readonly hollow: boolean } | null;
	readonly note: TextBlock | null;
	readonly printed: string;
	readonly flagged: boolean;
	readonly tip: string;
}

export type IncidenceLegendKind = 'interval' | 'hollow' | 'flagged';

export interface IncidenceLayout {
	readonly width: number;
	readonly height: number;
	/** labels beside the rows (wide) or on their own lines above each row (narrow) */
	readonly mode: 'columns' | 'stacked';
	readonly plot: DotPlotArea;
	/** the axis runs from 0 to this (percent) */
	readonly axisEnd: number;
	readonly axis: DotAxis;
	/** marks grow with the type (radius 4 × markScale, stroke 1.5 × markScale) */
	readonly markScale: number;
	readonly groups: readonly { readonly id: string; readonly label: TextBlock; readonly top: number }[];
	readonly rows: readonly IncidenceRowLayout[];
	/** the legend entries the drawing needs: a dot with its interval, a hollow dot, the † of a flagged denominator */
	readonly legend: {
		readonly items: readonly (LegendItem<IncidenceLegendKind> & { readonly dagger: TextBlock | null })[];
		/** width of every legend symbol */
		readonly symbol: number;
	};
}

/**
 * The axis ends the plot chooses from, with their tick steps. The axis is linear and starts at 0: a count of 0 and a
 * Clopper–Pearson lower bound of 0 have a place on it (a log axis has none), and distances stay absolute risks. It ends
 * at the smallest of these that holds every interval drawn, so a concern whose figures are all small (0.2% of 3,964)
 * is zoomed in, and no whisker is ever cut (a study of 4 patients reaches 80%).
 */
export const AXIS_ENDS: readonly { readonly end: number; readonly step: number }[] = [
	{ end: 0.5, step: 0.1 },
	{ end: 1, step: 0.1 },
	{ end: 2, step: 0.2 },
	{ end: 5, step: 0.5 },
	{ end: 10, step: 1 },
	{ end: 25, step: 5 },
	{ end: 50, step: 5 },
	{ end: 100, step: 10 }
];

/** The axis end for these values (percent): the smallest of AXIS_ENDS at or above the largest. */
export function axisEnd(values: readonly number[]): number {
	let max = 0;
	for (const v of values) if (v > max) max = v;
	return (AXIS_ENDS.find((a) => a.end >= max - 1e-9) ?? AXIS_ENDS.at(-1)!).end;
}

/** The axis end for these groups: every drawn dot and whisker fits (a percentage printed alone is not drawn). */
export const groupsAxisEnd = (groups: readonly IncidenceGroupInput[]): number =>
	axisEnd(groups.flatMap((g) => g.items.flatMap((i) => (i.point ? [i.point.upper, i.point.percent] : []))));

const PAD = 8;

/**
 * Incidence dot plot geometry: a header band per indication, then one row per printed figure (the event, and under it
 * the study · arm · phase in smaller type), x = incidence in % on a linear axis from 0 to `axisEnd` (see AXIS_ENDS),
 * a dot at count/denominator with its Clopper–Pearson 95% whisker. A figure printed without its count gets no dot:
 * the row says so in words. The label column is as wide as its measured text, up to 35% of the width (labels wrap to
 * two lines beyond it); when the plot would get too narrow (a phone) the labels go on their own lines above each row
 * and the plot takes the width. Every figure given is drawn; a long list makes a taller SVG. Pixels are rounded with r2.
 * @example
 * const l = incidenceLayout([{ id: 'nhl', label: 'NHL (1)', items: [{ id: 'a1', label: 'Hepatitis B', sublabel: '01NHL001', printed: '0.2', point: { percent: 0.2018, lower: 0.0872, upper: 0.3973 }, hollow: false, flagged: false, tip: '' }] }], { width: 960, type: chartType('screen') }, labels);
 * l.axisEnd // 0.5
 */
export function incidenceLayout(
	groups: readonly IncidenceGroupInput[],
	size: ChartSize,
	labels: IncidenceLabels
): IncidenceLayout {
	const { width, type } = size;
	const { measure } = type;
	const mark = type.mark;
	const items = groups.flatMap((g) => g.items);
	const end = groupsAxisEnd(groups);
	const step = AXIS_ENDS.find((a) => a.end === end)!.step;
	const count = Math.round(end / step);
	const decimals = step < 1 ? 1 : 0;
	const values = Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6);
	const tickText = (v: number) => v.toFixed(decimals);

	const gap = Math.round(type.base * 0.9);
	const indent = Math.round(type.base * 0.6);
	const labelText = (item: IncidenceItemInput) => `${item.flagged ? '† ' : ''}${item.label}`;
	const labelNeed = Math.max(
		0,
		maxOf(items, (i) => indent + Math.max(measure(labelText(i), type.base), measure(i.sublabel, type.small)))
	);
	const labelColumn = Math.min(labelNeed, Math.round(width * 0.35));
	const rightRoom = Math.max(measure(tickText(end), type.small) / 2, 5 * mark);
	const columnsLeft = PAD + labelColumn + gap;
	const plotRight = width - PAD - rightRoom;
	const mode: IncidenceLayout['mode'] =
		plotRight - columnsLeft >= Math.max(width * 0.45, 20 * type.base) ? 'columns' : 'stacked';
	const plotLeft = mode === 'columns' ? columnsLeft : PAD + Math.max(measure(tickText(0), type.small) / 2, 5 * mark);

	// legend: only the entries the drawing needs, in columns from their measured widths
	const kinds: IncidenceLegendKind[] = ['interval'];
	if (items.some((i) => i.hollow && i.point)) kinds.push('hollow');
	if (items.some((i) => i.flagged)) kinds.push('flagged');
	const symbol = Math.round(20 * mark);
	const words: Record<IncidenceLegendKind, string> = {
		interval: labels.interval,
		hollow: labels.hollow,
		flagged: labels.flagged
	};
	const legendPlaced = legendGrid(
		kinds.map((k) => ({ key: k, text: words[k] })),
		{ left: PAD, right: width - PAD, top: PAD, size: type.base, measure, symbol }
	);
	const legendItems = legendPlaced.items.map((it) => ({
		...it,
		dagger:
			it.key === 'flagged'
				? textBlock('†', {
						x: it.x + symbol / 2,
						top: it.top,
						size: type.base,
						weight: 700,
						measure,
						anchor: 'middle' as const
					})
				: null
	}));

	const top = r2(legendPlaced.bottom + Math.round(type.base * 0.8) + tickRowHeight(type));
	const x = scaleLinear().domain([0, end]).range([plotLeft, plotRight]);
	const rowPad = r2(type.small * 0.45);
	const groupPad = r2(type.small * 0.5);
	const labelMax = mode === 'columns' ? labelColumn - indent : width - 2 * PAD - indent;
	const outGroups: IncidenceLayout['groups'][number][] = [];
	const rows: IncidenceRowLayout[] = [];
	const grid: [number, number][] = [];
	let y = top;
	let runStart = y;
	for (const g of groups) {
		if (mode === 'columns' && y > runStart) grid.push([runStart, y]);
		const header = textBlock(g.label, {
			x: PAD,
			top: y + groupPad,
			size: type.base,
			weight: 700,
			measure,
			maxWidth: width - 2 * PAD,
			maxLines: 2
		});
		outGroups.push({ id: g.id, label: header, top: r2(y) });
		y = r2(blockBottom(header) + groupPad);
		runStart = y;
		for (const item of g.items) {
			const p = item.point;
			const note = p
				? null
				: textBlock(`${item.printed}% — ${labels.percentOnly}`, {
						x: plotLeft + 4,
						top: 0,
						size: type.small,
						measure,
						maxWidth: width - PAD - plotLeft - 4,
						maxLines: 2
					});
			const markHeight = Math.max(12 * mark, type.small * 1.3, note?.height ?? 0);
			let label = textBlock(labelText(item), {
				x: PAD + indent,
				top: 0,
				size: type.base,
				measure,
				maxWidth: labelMax,
				maxLines: 2
			});
			let sublabel = textBlock(item.sublabel, {
				x: PAD + indent,
				top: 0,
				size: type.small,
				measure,
				maxWidth: labelMax,
				maxLines: 2
			});
			const textHeight = label.height + 1 + sublabel.height;
			let height: number;
			let centre: number;
			let textTop: number;
			if (mode === 'columns') {
				height = r2(Math.max(textHeight, markHeight) + 2 * rowPad);
				centre = y + height / 2;
				textTop = y + (height - textHeight) / 2;
			} else {
				textTop = y + rowPad;
				centre = textTop + textHeight + 2 + markHeight / 2;
				height = r2(textHeight + 2 + markHeight + 2 * rowPad);
				grid.push([centre - markHeight / 2, centre + markHeight / 2]);
			}
			label = textBlock(labelText(item), {
				x: PAD + indent,
				top: textTop,
				size: type.base,
				measure,
				maxWidth: labelMax,
				maxLines: 2
			});
			sublabel = textBlock(item.sublabel, {
				x: PAD + indent,
				top: textTop + label.height + 1,
				size: type.small,
				measure,
				maxWidth: labelMax,
				maxLines: 2
			});
			rows.push({
				id: item.id,
				group: g.id,
				label,
				sublabel,
				y: r2(centre),
				top: r2(y),
				height,
				shaded: rows.length % 2 === 0,
				dot: p ? { x: r2(x(p.percent)), whisker: [r2(x(p.lower)), r2(x(p.upper))], hollow: item.hollow } : null,
				note: note ? centredOn(note, centre) : null,
				printed: item.printed,
				flagged: item.flagged,
				tip: item.tip
			});
			y = r2(y + height);
		}
	}
	if (mode === 'columns' && y > runStart) grid.push([runStart, y]);
	const plot = { left: r2(plotLeft), right: r2(plotRight), top, bottom: r2(y) };
	const axis = dotAxis({ values, x: (v) => x(v), text: tickText, plot, grid, type, title: labels.axis, width });
	return {
		width,
		height: Math.ceil(blockBottom(axis.title) + PAD),
		mode,
		plot,
		axisEnd: end,
		axis,
		markScale: mark,
		groups: outGroups,
		rows,
		legend: { items: legendItems, symbol }
	};
}
