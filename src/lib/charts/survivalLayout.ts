import { area, curveStepAfter, line, scaleLinear } from 'd3';
import { blockBox } from './blockBox';
import { r2 } from './pixel';
import { centredOn, textBlock, type TextBlock } from './textBlock';
import { dodge, fitText } from './textMetrics';
import type { AxisTick } from './ticks';
import { chartType, type ChartType } from './typography';
import { maxOf } from '../util/extremes';

/** One arm as the survival chart needs it: KM steps with their pointwise interval, censor times, median, band. */
export interface SurvivalArm {
	readonly id: string;
	readonly label: string;
	/** S(t) right after each event time, with its pointwise interval (NaN where undefined) */
	readonly steps: readonly { time: number; surv: number; lower: number; upper: number }[];
	readonly censors: readonly number[];
	/** NaN when not reached */
	readonly median: number;
	/** envelope of the curve across plausible reconstruction assumptions */
	readonly band: readonly { time: number; lower: number; upper: number }[];
	/** numbers at risk at the table's times: printed (NaN when nothing is printed) and reconstructed */
	readonly atRisk: readonly { time: number; printed: number; rebuilt: number }[];
}

/** The words the layout places (in the page's language). */
export interface SurvivalLayoutLabels {
	readonly xAxis: string;
	readonly yAxis: string;
	/** heading of the numbers-at-risk table */
	readonly atRisk: string;
	/** row labels of the at-risk table */
	readonly printed: string;
	readonly rebuilt: string;
	/** "median", before the median's value */
	readonly median: string;
}

export interface SurvivalLayoutInput {
	/** `displayLabel` (the page's language) names the arm where given, else `label` */
	readonly arms: readonly (SurvivalArm & { readonly displayLabel?: string })[];
	readonly width: number;
	readonly xMax: number;
	readonly xStep: number;
	/** type scale and text measure; screen type measured by the environment's measure by default */
	readonly type?: ChartType;
	readonly labels?: SurvivalLayoutLabels;
}

export interface SurvivalLayout {
	readonly width: number;
	readonly height: number;
	readonly type: ChartType;
	readonly plot: { left: number; top: number; right: number; bottom: number };
	/** thinned so that neither their labels nor the at-risk numbers under them touch */
	readonly xTicks: readonly AxisTick[];
	readonly yTicks: readonly { value: number; y: number; label: TextBlock }[];
	readonly xTitle: TextBlock;
	/** drawn rotated by −90° about the origin: its x runs up the page (−y), its y across (x) */
	readonly yTitle: TextBlock;
	readonly arms: readonly {
		id: string;
		line: string;
		ci: string;
		band: string;
		censors: readonly { x: number; y: number }[];
		median: { x: number; y: number } | null;
		/** "median 13.3", moved up a row when it would touch another arm's */
		medianLabel: TextBlock | null;
		/** the arm's name at the right end of its curve, moved apart from the others' */
		directLabel: TextBlock;
		/** where the curve ends on the plot (the direct label's anchor) */
		end: { x: number; y: number };
	}[];
	/** "Number at risk" */
	readonly atRiskHeading: TextBlock;
	/** one heading a arm (its name in its colour, full width) with a short line in the arm's style before it */
	readonly armHeadings: readonly { arm: number; label: TextBlock; swatch: { x1: number; x2: number; y: number } }[];
	/** rows of the at-risk table, under the plot, on the same x-scale and at the same times as the x ticks */
	readonly table: readonly {
		id: string;
		arm: number;
		kind: 'printed' | 'rebuilt';
		/** "printed" / "rebuilt" in the left margin; null when the data print nothing (one row a arm) */
		label: TextBlock | null;
		/** baseline of the row */
		y: number;
		cells: readonly { x: number; printed: number; rebuilt: number; value: TextBlock }[];
	}[];
	readonly xAt: (px: number) => number;
	readonly xOf: (t: number) => number;
	readonly yOf: (s: number) => number;
}

const DEFAULT_LABELS: SurvivalLayoutLabels = {
	xAxis: 'Time',
	yAxis: 'Survival probability',
	atRisk: 'Number at risk',
	printed: 'printed',
	rebuilt: 'rebuilt',
	median: 'median'
};

/** Path strings with 2 decimals: the same data always gives the same SVG. */
const tidy = (d: string | null) => (d ?? '').replace(/-?\d+\.\d+/g, (m) => String(r2(Number(m))));

/**
 * S(t) of a step list at t (1 before the first step).
 * @example stepValue([{ time: 2, surv: 0.8 }], 3, (s) => s.surv) // 0.8
 */
