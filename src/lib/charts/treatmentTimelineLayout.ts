import { scaleLinear } from 'd3';
import { r2 } from './pixel';

/**
 * One lane of the treatment timeline. Days are relative to the infusion (day 0).
 * - unscaled: a phase whose day and length the document does not print (drawn left of the day axis, no length)
 * - span: a phase starting at `from` and lasting `days`
 * - point: one day (the infusion)
 * - window: a median with its range (onset of CRS or neurologic events); a range beyond the axis is cut with an arrow
 */
export type TimelineLaneInput =
	| { readonly id: string; readonly label: string; readonly kind: 'unscaled'; readonly note: string }
	| { readonly id: string; readonly label: string; readonly kind: 'span'; readonly from: number; readonly days: number; readonly note: string }
	| { readonly id: string; readonly label: string; readonly kind: 'point'; readonly day: number; readonly note: string }
	| { readonly id: string; readonly label: string; readonly kind: 'window'; readonly median: number; readonly lower: number; readonly upper: number; readonly note: string; readonly group: string };

export interface TimelineLane {
	readonly id: string;
	readonly kind: TimelineLaneInput['kind'];
	readonly group: string;
	readonly label: string;
	readonly note: string;
	readonly y: number;
	/** mark extent: [x1, x2] (equal for a point); for a window the range */
	readonly x1: number;
	readonly x2: number;
	/** median of a window, else null */
	readonly xm: number | null;
	/** the window's upper end lies beyond the day axis */
	readonly clipped: boolean;
	/** where the note starts; null for an unscaled phase (its zone says that no day is printed; the note is in the tip) */
	readonly noteX: number | null;
}

export interface TimelineLayout {
	readonly width: number;
	readonly height: number;
	readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
	/** the area left of the day axis where unscaled phases sit */
	readonly unscaled: { readonly left: number; readonly right: number };
	readonly ticks: readonly { value: number; x: number }[];
	readonly zeroX: number;
	readonly lanes: readonly TimelineLane[];
}

const LABEL_AREA = 210;
const UNSCALED = 150;
const GAP = 26;
const LANE = 30;
const TOP = 34;

/**
 * Treatment timeline geometry: one lane per phase or onset window, top to bottom, on a linear day axis
 * (`domain`, days from the infusion) with an unscaled zone on its left for phases without printed days. A window
 * whose printed range ends beyond the axis is cut at the axis end (`clipped`), so a 720-day range does not squash
 * the first weeks; the printed numbers stay in the note. Pixels are rounded with r2.
 * @example
 * const l = treatmentTimelineLayout([{ id: 'ld', label: 'Lymphodepletion', kind: 'span', from: -5, days: 3, note: '' }]);
 * l.lanes[0]!.x1 // x of day −5
 */
export function treatmentTimelineLayout(lanes: readonly TimelineLaneInput[], width = 960, domain: readonly [number, number] = [-6, 21]): TimelineLayout {
	const unscaledLeft = LABEL_AREA;
	const unscaledRight = LABEL_AREA + UNSCALED;
	const plotLeft = unscaledRight + GAP;
	const plotRight = width - 200;
	const x = scaleLinear().domain(domain).range([plotLeft, plotRight]);
	const xc = (d: number) => r2(x(Math.max(domain[0], Math.min(domain[1], d))));
	// unscaled phases side by side in their order (leukapheresis before bridging), none with a length
	const unscaledIds = lanes.filter((l) => l.kind === 'unscaled').map((l) => l.id);
	const slot = (UNSCALED - 16) / Math.max(1, unscaledIds.length);
	const out = lanes.map((l, i): TimelineLane => {
		const y = r2(TOP + (i + 0.5) * LANE);
		const base = { id: l.id, kind: l.kind, label: l.label, note: l.note, y, group: l.kind === 'window' ? l.group : l.id };
		switch (l.kind) {
			case 'unscaled': {
				const k = unscaledIds.indexOf(l.id);
				return { ...base, x1: r2(unscaledLeft + 8 + k * slot + 2), x2: r2(unscaledLeft + 8 + (k + 1) * slot - 2), xm: null, clipped: false, noteX: null };
			}
			case 'span': {
				const x1 = xc(l.from);
				const x2 = xc(l.from + l.days);
				return { ...base, x1, x2, xm: null, clipped: false, noteX: r2(x2 + 8) };
			}
			case 'point':
				return { ...base, x1: xc(l.day), x2: xc(l.day), xm: null, clipped: false, noteX: r2(xc(l.day) + 10) };
			case 'window': {
				const clipped = l.upper > domain[1];
				const x2 = xc(l.upper);
				return { ...base, x1: xc(l.lower), x2, xm: xc(l.median), clipped, noteX: r2(x2 + (clipped ? 14 : 8)) };
			}
		}
	});
	const ticks = [];
	for (let d = Math.ceil(domain[0] / 5) * 5; d <= domain[1]; d += 5) ticks.push({ value: d, x: r2(x(d)) });
	const bottom = TOP + lanes.length * LANE;
	return {
		width,
		height: bottom + 44,
		plot: { left: plotLeft, right: plotRight, top: TOP, bottom },
		unscaled: { left: unscaledLeft, right: unscaledRight },
		ticks,
		zeroX: r2(x(0)),
		lanes: out
	};
}
