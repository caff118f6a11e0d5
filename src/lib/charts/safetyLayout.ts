import { scaleLinear } from 'd3';
import { seriesColor } from './palette';
import { blockBottom } from './blockBox';
import { dotAxis, tickRowHeight, type DotAxis, type DotPlotArea } from './dotPlotAxis';
import { legendGrid, type LegendItem } from './legendFlow';
import { r2 } from './pixel';
import { centredOn, textBlock, type TextBlock } from './textBlock';
import type { ChartSize } from './typography';
import { maxOf } from '../util/extremes';

/** Which grades the plot draws: both (all grades filled, grade ≥3 hollow), or one of them. */
export type SafetyGradeView = 'both' | 'all' | '3plus';

/** One incidence with its Clopper–Pearson 95% interval, all three in percent (0–100). */
export interface SafetyPoint {
	readonly percent: number;
	readonly lower: number;
	readonly upper: number;
}

/** A trial · dose group column drawn as one coloured sub-row of every term. */
export interface SafetySeries {
	readonly id: string;
	readonly label: string;
}

/** One term (the "All adverse reactions" row, a SOC or a PT) with a value per series (null: not printed there). */
export interface SafetyTermInput {
	readonly id: string;
	readonly level: 'any' | 'soc' | 'pt';
	readonly label: string;
	/** parallel to the series; null when that table does not print the term */
	readonly values: readonly ({ readonly all: SafetyPoint | null; readonly g3: SafetyPoint | null } | null)[];
}

/** The words the layout places (and measures): the axis title, the grade legend and the "not printed" note. */
export interface SafetyLabels {
	readonly axis: string;
	readonly allGrades: string;
	readonly grade3: string;
	readonly notPrinted: string;
}

export interface SafetyDot {
	readonly grade: 'all' | '3plus';
	readonly x: number;
	readonly y: number;
	readonly whisker: readonly [number, number];
}

export interface SafetyMark {
	readonly series: string;
	readonly index: number;
	readonly color: string;
	/** centre of the series' sub-row */
	readonly y: number;
	/** the table does not print this term for this series */
	readonly missing: boolean;
	/** the "not printed" note, where missing */
	readonly note: TextBlock | null;
	/** the series number at the end of the sub-row (null with one series: the colour is enough) */
	readonly tag: TextBlock | null;
	readonly dots: readonly SafetyDot[];
}

export interface SafetyRowLayout {
	readonly id: string;
	readonly level: 'any' | 'soc' | 'pt';
	/** the term as given (the hover text uses it) */
	readonly label: string;
	/** the term as drawn: beside its band (columns) or above it (stacked), PTs indented under their SOC */
	readonly text: TextBlock;
	readonly top: number;
	readonly height: number;
	readonly shaded: boolean;
	readonly marks: readonly SafetyMark[];
}

export interface SafetyLayout {
	readonly width: number;
	readonly height: number;
	/** terms beside their bands (wide) or on their own line above them (narrow) */
	readonly mode: 'columns' | 'stacked';
	readonly plot: DotPlotArea;
	readonly axis: DotAxis;
	/** marks grow with the type (radius 4 × markScale, stroke 1.5 × markScale) */
	readonly markScale: number;
	readonly legend: {
		readonly grades: readonly LegendItem<'all' | '3plus'>[];
		readonly series: readonly (LegendItem<string> & { readonly index: number; readonly color: string })[];
		/** width of every legend symbol */
		readonly symbol: number;
	};
	readonly rows: readonly SafetyRowLayout[];
}

const PAD = 8;