export function stepValue<T extends { time: number }>(
	steps: readonly T[],
	t: number,
	pick: (s: T) => number,
	start = 1
): number {
	let v = start;
	for (const s of steps) {
		if (s.time > t) break;
		v = pick(s);
	}
	return v;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const atRiskText = (n: number) => (Number.isFinite(n) ? String(n) : '–');

/**
 * Geometry of the Kaplan–Meier chart and its numbers-at-risk table, which share one x-scale (KMunicate / survminer
 * conventions). Every text is placed from its measured width: y tick labels and the rotated y title set the left
 * margin, the arms' direct labels the right one (capped at 28% of the width, wrapping to two lines); direct labels and
 * median labels move apart so that they never touch; x ticks and at-risk columns are thinned together.
 * @example survivalLayout({ arms, width: 800, xMax: 33, xStep: 3 }).arms[0].line // an SVG path
 */
export function survivalLayout(input: SurvivalLayoutInput): SurvivalLayout {
	const { width } = input;
	const type = input.type ?? chartType('screen');
	const labels = input.labels ?? DEFAULT_LABELS;
	const { measure } = type;
	const xMax = input.xMax > 0 ? input.xMax : 1;
	const xStep = input.xStep > 0 ? input.xStep : xMax / 5;
	const pad = 8;
	const gap = Math.round(type.small * 0.5);
	const names = input.arms.map((a) => a.displayLabel ?? a.label);
	// patient-level data print no numbers at risk (NaN): one row per arm, the counted one
	const withPrinted = input.arms.some((a) => a.atRisk.some((c) => Number.isFinite(c.printed)));
	const kinds: ('printed' | 'rebuilt')[] = withPrinted ? ['printed', 'rebuilt'] : ['rebuilt'];

	// vertical: the plot's height follows the width (a square-ish plot on a phone, a wide one on a page or a slide)
	const top = Math.ceil(type.small * 0.6) + 4;
	const plotHeight = Math.round(clamp(width * 0.42, 200, type.medium === 'slide' ? 440 : 340));
	const bottom = top + plotHeight;

	// left margin: the rotated y title, then the tick labels; and room for the at-risk row labels beside the numbers
	const yTickValues = [0, 0.25, 0.5, 0.75, 1];
	const tickWidth = maxOf(yTickValues, (v) => measure(v.toFixed(2), type.small));
	const yTitle0 = textBlock(labels.yAxis, {
		x: 0,
		top: pad,
		size: type.base,
		measure,
		maxWidth: plotHeight,
		maxLines: 2,
		anchor: 'middle'
	});
	const cellTexts = input.arms.flatMap((a) =>
		a.atRisk
			.filter((c) => c.time <= xMax + 1e-9)
			.flatMap((c) => kinds.map((k) => atRiskText(k === 'printed' ? c.printed : c.rebuilt)))
	);
	const cellWidth = Math.max(
		measure('0', type.small),
		maxOf(cellTexts, (s) => measure(s, type.small))
	);
	const rowLabelWidth = withPrinted
		? Math.min(width * 0.22, Math.max(measure(labels.printed, type.small), measure(labels.rebuilt, type.small)))
		: 0;
	const left = Math.ceil(
		Math.max(
			pad + yTitle0.height + gap + tickWidth + gap,
			pad + rowLabelWidth + gap + cellWidth / 2,
			pad + cellWidth / 2
		)
	);

	// right margin: the direct labels of the arms at the curves' ends (large type, wrapped beyond 28% of the width)
	const labelGap = Math.round(type.large * 0.5);
	const labelMax = Math.max(40, Math.floor(width * 0.28) - labelGap - pad);
	const direct0 = names.map((n) =>
		textBlock(n, { x: 0, top: 0, size: type.large, weight: 600, measure, maxWidth: labelMax, maxLines: 2 })
	);
	const directWidth = Math.max(
		0,
		maxOf(direct0, (b) => b.width)
	);
	const right = width - Math.ceil(Math.max(pad + cellWidth / 2, pad + directWidth + labelGap));

	const x = scaleLinear().domain([0, xMax]).range([left, right]);
	const y = scaleLinear().domain([0, 1]).range([bottom, top]);

	// x ticks and at-risk columns, thinned together: every k-th step so that neither labels nor numbers touch
	const candidates: number[] = [];
	for (let k = 0; k * xStep <= xMax + 1e-9; k++) candidates.push(r2(k * xStep));
	// the widest labels are among the longest (a fine step on a long axis gives thousands of candidates)
	const longest = candidates
		.map(String)
		.sort((a, b) => b.length - a.length)
		.slice(0, 40);
	const tickLabelWidth = maxOf(longest, (v) => measure(v, type.small));
	const need = Math.max(tickLabelWidth, cellWidth) + Math.max(8, type.small * 0.6);
	const perStep = x(xStep) - x(0);
	const every = Math.max(1, Math.ceil(need / perStep - 1e-9));
	const tickTimes = candidates.filter((_, k) => k % every === 0);
	const tickTop = bottom + 4;
	const xTicks = tickTimes.map((v) => ({
		value: v,
		x: r2(x(v)),
		label: textBlock(String(v), { x: x(v), top: tickTop, size: type.small, measure, anchor: 'middle' })
	}));
	const yTicks = yTickValues.map((v) => ({
		value: v,
		y: r2(y(v)),
		label: centredOn(textBlock(v.toFixed(2), { x: left - gap, top: 0, size: type.small, measure, anchor: 'end' }), y(v))
	}));
	// at-risk times on the tick grid are shown where a tick is kept; off the grid, thinned on their own by spacing
	const onTicks = (time: number) => tickTimes.some((v) => Math.abs(v - time) < 1e-6);
	const onGrid = input.arms.every((a) =>
		a.atRisk.every((c) => Math.abs(c.time / xStep - Math.round(c.time / xStep)) < 1e-6)
	);
	const offGridTimes: number[] = [];
	if (!onGrid) {
		const all = [...new Set(input.arms.flatMap((a) => a.atRisk.map((c) => c.time)))]
			.filter((t) => t <= xMax + 1e-9)
			.sort((a, b) => a - b);
		for (const t of all) if (offGridTimes.length === 0 || x(t) - x(offGridTimes.at(-1)!) >= need) offGridTimes.push(t);
	}
	const shownColumn = (time: number) => (onGrid ? onTicks(time) : offGridTimes.includes(time));

	const tickBottom = tickTop + type.small * 1.1;
	const xTitle0 = textBlock(labels.xAxis, {
		x: 0,
		top: tickBottom + 4,
		size: type.base,
		measure,
		maxWidth: width - 2 * pad,
		maxLines: 2,
		anchor: 'middle'
	});
	const xTitle = {
		...xTitle0,
		x: r2(clamp((left + right) / 2, pad + xTitle0.width / 2, width - pad - xTitle0.width / 2))
	};
	// rotated −90°: the block's x is minus the screen y of its centre, its top the screen x of its left edge
	const yTitle = { ...yTitle0, x: r2(-(top + bottom) / 2) };

	// a step curve starts at (0, 1) and is carried to the last time
	const arms0 = input.arms.map((arm) => {
		const pts = [{ time: 0, surv: 1, lower: 1, upper: 1 }, ...arm.steps];
		const last = Math.max(arm.steps.at(-1)?.time ?? 0, arm.censors.at(-1) ?? 0);
		const endTime = Math.min(last, xMax);
		const carried = [...pts, { ...pts.at(-1)!, time: endTime }];
		const finite = carried.filter((p) => Number.isFinite(p.lower) && Number.isFinite(p.upper));
		const stepLine = line<{ time: number; surv: number }>()
			.x((p) => x(Math.min(p.time, xMax)))
			.y((p) => y(p.surv))
			.curve(curveStepAfter);
		const ciArea = area<{ time: number; lower: number; upper: number }>()
			.x((p) => x(Math.min(p.time, xMax)))
			.y0((p) => y(p.lower))
			.y1((p) => y(p.upper))
			.curve(curveStepAfter);
		const bandArea = area<{ time: number; lower: number; upper: number }>()
			.x((p) => x(Math.min(p.time, xMax)))
			.y0((p) => y(p.lower))
			.y1((p) => y(p.upper));
		return {
			id: arm.id,
			line: tidy(stepLine(carried)),
			ci: tidy(ciArea(finite)),
			band: tidy(bandArea([...arm.band].filter((b) => b.time <= xMax))),
			censors: arm.censors
				.filter((t) => t <= xMax)
				.map((t) => ({ x: r2(x(t)), y: r2(y(stepValue(arm.steps, t, (s) => s.surv))) })),
			median: Number.isFinite(arm.median) && arm.median <= xMax ? { x: r2(x(arm.median)), y: r2(y(0.5)) } : null,
			end: { x: r2(x(endTime)), y: r2(y(stepValue(arm.steps, endTime, (s) => s.surv))) }
		};
	});

	// direct labels: centred on the curves' ends, moved apart (1-D dodge) and kept beside the plot
	const directStep =
		Math.max(
			0,
			maxOf(direct0, (b) => b.height)
		) + 2;
	const halfTall =
		Math.max(
			0,
			maxOf(direct0, (b) => b.height)
		) / 2;
	const directY = dodge(
		arms0.map((a) => a.end.y),
		directStep,
		top + halfTall - type.small * 0.6,
		bottom - halfTall
	);
	// median labels: on the plot's floor beside their drop lines, on a side where no curve runs through them; one that
	// would touch another label or a curve there goes up a row (below the ½ line)
	const medianRows: { left: number; right: number }[][] = [];
	const medianRowHeight = type.base * 1.25;
	const crossesCurve = (l: number, r: number, boxTop: number, boxBottom: number) =>
		input.arms.some((a) => {
			// S falls with t: the curve spans [S(right end), S(left end)] over the label
			const high = y(stepValue(a.steps, x.invert(l), (p) => p.surv));
			const low = y(stepValue(a.steps, x.invert(r), (p) => p.surv));
			return !(low < boxTop - 2 || high > boxBottom + 2);
		});
	const medianLabels = input.arms.map((arm, i) => {
		const m = arms0[i]!.median;
		if (!m) return null;
		const text = `${labels.median} ${arm.median.toFixed(1)}`;
		const w = measure(text, type.base);
		const sides = [
			{ anchor: 'start' as const, x: m.x + 4, left: m.x + 4, right: m.x + 4 + w },
			{ anchor: 'end' as const, x: m.x - 4, left: m.x - 4 - w, right: m.x - 4 }
		].filter((c) => c.left >= left && c.right <= right);
		if (sides.length === 0) sides.push({ anchor: 'start', x: left, left, right: left + w });
		const free = (row: number, c: (typeof sides)[number]) =>
			(medianRows[row] ?? []).every((o) => c.right + gap <= o.left || c.left >= o.right + gap);
		const baselineOf = (row: number) => bottom - 5 - row * medianRowHeight;
		let pick: { row: number; side: (typeof sides)[number] } | null = null;
		// rows up to the ½ line, where the drop lines start
		const rows = Math.max(
			medianRows.length + 1,
			Math.floor((bottom - 5 - type.base * 0.8 - y(0.5) - 2) / medianRowHeight) + 1
		);
		for (let row = 0; row < rows && !pick; row++) {
			for (const side of sides) {
				const base = baselineOf(row);
				if (free(row, side) && !crossesCurve(side.left, side.right, base - type.base * 0.8, base + type.base * 0.2)) {
					pick = { row, side };
					break;
				}
			}
		}
		// every place is crossed by a curve: the lowest row free of other labels
		if (!pick) {
			let row = 0;
			while (!free(row, sides[0]!)) row++;
			pick = { row, side: sides[0]! };
		}
		(medianRows[pick.row] ??= []).push(pick.side);
		const baseline = baselineOf(pick.row);
		return textBlock(text, {
			x: pick.side.x,
			top: baseline - type.base * 0.8,
			size: type.base,
			measure,
			anchor: pick.side.anchor
		});
	});
	const arms = arms0.map((a, i) => ({
		...a,
		medianLabel: medianLabels[i]!,
		directLabel: centredOn({ ...direct0[i]!, x: r2(right + labelGap) }, directY[i]!)
	}));

	// the numbers-at-risk table: a heading, then per arm its name (full width) and its rows, labels in the left margin
	const atRiskHeading = textBlock(labels.atRisk, {
		x: pad,
		top: blockBox(xTitle).bottom + type.small,
		size: type.base,
		weight: 600,
		measure,
		maxWidth: width - 2 * pad,
		maxLines: 2
	});
	let cursor = blockBox(atRiskHeading).bottom + 2;
	const rowHeight = r2(type.small * 1.45);
	const swatchLength = Math.round(18 * type.mark);
	const armHeadings: SurvivalLayout['armHeadings'][number][] = [];
	const table: SurvivalLayout['table'][number][] = [];
	input.arms.forEach((arm, i) => {
		const label = textBlock(names[i]!, {
			x: pad + swatchLength + 6,
			top: cursor + 4,
			size: type.small,
			weight: 600,
			measure,
			maxWidth: width - 2 * pad - swatchLength - 6,
			maxLines: 2
		});
		const firstMiddle = label.y - type.small * 0.3;
		armHeadings.push({ arm: i, label, swatch: { x1: pad, x2: pad + swatchLength, y: r2(firstMiddle) } });
		cursor = blockBox(label).bottom;
		for (const kind of kinds) {
			const baseline = r2(cursor + rowHeight - type.small * 0.3);
			const name = kind === 'printed' ? labels.printed : labels.rebuilt;
			const fitted = fitText(name, rowLabelWidth, type.small, measure);
			const rowLabel = withPrinted
				? {
						...textBlock(fitted, {
							x: left - cellWidth / 2 - gap,
							top: baseline - type.small * 0.8,
							size: type.small,
							measure,
							anchor: 'end'
						}),
						full: fitted === name ? null : name
					}
				: null;
			table.push({
				id: `${arm.id}-${kind}`,
				arm: i,
				kind,
				label: rowLabel,
				y: baseline,
				cells: arm.atRisk
					.filter((c) => c.time <= xMax + 1e-9 && shownColumn(c.time))
					.map((c) => ({
						x: r2(x(c.time)),
						printed: c.printed,
						rebuilt: c.rebuilt,
						value: textBlock(atRiskText(kind === 'printed' ? c.printed : c.rebuilt), {
							x: x(c.time),
							top: baseline - type.small * 0.8,
							size: type.small,
							measure,
							anchor: 'middle'
						})
					}))
			});
			cursor += rowHeight;
		}
		cursor += type.small * 0.4;
	});
	return {
		width,
		height: Math.ceil(cursor + pad),
		type,
		plot: { left, top, right, bottom },
		xTicks,
		yTicks,
		xTitle,
		yTitle,
		arms,
		atRiskHeading,
		armHeadings,
		table,
		xAt: (px: number) => Math.min(xMax, Math.max(0, x.invert(px))),
		xOf: (t: number) => x(t),
		yOf: (s: number) => y(s)
	};
}

/** One arm's line of the crosshair readout: its name, "S(t) [lower, upper]", and its text colour. */
export interface ReadoutArm {
	readonly label: string;
	readonly value: string;
	readonly ink: string;
}

export interface ReadoutLayout {
	/** the white box */
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
	readonly blocks: readonly { block: TextBlock; fill: string | null }[];
}

/**
 * The crosshair's readout at time `t`: a box beside the vertical line (to its right, or to its left near the right
 * edge), in the upper half of the plot when the curves are low there and in the lower half otherwise, holding
 * "t = 12.0" and one line a arm (name and value on two lines when one does not fit).
 * @example crosshairReadout(layout, 12, [{ label: 'ide-cel', value: '0.570 [0.507, 0.641]', ink: '#000' }], 0.57).x
 */
export function crosshairReadout(
	L: SurvivalLayout,
	t: number,
	arms: readonly ReadoutArm[],
	meanSurvival: number
): ReadoutLayout {
	const { type, plot, width } = L;
	const { measure } = type;
	const pad = 8;
	const inner = Math.round(type.small * 0.5);
	const lineX = L.xOf(t);
	const maxText = Math.max(60, Math.min(width - 2 * pad, Math.max(plot.right - plot.left, width * 0.5)) - 2 * inner);
	const raw: { text: string; weight: number; fill: string | null }[] = [
		{ text: `t = ${t.toFixed(1)}`, weight: 600, fill: null }
	];
	for (const a of arms) {
		const one = `${a.label}: ${a.value}`;
		if (measure(one, type.small) <= maxText) raw.push({ text: one, weight: 400, fill: a.ink });
		else
			raw.push(
				{ text: fitText(`${a.label}:`, maxText, type.small, measure), weight: 600, fill: a.ink },
				{ text: a.value, weight: 400, fill: a.ink }
			);
	}
	const lineHeight = type.small * 1.3;
	const boxWidth = Math.ceil(maxOf(raw, (r) => measure(r.text, type.small, r.weight)) + 2 * inner);
	const boxHeight = Math.ceil(raw.length * lineHeight + inner);
	const gap = 8;
	let bx = lineX + gap;
	if (bx + boxWidth > plot.right) bx = lineX - gap - boxWidth;
	bx = clamp(bx, pad, width - pad - boxWidth);
	const by = meanSurvival > 0.5 ? plot.bottom - boxHeight - 4 : plot.top + 4;
	const blocks = raw.map((r, i) => ({
		block: textBlock(r.text, {
			x: bx + inner,
			top: by + inner / 2 + i * lineHeight + (lineHeight - type.small * 1.1) / 2,
			size: type.small,
			weight: r.weight,
			measure
		}),
		fill: r.fill
	}));
	return { x: r2(bx), y: r2(by), width: boxWidth, height: boxHeight, blocks };
}
