import { scaleLinear } from 'd3';
import { blockBox, blocksCollide } from './blockBox';
import { r2 } from './pixel';
import { centredOn, textBlock, type TextBlock } from './textBlock';
import { labelStep, type AxisTick } from './ticks';
import type { ChartSize } from './typography';
import { maxOf } from '../util/extremes';

/**
 * One lane of the treatment timeline. Days are relative to the infusion (day 0).
 * - unscaled: a phase whose day and length the document does not print (drawn left of the day axis, no length)
 * - span: a phase starting at `from` and lasting `days`
 * - point: one day (the infusion)
 * - window: a median with its range (onset of CRS or neurologic events); a range beyond the axis is cut with an arrow
 */
export type TimelineLaneInput =
	| { readonly id: string; readonly label: string; readonly kind: 'unscaled'; readonly note: string }
	| {
			readonly id: string;
			readonly label: string;
			readonly kind: 'span';
			readonly from: number;
			readonly days: number;
			readonly note: string;
	  }
	| { readonly id: string; readonly label: string; readonly kind: 'point'; readonly day: number; readonly note: string }
	| {
			readonly id: string;
			readonly label: string;
			readonly kind: 'window';
			readonly median: number;
			readonly lower: number;
			readonly upper: number;
			readonly note: string;
			readonly group: string;
	  };

/** The words drawn on the chart besides the lanes, in the page's language. */
export interface TreatmentTimelineLabels {
	/** heading of the zone of phases without printed days */
	readonly unscaled: string;
	/** the mark of day 0 */
	readonly infusion: string;
	readonly axis: string;
}

export interface TimelineLane {
	readonly id: string;
	readonly kind: TimelineLaneInput['kind'];
	readonly group: string;
	/** the lane's name, beside the lane (wide) or above it (narrow) */
	readonly label: TextBlock;
	/** "label: note" as given, for the hover tip */
	readonly tip: string;
	/** centre line of the mark */
	readonly y: number;
	/** mark extent: [x1, x2] (equal for a point); for a window the range */
	readonly x1: number;
	readonly x2: number;
	/** median of a window, else null */
	readonly xm: number | null;
	/** the window's upper end lies beyond the day axis */
	readonly clipped: boolean;
	/** the note right of the mark, or under it when it does not fit there; null for an unscaled phase (its zone says
	 * that no day is printed; the note is in the tip) */
	readonly note: TextBlock | null;
}

export interface TimelineLayout {
	readonly width: number;
	readonly height: number;
	/** labels left of the lanes (wide) or on their own line above each lane (narrow) */
	readonly mode: 'columns' | 'stacked';
	readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
	/** the zone left of the day axis where unscaled phases sit, with its heading (null when no phase is unscaled) */
	readonly unscaled: {
		readonly left: number;
		readonly right: number;
		readonly top: number;
		readonly heading: TextBlock;
	} | null;
	readonly ticks: readonly AxisTick[];
	readonly zeroX: number;
	/** the label of day 0 above the plot */
	readonly infusion: TextBlock;
	readonly axisTitle: TextBlock;
	/** half the height of a bar or an unscaled box; marks grow with the type on slides */
	readonly markHalf: number;
	readonly markScale: number;
	readonly lanes: readonly TimelineLane[];
}

const PAD = 8;

/**
 * Treatment timeline geometry: one lane per phase or onset window, top to bottom, on a linear day axis
 * (`domain`, days from the infusion) with an unscaled zone on its left for phases without printed days. A window
 * whose printed range ends beyond the axis is cut at the axis end (`clipped`), so a 720-day range does not squash
 * the first weeks; the printed numbers stay in the note. The label column is as wide as its measured labels (capped
 * at 28% of the width); room is kept right of the axis for the notes (up to 25% of the width); a note that does not
 * fit right of its mark on one or two lines goes under the mark. When the day axis would get narrower than 35% of the
 * width (a phone), each label goes on its own line above its lane and the axis takes the width. Day labels are every
 * 5 days, or every 10 when they would touch. Pixels are rounded with r2.
 * @example
 * const l = treatmentTimelineLayout([{ id: 'ld', label: 'Lymphodepletion', kind: 'span', from: -5, days: 3, note: '' }], { width: 960, type: chartType('screen') }, labels);
 * l.lanes[0]!.x1 // x of day −5
 */