/**
 * Adverse-reaction dot plot geometry: one band per term ("All adverse reactions", then each SOC with its PTs
 * indented under it), x = incidence in % on a fixed 0–100 axis, and inside each band one sub-row per series
 * (trial · dose group) so series never overlap. Each sub-row holds a dot for all grades and one for grade ≥3
 * (slightly above and below the sub-row centre when both are shown), each with its Clopper–Pearson 95% whisker.
 * The term column is as wide as its measured text, up to 30% of the width (terms wrap to two lines beyond it); when
 * the plot would get too narrow (a phone) each term goes on its own line(s) above its band and the plot takes the
 * width. Sub-rows and bands grow with the type (slides), and every term given is drawn: a long list makes a taller
 * SVG, never a truncated one, so a slide can draw a subset of terms and read the height (see safetyLayoutHeight).
 * @example
 * const l = safetyLayout([{ id: 'pt:CRS', level: 'pt', label: 'Cytokine release syndrome', values: [{ all: { percent: 84.7, lower: 77.6, upper: 90.2 }, g3: null }] }], [{ id: 'MM-001:overall', label: 'MM-001 · Overall' }], 'all', { width: 960, type: chartType('screen') }, labels);
 * l.rows[0]!.marks[0]!.dots[0]!.x // x of 84.7% on the 0–100 axis
 */
