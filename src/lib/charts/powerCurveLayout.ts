import { line, scaleLinear } from 'd3';
import { blockBox, blocksCollide, type BlockBox } from './blockBox';
import { legendFlow } from './legendFlow';
import { r2 } from './pixel';
import { centredOn, textBlock, type TextBlock } from './textBlock';
import { labelsApart, type AxisTick } from './ticks';
import type { ChartSize } from './typography';
import { maxOf, minOf } from '../util/extremes';

/** Power of the one-sided one-sample binomial test at one n, exactly and by the normal approximation (0–1). */
export interface PowerCurvePoint {
	readonly n: number;
	readonly exact: number;
	readonly normal: number;
}

/** The words drawn on the chart, in the page's language. */
export interface PowerCurveLabels {
	readonly xAxis: string;
	readonly yAxis: string;
	readonly exact: string;
	readonly normal: string;
	readonly target: string;
	readonly printed: string;
	readonly current: string;
}

/** One legend entry: a line sample and its label. */
export interface PowerLegendEntry {
	readonly key: 'exact' | 'normal';
	readonly swatch: { readonly x1: number; readonly x2: number; readonly y: number };
	readonly label: TextBlock;
}

export interface PowerCurveLayout {
	readonly width: number;
	readonly height: number;
	readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
	readonly legend: readonly PowerLegendEntry[];
	readonly yTitle: TextBlock;
	readonly xTitle: TextBlock;
	readonly xTicks: readonly AxisTick[];
	readonly yTicks: readonly { value: number; y: number; label: TextBlock }[];
	readonly exactPath: string;
	readonly normalPath: string;
	/** the target power line and its label (null when off the axis) */
	readonly target: { readonly y: number; readonly label: TextBlock } | null;
	/** the printed n and the reader's n, each with its label (null when outside the curve) */
	readonly printed: { readonly n: number; readonly x: number; readonly label: TextBlock } | null;
	readonly current: {
		readonly n: number;
		readonly x: number;
		readonly exactY: number;
		readonly normalY: number;
		readonly label: TextBlock;
	} | null;
	/** marks grow with the type (slides) */
	readonly markScale: number;
}

/** Whether a polyline (x ascending) passes through the box, grown by `gap` px. */
function crosses(poly: readonly (readonly [number, number])[], b: BlockBox, gap = 2): boolean {
	const top = b.top - gap;
	const bottom = b.bottom + gap;
	// the line's height at the box's edges and at every vertex between them: between two samples it is straight
	const at = (x: number) => {
		const i = poly.findIndex((p) => p[0] >= x);
		if (i <= 0) return poly[Math.max(0, i)]?.[1] ?? Number.NaN;
		const [x0, y0] = poly[i - 1]!;
		const [x1, y1] = poly[i]!;
		return x1 === x0 ? y1 : y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
	};
	if (!poly.length || b.right < poly[0]![0] || b.left > poly.at(-1)![0]) return false;
	const ys = [
		at(Math.max(b.left - gap, poly[0]![0])),
		...poly.filter((p) => p[0] > b.left - gap && p[0] < b.right + gap).map((p) => p[1]),
		at(Math.min(b.right + gap, poly.at(-1)![0]))
	];
	return ys.some((y, i) => i > 0 && Math.max(y, ys[i - 1]!) >= top && Math.min(y, ys[i - 1]!) <= bottom);
}

/** What a label inside the plot should keep clear of: the two curves and the vertical line of the printed n. */
interface Obstacles {
	readonly curves: readonly (readonly (readonly [number, number])[])[];
	readonly verticals: readonly number[];
}

/**
 * The first candidate inside `area` that keeps clear of every placed label and of the curves and lines; else the
 * first inside that keeps clear of the labels; else the first inside; else the first.
 */
function place(
	candidates: readonly TextBlock[],
	placed: readonly TextBlock[],
	area: { left: number; right: number; top: number; bottom: number },
	obstacles: Obstacles
): TextBlock {
	const inside = candidates.filter((c) => {
		const b = blockBox(c);
		return b.left >= area.left && b.right <= area.right && b.top >= area.top && b.bottom <= area.bottom;
	});
	const apart = inside.filter((c) => placed.every((p) => !blocksCollide(c, p, 3)));
	const clear = (c: TextBlock) => {
		const b = blockBox(c);
		return (
			obstacles.curves.every((poly) => !crosses(poly, b)) &&
			obstacles.verticals.every((x) => x < b.left - 2 || x > b.right + 2)
		);
	};
	return apart.find(clear) ?? apart[0] ?? inside[0] ?? candidates[0]!;
}