export function treatmentTimelineLayout(
	lanes: readonly TimelineLaneInput[],
	size: ChartSize,
	labels: TreatmentTimelineLabels,
	domain: readonly [number, number] = [-6, 21]
): TimelineLayout {
	const { width, type } = size;
	const { measure, base, small } = type;
	const mark = type.mark;
	const gap = Math.round(base * 0.9);
	const unscaledIds = lanes.filter((l) => l.kind === 'unscaled').map((l) => l.id);
	const hasUnscaled = unscaledIds.length > 0;
	// the zone holds its heading on up to two lines and a box of at least 2.5 em per phase
	const headingWords = labels.unscaled.split(/\s+/).map((w) => measure(w, small));
	const zoneWanted = Math.max(
		measure(labels.unscaled, small) + 12,
		Math.max(0, maxOf(headingWords)) + 12,
		unscaledIds.length * 2.5 * base
	);
	const breakGap = hasUnscaled ? Math.round(base * 1.6) : 0;
	const arrow = 8 * mark;
	const noteOffset = (l: TimelineLaneInput) =>
		l.kind === 'window' && l.upper > domain[1] ? arrow + 6 : l.kind === 'point' ? 10 * mark : 8;
	const notes = lanes.filter((l) => l.kind !== 'unscaled' && l.note);
	const noteRoom = Math.min(
		Math.max(
			0,
			maxOf(notes, (l) => measure(l.note, small) + noteOffset(l))
		) + PAD,
		width * 0.25
	);
	const labelWidth = Math.min(
		Math.max(
			0,
			maxOf(lanes, (l) => measure(l.label, base))
		),
		width * 0.28
	);
	const zoneColumns = hasUnscaled ? Math.min(zoneWanted, width * 0.16) : 0;
	const columnsPlot = width - 2 * PAD - labelWidth - gap - zoneColumns - breakGap - noteRoom;
	const mode: TimelineLayout['mode'] = columnsPlot >= width * 0.35 ? 'columns' : 'stacked';
	const zoneWidth = mode === 'columns' ? zoneColumns : hasUnscaled ? Math.min(zoneWanted, width * 0.3) : 0;
	const zoneLeft = mode === 'columns' ? PAD + labelWidth + gap : PAD;
	const zoneRight = zoneLeft + zoneWidth;
	const plotLeft = r2(zoneRight + breakGap);
	const plotRight = r2(mode === 'columns' ? width - PAD - noteRoom : width - PAD - arrow - 2);
	const x = scaleLinear().domain(domain).range([plotLeft, plotRight]);
	const xc = (d: number) => r2(x(Math.max(domain[0], Math.min(domain[1], d))));
	const zeroX = r2(x(0));

	// heading row: the unscaled zone's heading and the infusion mark's label, the latter a line lower if they meet
	const headingTop = PAD;
	const heading = textBlock(labels.unscaled, {
		x: (zoneLeft + zoneRight) / 2,
		top: headingTop,
		size: small,
		measure,
		anchor: 'middle',
		maxWidth: Math.max(1, zoneWidth - 8),
		maxLines: 2
	});
	let infusion = textBlock(labels.infusion, {
		x: zeroX,
		top: headingTop,
		size: small,
		measure,
		anchor: 'middle',
		maxWidth: 2 * Math.min(zeroX - PAD, width - PAD - zeroX),
		maxLines: 1
	});
	if (hasUnscaled && blocksCollide(heading, infusion, small * 0.5))
		infusion = { ...infusion, y: r2(heading.y + heading.height + small * 0.4) };
	const headingBottom = Math.max(hasUnscaled ? blockBox(heading).bottom : headingTop, blockBox(infusion).bottom);
	const plotTop = r2(headingBottom + small * 0.5);

	const markHalf = Math.round(8 * mark);
	const slot = (zoneWidth - 16) / Math.max(1, unscaledIds.length);
	const out: TimelineLane[] = [];
	let top = plotTop;
	for (const l of lanes) {
		// the mark's extent on the axis
		let x1: number;
		let x2: number;
		let xm: number | null = null;
		let clipped = false;
		switch (l.kind) {
			case 'unscaled': {
				const k = unscaledIds.indexOf(l.id);
				x1 = r2(zoneLeft + 8 + k * slot + 2);
				x2 = r2(zoneLeft + 8 + (k + 1) * slot - 2);
				break;
			}
			case 'span':
				x1 = xc(l.from);
				x2 = xc(l.from + l.days);
				break;
			case 'point':
				x1 = x2 = xc(l.day);
				break;
			case 'window':
				clipped = l.upper > domain[1];
				x1 = xc(l.lower);
				x2 = xc(l.upper);
				xm = xc(l.median);
				break;
		}
		const rowPad = base * 0.35;
		let label: TextBlock;
		let lineTop: number;
		if (mode === 'columns') {
			label = textBlock(l.label, { x: PAD, top: 0, size: base, measure, maxWidth: labelWidth, maxLines: 2 });
			lineTop = top + rowPad;
		} else {
			label = textBlock(l.label, {
				x: PAD,
				top: top + rowPad,
				size: base,
				measure,
				weight: 600,
				maxWidth: width - 2 * PAD,
				maxLines: 2
			});
			lineTop = blockBox(label).bottom + base * 0.25;
		}
		// the note: right of the mark on one line, else on two, else under the mark across the width
		let note: TextBlock | null = null;
		let under = false;
		if (l.kind !== 'unscaled' && l.note) {
			const noteX = x2 + noteOffset(l);
			const room = width - PAD - noteX;
			const beside = textBlock(l.note, {
				x: noteX,
				top: 0,
				size: small,
				measure,
				maxWidth: Math.max(1, room),
				maxLines: 2
			});
			if (room >= small * 6 && beside.full === null) note = beside;
			else {
				under = true;
				const ux = mode === 'columns' ? plotLeft : PAD;
				note = textBlock(l.note, { x: ux, top: 0, size: small, measure, maxWidth: width - PAD - ux, maxLines: 2 });
			}
		}
		const besideHeight = note && !under ? note.height : 0;
		const markLine = Math.max(2 * markHalf, besideHeight, mode === 'columns' ? label.height : 0);
		const y = lineTop + markLine / 2;
		if (mode === 'columns') label = centredOn(label, y);
		let bottom = y + markLine / 2;
		if (note && !under) note = centredOn(note, y);
		else if (note) {
			const noteTop = y + markHalf + small * 0.35;
			note = { ...note, y: r2(noteTop + small * 0.8) };
			bottom = Math.max(bottom, noteTop + note.height);
		}
		out.push({
			id: l.id,
			kind: l.kind,
			group: l.kind === 'window' ? l.group : l.id,
			label,
			tip: `${l.label}: ${l.note}`,
			y: r2(y),
			x1,
			x2,
			xm,
			clipped,
			note
		});
		top = bottom + rowPad;
	}
	const plotBottom = r2(top);

	// day labels every 5 days, or every 10 or 20 when they would touch
	const dayWidth = Math.max(measure(String(domain[0]), small), measure(String(domain[1]), small));
	const perDay = (plotRight - plotLeft) / (domain[1] - domain[0]);
	const step = labelStep(perDay, dayWidth, small, [5, 10, 20, 50, 100]);
	const tickTop = plotBottom + Math.ceil(small * 0.6) + 3;
	const ticks: AxisTick[] = [];
	for (let d = Math.ceil(domain[0] / step) * step; d <= domain[1]; d += step)
		ticks.push({
			value: d,
			x: r2(x(d)),
			label: textBlock(String(d), { x: x(d), top: tickTop, size: small, measure, anchor: 'middle' })
		});
	const centre = (plotLeft + plotRight) / 2;
	const axisTitle = textBlock(labels.axis, {
		x: centre,
		top: tickTop + small * 1.6,
		size: small,
		measure,
		anchor: 'middle',
		maxWidth: 2 * Math.min(centre - PAD, width - PAD - centre),
		maxLines: 2
	});

	return {
		width,
		height: Math.ceil(blockBox(axisTitle).bottom + PAD),
		mode,
		plot: { left: plotLeft, right: plotRight, top: plotTop, bottom: plotBottom },
		unscaled: hasUnscaled ? { left: r2(zoneLeft), right: r2(zoneRight), top: headingTop - 4, heading } : null,
		ticks,
		zeroX,
		infusion,
		axisTitle,
		markHalf,
		markScale: mark,
		lanes: out
	};
}
