import { scaleLinear } from 'd3';
import { r2 } from './pixel';

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

export interface IncidenceRowLayout {
	readonly id: string;
	readonly group: string;
	readonly label: string;
	readonly sublabel: string;
	readonly labelY: number;
	readonly sublabelY: number;
	/** centre line of the row */
	readonly y: number;
	readonly top: number;
	readonly height: number;
	readonly shaded: boolean;
	/** null: printed without a count, said in words at the axis start instead */
	readonly dot: { readonly x: number; readonly whisker: readonly [number, number]; readonly hollow: boolean } | null;
	readonly printed: string;
	readonly flagged: boolean;
	readonly tip: string;
}

export type IncidenceLegendKind = 'interval' | 'hollow' | 'flagged';

export interface IncidenceLayout {
	readonly width: number;
	readonly height: number;
	readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
	/** the axis runs from 0 to this (percent) */
	readonly axisEnd: number;
	readonly ticks: readonly { readonly value: number; readonly x: number; readonly text: string }[];
	readonly groups: readonly { readonly id: string; readonly label: string; readonly top: number; readonly labelY: number }[];
	readonly rows: readonly IncidenceRowLayout[];
	/** the legend entries the drawing needs, one a line: a dot with its interval, a hollow dot, the † of a flagged denominator */
	readonly legend: readonly { readonly kind: IncidenceLegendKind; readonly y: number }[];
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
export const groupsAxisEnd = (groups: readonly IncidenceGroupInput[]): number => axisEnd(groups.flatMap((g) => g.items.flatMap((i) => (i.point ? [i.point.upper, i.point.percent] : []))));

const LABEL_WIDTH = 430;
const LABEL_FONT = 12;
const SUBLABEL_FONT = 10.5;
const ROW = 32;
const GROUP = 26;

/** Roughly how wide a text is drawn: full-width (CJK) characters 1 em, others 0.58 em. */
export function textWidth(text: string, fontSize: number): number {
	let w = 0;
	for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? fontSize : 0.58 * fontSize;
	return w;
}

/** The text cut with "…" so that it fits in `width` pixels (the full text is in the hover and the table). */
export function fitText(text: string, width: number, fontSize: number): string {
	if (textWidth(text, fontSize) <= width) return text;
	const chars = [...text];
	while (chars.length > 0 && textWidth(`${chars.join('')}…`, fontSize) > width) chars.pop();
	return `${chars.join('').trimEnd()}…`;
}

/**
 * Incidence dot plot geometry: a header band per indication, then one row per printed figure (two label lines: the
 * event, and the study · arm · phase), x = incidence in % on a linear axis from 0 to `axisEnd` (see AXIS_ENDS), a dot
 * at count/denominator with its Clopper–Pearson 95% whisker. A figure printed without its count gets no dot: the row
 * says so in words. Every figure given is drawn; a long list makes a taller SVG. Pixels are rounded with r2.
 * @example
 * const l = incidenceLayout([{ id: 'nhl', label: 'NHL (1)', items: [{ id: 'a1', label: 'Hepatitis B', sublabel: '01NHL001', printed: '0.2', point: { percent: 0.2018, lower: 0.0872, upper: 0.3973 }, hollow: false, flagged: false, tip: '' }] }]);
 * l.axisEnd // 0.5
 */
export function incidenceLayout(groups: readonly IncidenceGroupInput[], width = 960): IncidenceLayout {
	const items = groups.flatMap((g) => g.items);
	const end = groupsAxisEnd(groups);
	const step = AXIS_ENDS.find((a) => a.end === end)!.step;
	const plotLeft = LABEL_WIDTH + 16;
	const plotRight = width - 24;
	const kinds: IncidenceLegendKind[] = ['interval'];
	if (items.some((i) => i.hollow && i.point)) kinds.push('hollow');
	if (items.some((i) => i.flagged)) kinds.push('flagged');
	const legend = kinds.map((kind, i) => ({ kind, y: 18 + i * 18 }));
	const top = 18 + kinds.length * 18 + 16;
	const x = scaleLinear().domain([0, end]).range([plotLeft, plotRight]);
	const outGroups: IncidenceLayout['groups'][number][] = [];
	const rows: IncidenceRowLayout[] = [];
	let y = top;
	for (const g of groups) {
		outGroups.push({ id: g.id, label: fitText(g.label, width - 16, 13), top: r2(y), labelY: r2(y + GROUP / 2 + 5) });
		y += GROUP;
		for (const item of g.items) {
			const p = item.point;
			const centre = y + ROW / 2;
			rows.push({
				id: item.id,
				group: g.id,
				label: fitText(`${item.flagged ? '† ' : ''}${item.label}`, LABEL_WIDTH - 8, LABEL_FONT),
				sublabel: fitText(item.sublabel, LABEL_WIDTH - 8, SUBLABEL_FONT),
				labelY: r2(centre - 2),
				sublabelY: r2(centre + 11),
				y: r2(centre),
				top: r2(y),
				height: ROW,
				shaded: rows.length % 2 === 0,
				dot: p ? { x: r2(x(p.percent)), whisker: [r2(x(p.lower)), r2(x(p.upper))], hollow: item.hollow } : null,
				printed: item.printed,
				flagged: item.flagged,
				tip: item.tip
			});
			y += ROW;
		}
	}
	const count = Math.round(end / step);
	const decimals = step < 1 ? 1 : 0;
	const ticks = Array.from({ length: count + 1 }, (_, i) => {
		const value = Math.round(i * step * 1e6) / 1e6;
		return { value, x: r2(x(value)), text: value.toFixed(decimals) };
	});
	return {
		width,
		height: r2(y + 48),
		plot: { left: plotLeft, right: plotRight, top, bottom: r2(y) },
		axisEnd: end,
		ticks,
		groups: outGroups,
		rows,
		legend
	};
}
