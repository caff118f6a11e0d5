import { scaleUtc } from 'd3';
import { blockBox } from './blockBox';
import { r2 } from './pixel';
import { centredOn, textBlock, type TextBlock } from './textBlock';
import { labelStep } from './ticks';
import type { ChartSize } from './typography';
import { maxOf, minOf } from '../util/extremes';

/** One activity row: its label, its status label and, for a survey, its period as ISO dates. */
export interface TimelineItem {
	readonly key: string;
	readonly section: string;
	readonly label: string;
	readonly status: string;
	/** 'completed' | 'ongoing' | '' (routine activities print no status) */
	readonly statusKey: string;
	readonly start: string | null;
	readonly end: string | null;
}

/** The words drawn on the chart besides the items, in the page's language. */
export interface TimelineLabels {
	readonly section: (section: string) => string;
	readonly noPeriod: string;
}

export interface TimelineRow {
	readonly key: string;
	readonly section: string;
	/** the label wrapped (or shortened, with the full text kept) to its column or line */
	readonly label: TextBlock;
	/** the label as given (the table and the tip keep it whole) */
	readonly full: string;
	/** the status, or "—" for an activity that prints none */
	readonly status: TextBlock;
	readonly statusKey: string;
	/** the row's band, shaded on every other row */
	readonly top: number;
	readonly height: number;
	/** centre line of the bar */
	readonly y: number;
	readonly shaded: boolean;
	readonly bar: { readonly x: number; readonly width: number; readonly start: string; readonly end: string } | null;
	/** "no period printed", where there is no bar */
	readonly noPeriod: TextBlock | null;
}

export interface TimelineLayout {
	readonly width: number;
	readonly height: number;
	/** labels left of the bars (wide) or on their own line above each bar (narrow) */
	readonly mode: 'columns' | 'stacked';
	readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
	readonly barHeight: number;
	/** one grid line a year; the label only on every `step`-th year so that labels keep apart */
	readonly ticks: readonly { year: number; x: number; label: TextBlock | null }[];
	readonly sections: readonly { section: string; label: TextBlock }[];
	readonly rows: readonly TimelineRow[];
}

const PAD = 8;

/**
 * Gantt-like timeline of the RMP's activities: one row per activity in table order, under a heading per section
 * (5.1, 5.2, 5.3), a bar from start to end on a calendar-year axis where a period is printed, and the status at the
 * right. The label column is as wide as its measured labels (capped at 36% of the width, wrapping to two lines beyond
 * it) and the status column as its widest status; when the bars would get narrower than half the width (a phone),
 * each label goes above its bar (up to three lines) and the bars take the width. Year labels are thinned to every 2nd,
 * 5th or 10th year when they would touch. Rows without a period get no bar. Pixels are r2-rounded.
 * @example activityTimelineLayout(items, { width: 960, type: chartType('screen') }, { section: (s) => `Section ${s}`, noPeriod: 'no period printed' }).rows[0]!.bar
 */