/**
 * Exact vs normal-approximation power over n: x = n (linear), y = power from a floor of whole tenths below the
 * smallest value to 1, so the exact saw-tooth shows. Margins come from the measured tick labels; the legend flows
 * onto more lines when the entries do not fit side by side; the axis ticks are thinned until their labels keep apart;
 * the labels of the printed n, the reader's n and the target line each take the first of their places that stays
 * clear of the labels placed before them and, where one is, of the curves and the printed-n line. Pixels are r2-rounded.
 * @example powerCurveLayout(points, 0.9, 115, 115, { width: 640, type: chartType('screen') }, labels).printed!.x
 */
export function powerCurveLayout(
	points: readonly PowerCurvePoint[],
	target: number,
	printedN: number | null,
	currentN: number | null,
	size: ChartSize,
	labels: PowerCurveLabels
): PowerCurveLayout {
	const { width, type } = size;
	const { measure, small } = type;
	const pad = 8;
	const mark = type.mark;
	const ns = points.map((p) => p.n);
	const lo = ns.length ? minOf(ns) : 0;
	const hi = ns.length ? maxOf(ns) : 1;
	const minPower = points.length
		? Math.min(
				minOf(points, (p) => Math.min(p.exact, p.normal)),
				target
			)
		: 0;
	const floor = Math.max(0, Math.floor(minPower * 10) / 10);

	// legend: entries side by side from the left, a new line when the next one does not fit
	const swatchWidth = Math.round(24 * mark);
	const swatchGap = Math.round(type.base * 0.45);
	const entryGap = Math.round(type.base * 1.5);
	const flowed = legendFlow(
		[
			['exact', labels.exact],
			['normal', labels.normal]
		] as const,
		{ left: pad, right: width - pad, top: pad, gap: entryGap, lineGap: type.base * 0.5 },
		([, text]) => swatchWidth + swatchGap + measure(text, type.base),
		([key, text], lx, lineTop) => {
			const label = textBlock(text, {
				x: lx + swatchWidth + swatchGap,
				top: lineTop,
				size: type.base,
				measure,
				maxWidth: width - pad - lx - swatchWidth - swatchGap,
				maxLines: 2
			});
			return {
				item: { key, swatch: { x1: r2(lx), x2: r2(lx + swatchWidth), y: r2(lineTop + type.base * 0.5) }, label },
				width: swatchWidth + swatchGap + label.width,
				height: label.height
			};
		}
	);
	const legend: PowerLegendEntry[] = flowed.items;
	const legendBottom = flowed.bottom;

	// the y-axis title reads across, above the tick labels, rather than turned on its side
	const yTitle = textBlock(labels.yAxis, {
		x: pad,
		top: legendBottom + type.base * 0.6,
		size: small,
		measure,
		maxWidth: width - 2 * pad,
		maxLines: 1
	});
	const top = r2(blockBox(yTitle).bottom + small * 0.9);
	const plotHeight = Math.round(Math.max(180, Math.min(width * 0.35, 340 * mark)));
	const bottom = top + plotHeight;
	const y = scaleLinear().domain([floor, 1]).range([bottom, top]);
	const pct = (v: number) => String(Math.round(v * 100));
	// y ticks: 5 or fewer, as many as keep their labels 1.6 lines apart
	const yValues = [5, 4, 3, 2]
		.map((k) => y.ticks(k))
		.find((vs) => vs.length < 2 || (bottom - top) / (vs.length - 1) >= small * 1.6) ?? [floor, 1];
	const yLabelWidth = maxOf(yValues, (v) => measure(pct(v), small));
	const left = r2(pad + yLabelWidth + 6);
	const right = r2(width - pad - measure(String(hi), small) / 2 - 2);
	const x = scaleLinear()
		.domain([lo, hi === lo ? lo + 1 : hi])
		.range([left, right]);
	const yTicks = yValues.map((value) => ({
		value,
		y: r2(y(value)),
		label: centredOn(textBlock(pct(value), { x: left - 6, top: 0, size: small, measure, anchor: 'end' }), y(value))
	}));

	// x ticks: the most (up to 10) whose labels keep at least one em apart
	const tickTop = bottom + Math.ceil(small * 0.6) + 3;
	const xTicksFor = (count: number) =>
		x
			.ticks(count)
			.filter(Number.isInteger)
			.map((value) => ({
				value,
				x: r2(x(value)),
				label: textBlock(String(value), { x: x(value), top: tickTop, size: small, measure, anchor: 'middle' })
			}));
	const apart = (ts: ReturnType<typeof xTicksFor>) =>
		labelsApart(
			ts.map((t) => t.x),
			ts.map((t) => t.label.width),
			small
		);
	let xTicks = xTicksFor(2);
	for (let count = 10; count >= 2; count--) {
		const ts = xTicksFor(count);
		if (ts.length > 0 && apart(ts)) {
			xTicks = ts;
			break;
		}
	}
	if (xTicks.length === 0)
		xTicks = [lo].map((value) => ({
			value,
			x: r2(x(value)),
			label: textBlock(String(value), { x: x(value), top: tickTop, size: small, measure, anchor: 'middle' })
		}));
	const centre = (left + right) / 2;
	const xTitle = textBlock(labels.xAxis, {
		x: centre,
		top: tickTop + small * 1.1 + small * 0.5,
		size: small,
		measure,
		anchor: 'middle',
		maxWidth: 2 * Math.min(centre - pad, width - pad - centre),
		maxLines: 2
	});

	const path = (key: 'exact' | 'normal') =>
		line<PowerCurvePoint>()
			.x((p) => r2(x(p.n)))
			.y((p) => r2(y(p[key])))(points as PowerCurvePoint[]) ?? '';
	const inRange = (n: number | null): n is number => n !== null && n >= lo && n <= hi;
	const at = (n: number) => points.find((p) => p.n === n)!;

	// labels inside the plot, each at the first of its places that is clear of those placed before and of the curves
	const area = { left, right: width - pad, top, bottom };
	const placed: TextBlock[] = [];
	const polyline = (key: 'exact' | 'normal') => points.map((p) => [x(p.n), y(p[key])] as const);
	const curves = [polyline('exact'), polyline('normal')];
	const block = (text: string, bx: number, btop: number, anchor: 'start' | 'end') =>
		textBlock(text, { x: bx, top: btop, size: small, measure, anchor });
	const row = small * 1.5;
	let printed: PowerCurveLayout['printed'] = null;
	if (inRange(printedN)) {
		const px = x(printedN);
		const label = place(
			[0, 1, 2, 3].flatMap((k) => [
				block(labels.printed, px + 4, top + 3 + k * row, 'start'),
				block(labels.printed, px - 4, top + 3 + k * row, 'end')
			]),
			placed,
			area,
			{ curves, verticals: [] }
		);
		placed.push(label);
		printed = { n: printedN, x: r2(px), label };
	}
	const verticals = printed ? [printed.x] : [];
	let current: PowerCurveLayout['current'] = null;
	if (inRange(currentN)) {
		const cx = x(currentN);
		const gap = 6 * mark;
		const lowest = bottom - 4 - small * 1.1;
		const label = place(
			[0, 1, 2, 3].flatMap((k) => [
				block(labels.current, cx + gap, lowest - k * row, 'start'),
				block(labels.current, cx - gap, lowest - k * row, 'end')
			]),
			placed,
			area,
			{ curves, verticals: verticals.filter((v) => Math.abs(v - cx) > 0.5) }
		);
		placed.push(label);
		current = { n: currentN, x: r2(cx), exactY: r2(y(at(currentN).exact)), normalY: r2(y(at(currentN).normal)), label };
	}
	let targetLine: PowerCurveLayout['target'] = null;
	if (target >= floor && target <= 1) {
		const ty = y(target);
		const above = ty - 3 - small * 1.1;
		const below = ty + 3;
		// along the line from its right end to its left, above it and then below it
		const candidates = [
			right,
			left + (right - left) * 0.75,
			left + (right - left) * 0.5,
			left + (right - left) * 0.25
		].flatMap((ex) => [block(labels.target, ex, above, 'end'), block(labels.target, ex, below, 'end')]);
		candidates.push(block(labels.target, left + 4, above, 'start'), block(labels.target, left + 4, below, 'start'));
		const label = place(candidates, placed, area, { curves, verticals });
		placed.push(label);
		targetLine = { y: r2(ty), label };
	}

	return {
		width,
		height: Math.ceil(blockBox(xTitle).bottom + pad),
		plot: { left, right, top, bottom },
		legend,
		yTitle,
		xTitle,
		xTicks,
		yTicks,
		exactPath: path('exact'),
		normalPath: path('normal'),
		target: targetLine,
		printed,
		current,
		markScale: mark
	};
}