export function safetyLayout(
	terms: readonly SafetyTermInput[],
	series: readonly SafetySeries[],
	grades: SafetyGradeView,
	size: ChartSize,
	labels: SafetyLabels
): SafetyLayout {
	const { width, type } = size;
	const { measure } = type;
	const many = series.length > 1;
	const mark = type.mark;
	const gap = Math.round(type.base * 0.9);
	const indent = Math.round(type.base * 1.2);
	const weightOf = (level: SafetyTermInput['level']) => (level === 'pt' ? 400 : level === 'soc' ? 600 : 700);
	const labelNeed = Math.max(
		0,
		maxOf(terms, (t) => (t.level === 'pt' ? indent : 0) + measure(t.label, type.base, weightOf(t.level)))
	);
	const labelColumn = Math.min(labelNeed, Math.round(width * 0.3));
	// right of the plot: half the "100" tick label, and the series numbers
	const tagGap = Math.round(type.small * 0.6);
	const tagWidth = many ? measure(String(series.length), type.small) : 0;
	const rightRoom = Math.max(measure('100', type.small) / 2, many ? tagGap + tagWidth : 0, 5 * mark);
	const columnsLeft = PAD + labelColumn + gap;
	const plotRight = width - PAD - rightRoom;
	const mode: SafetyLayout['mode'] =
		plotRight - columnsLeft >= Math.max(width * 0.45, 20 * type.base) ? 'columns' : 'stacked';
	const plotLeft = mode === 'columns' ? columnsLeft : PAD + Math.max(measure('0', type.small) / 2, 5 * mark);

	// legend: the grade symbols, then the series (numbered when there are several), from their measured widths
	const symbol = Math.round(12 * mark);
	const gradeKinds: ('all' | '3plus')[] = grades === 'both' ? ['all', '3plus'] : [grades];
	const legendBox = { left: PAD, right: width - PAD, size: type.base, measure, symbol };
	const gradeLegend = legendGrid(
		gradeKinds.map((g) => ({ key: g, text: g === 'all' ? labels.allGrades : labels.grade3 })),
		{ ...legendBox, top: PAD }
	);
	const seriesLegend = legendGrid(
		series.map((s, i) => ({ key: s.id, text: many ? `${i + 1}. ${s.label}` : s.label })),
		{ ...legendBox, top: gradeLegend.bottom + Math.round(type.base * 0.6) }
	);
	const legendSeries = seriesLegend.items.map((it, i) => ({ ...it, index: i + 1, color: seriesColor(i) }));

	const top = r2(seriesLegend.bottom + Math.round(type.base * 0.8) + tickRowHeight(type));
	const x = scaleLinear().domain([0, 100]).range([plotLeft, plotRight]);
	// a sub-row holds the dots (both grades: one above, one below the centre) and a line of small type
	const sub = r2(Math.max(type.small * 1.3, (grades === 'both' ? 16 : 12) * mark));
	const offset = grades === 'both' ? 3.5 * mark : 0;
	const seriesHeight = Math.max(1, series.length) * sub;
	const bandPad = r2(type.small * 0.5);
	const whisker = (p: SafetyPoint): [number, number] => [r2(x(p.lower)), r2(x(p.upper))];
	const grid: [number, number][] = [];
	let y = top;
	const rows = terms.map((t, i): SafetyRowLayout => {
		const weight = weightOf(t.level);
		const ind = t.level === 'pt' ? indent : 0;
		let text: TextBlock;
		let marksTop: number;
		let height: number;
		if (mode === 'columns') {
			text = textBlock(t.label, {
				x: PAD + ind,
				top: 0,
				size: type.base,
				weight,
				measure,
				maxWidth: labelColumn - ind,
				maxLines: 2
			});
			height = r2(Math.max(text.height, seriesHeight) + 2 * bandPad);
			text = centredOn(text, y + height / 2);
			marksTop = y + (height - seriesHeight) / 2;
		} else {
			text = textBlock(t.label, {
				x: PAD + ind,
				top: y + bandPad,
				size: type.base,
				weight,
				measure,
				maxWidth: width - 2 * PAD - ind,
				maxLines: 2
			});
			marksTop = blockBottom(text) + 2;
			height = r2(marksTop + seriesHeight + bandPad - y);
			grid.push([marksTop, marksTop + seriesHeight]);
		}
		const marks = series.map((s, j): SafetyMark => {
			const cy = r2(marksTop + (j + 0.5) * sub);
			const v = t.values[j] ?? null;
			const dots: SafetyDot[] = [];
			if (v && gradeKinds.includes('all') && v.all)
				dots.push({ grade: 'all', x: r2(x(v.all.percent)), y: r2(cy - offset), whisker: whisker(v.all) });
			if (v && gradeKinds.includes('3plus') && v.g3)
				dots.push({ grade: '3plus', x: r2(x(v.g3.percent)), y: r2(cy + offset), whisker: whisker(v.g3) });
			const note =
				v === null
					? centredOn(
							textBlock(labels.notPrinted, {
								x: plotLeft + 4,
								top: 0,
								size: type.small,
								measure,
								maxWidth: plotRight - plotLeft - 8,
								maxLines: 1
							}),
							cy
						)
					: null;
			const tag = many
				? centredOn(textBlock(String(j + 1), { x: plotRight + tagGap, top: 0, size: type.small, measure }), cy)
				: null;
			return { series: s.id, index: j + 1, color: seriesColor(j), y: cy, missing: v === null, note, tag, dots };
		});
		const row = { id: t.id, level: t.level, label: t.label, text, top: r2(y), height, shaded: i % 2 === 0, marks };
		y = r2(y + height);
		return row;
	});
	const plot = { left: r2(plotLeft), right: r2(plotRight), top, bottom: r2(y) };
	const axis = dotAxis({
		values: Array.from({ length: 11 }, (_, i) => i * 10),
		x: (v) => x(v),
		text: String,
		plot,
		grid: mode === 'columns' ? [[plot.top, plot.bottom]] : grid,
		type,
		title: labels.axis,
		width
	});
	return {
		width,
		height: Math.ceil(blockBottom(axis.title) + PAD),
		mode,
		plot,
		axis,
		markScale: mark,
		legend: { grades: gradeLegend.items, series: legendSeries, symbol },
		rows
	};
}

/**
 * How tall the adverse-reaction plot of these terms is at this size, in CSS px: for splitting a slide per trial or
 * per organ class until each part fits.
 * @example safetyLayoutHeight(terms, series, 'both', { width: 1808, type: chartType('slide') }, labels) <= 800
 */
export function safetyLayoutHeight(
	terms: readonly SafetyTermInput[],
	series: readonly SafetySeries[],
	grades: SafetyGradeView,
	size: ChartSize,
	labels: SafetyLabels
): number {
	return safetyLayout(terms, series, grades, size, labels).height;
}