export function activityTimelineLayout(
	items: readonly TimelineItem[],
	size: ChartSize,
	labels: TimelineLabels
): TimelineLayout {
	const { width, type } = size;
	const { measure, base, small } = type;
	const gap = Math.round(base * 0.9);
	const statusWeight = (key: string) => (key === 'ongoing' ? 700 : 400);
	const statusText = (it: TimelineItem) => it.status || '—';
	const labelWidth = Math.min(
		Math.max(
			0,
			maxOf(items, (i) => measure(i.label, base))
		),
		width * 0.36
	);
	const statusWidth = Math.ceil(
		Math.max(
			measure('—', base),
			maxOf(items, (i) => measure(statusText(i), base, statusWeight(i.statusKey)))
		)
	);
	const columnsPlot = width - 2 * PAD - labelWidth - statusWidth - 2 * gap;
	const mode: TimelineLayout['mode'] = columnsPlot >= width * 0.5 ? 'columns' : 'stacked';

	// the years of the items with both dates
	const years = items.flatMap((i) =>
		i.start && i.end ? [Number(i.start.slice(0, 4)), Number(i.end.slice(0, 4))] : []
	);
	const y0 = years.length ? minOf(years) : 2020;
	const y1 = years.length ? maxOf(years) + 1 : 2021;
	const yearWidth = Math.max(measure(String(y0), small), measure(String(y1), small));
	// in columns mode the end labels stand in the gaps beside the plot; stacked, the plot is inset by half a label
	const left = r2(mode === 'columns' ? PAD + labelWidth + gap : PAD + yearWidth / 2 + 2);
	const right = r2(width - PAD - statusWidth - gap);
	const statusX = width - PAD - statusWidth;
	const x = scaleUtc()
		.domain([new Date(Date.UTC(y0, 0, 1)), new Date(Date.UTC(y1, 0, 1))])
		.range([left, right]);
	const at = (iso: string) => r2(x(new Date(`${iso}T00:00:00Z`)));

	// year labels above the plot, on every year or every 2nd, 5th or 10th when a year is too narrow for one
	const perYear = (right - left) / Math.max(1, y1 - y0);
	const step = labelStep(perYear, yearWidth, small, [1, 2, 5, 10, 20, 50, 100]);
	const ticks: TimelineLayout['ticks'][number][] = [];
	for (let y = y0; y <= y1; y++) {
		const tx = x(new Date(Date.UTC(y, 0, 1)));
		ticks.push({
			year: y,
			x: r2(tx),
			label: y % step === 0 ? textBlock(String(y), { x: tx, top: PAD, size: small, measure, anchor: 'middle' }) : null
		});
	}
	const plotTop = r2(PAD + small * 1.1 + small * 0.5);

	const barHeight = Math.round(12 * type.mark);
	const sections: { section: string; label: TextBlock }[] = [];
	const rows: TimelineRow[] = [];
	let top = plotTop;
	let last: string | null = null;
	items.forEach((it, i) => {
		if (it.section !== last) {
			last = it.section;
			const label = textBlock(labels.section(it.section), {
				x: PAD,
				top: top + base * 0.5,
				size: base,
				measure,
				weight: 700,
				maxWidth: width - 2 * PAD,
				maxLines: 1
			});
			sections.push({ section: it.section, label });
			top = blockBox(label).bottom + base * 0.35;
		}
		const bar =
			it.start && it.end
				? { x: at(it.start), width: r2(at(it.end) - at(it.start)), start: it.start, end: it.end }
				: null;
		const status = textBlock(statusText(it), {
			x: statusX,
			top: 0,
			size: base,
			measure,
			weight: statusWeight(it.statusKey)
		});
		const rowPad = base * 0.3;
		let label: TextBlock;
		let y: number;
		let height: number;
		if (mode === 'columns') {
			label = textBlock(it.label, { x: PAD, top: 0, size: base, measure, maxWidth: labelWidth, maxLines: 2 });
			height = Math.max(label.height, barHeight, status.height) + 2 * rowPad;
			y = top + height / 2;
			label = centredOn(label, y);
		} else {
			// a line of the full width holds fewer words: three lines keep the words that tell the activities apart
			label = textBlock(it.label, {
				x: PAD,
				top: top + rowPad,
				size: base,
				measure,
				maxWidth: width - 2 * PAD,
				maxLines: 3
			});
			const lineHeight = Math.max(barHeight, status.height);
			y = blockBox(label).bottom + base * 0.3 + lineHeight / 2;
			height = y + lineHeight / 2 + rowPad - top;
		}
		const noPeriod = bar
			? null
			: centredOn(
					textBlock(labels.noPeriod, {
						x: left + 4,
						top: 0,
						size: small,
						measure,
						maxWidth: right - left - 8,
						maxLines: 1
					}),
					y
				);
		rows.push({
			key: it.key,
			section: it.section,
			label,
			full: it.label,
			status: centredOn(status, y),
			statusKey: it.statusKey,
			top: r2(top),
			height: r2(height),
			y: r2(y),
			shaded: i % 2 === 0,
			bar,
			noPeriod
		});
		top += height;
	});
	const bottom = r2(top);
	return {
		width,
		height: Math.ceil(bottom + PAD),
		mode,
		plot: { left, right, top: plotTop, bottom },
		barHeight,
		ticks,
		sections,
		rows
	};
}
