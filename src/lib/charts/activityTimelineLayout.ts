import { scaleUtc } from 'd3';
import { r2 } from './pixel';

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

export interface TimelineRow {
	readonly key: string;
	readonly section: string;
	/** the label shortened to fit the label column (the table keeps it whole) */
	readonly label: string;
	readonly full: string;
	readonly status: string;
	readonly statusKey: string;
	readonly top: number;
	readonly y: number;
	readonly shaded: boolean;
	readonly bar: { readonly x: number; readonly width: number; readonly start: string; readonly end: string } | null;
}

export interface TimelineLayout {
	readonly width: number;
	readonly height: number;
	readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
	readonly statusX: number;
	readonly ticks: readonly { year: number; x: number }[];
	readonly sections: readonly { section: string; y: number }[];
	readonly rows: readonly TimelineRow[];
}

export const ROW_HEIGHT = 22;
const LABEL_AREA = 330;
const STATUS_AREA = 96;

/** Approximate width of text at 11px: CJK and full-width characters ~11px, others ~6px. */
export function textWidth(s: string): number {
	let w = 0;
	for (const ch of s) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 11 : 6;
	return w;
}

/** The label cut to fit maxPx, with an ellipsis when cut. */
export function fitLabel(s: string, maxPx: number): string {
	if (textWidth(s) <= maxPx) return s;
	let out = '';
	for (const ch of s) {
		if (textWidth(out + ch + '…') > maxPx) break;
		out += ch;
	}
	return `${out}…`;
}

/**
 * Gantt-like timeline of the RMP's activities: one row per activity in table order, under a heading per section
 * (5.1, 5.2, 5.3), a bar from start to end on a calendar-year axis where a period is printed, and the status at the
 * right. Rows without a period get no bar. Pixels are r2-rounded.
 * @example activityTimelineLayout([{ key: '5.1:gus_cll', section: '5.1', label: 'CLL', status: 'ongoing', statusKey: 'ongoing', start: '2019-06-03', end: '2028-03-31' }]).rows[0]!.bar
 */
export function activityTimelineLayout(items: readonly TimelineItem[], width = 960): TimelineLayout {
	const dated = items.filter((i) => i.start && i.end);
	const years = dated.flatMap((i) => [Number(i.start!.slice(0, 4)), Number(i.end!.slice(0, 4))]);
	const y0 = years.length ? Math.min(...years) : 2020;
	const y1 = years.length ? Math.max(...years) + 1 : 2021;
	const left = LABEL_AREA;
	const right = width - STATUS_AREA - 8;
	const top0 = 30;
	const x = scaleUtc().domain([new Date(Date.UTC(y0, 0, 1)), new Date(Date.UTC(y1, 0, 1))]).range([left, right]);
	const at = (iso: string) => r2(x(new Date(`${iso}T00:00:00Z`)));
	const sections: { section: string; y: number }[] = [];
	const rows: TimelineRow[] = [];
	let top = top0;
	let last: string | null = null;
	items.forEach((it, i) => {
		if (it.section !== last) {
			last = it.section;
			top += ROW_HEIGHT;
			sections.push({ section: it.section, y: r2(top - 6) });
		}
		const bar = it.start && it.end ? { x: at(it.start), width: r2(at(it.end) - at(it.start)), start: it.start, end: it.end } : null;
		rows.push({ key: it.key, section: it.section, label: fitLabel(it.label, LABEL_AREA - 32), full: it.label, status: it.status, statusKey: it.statusKey, top: r2(top), y: r2(top + ROW_HEIGHT / 2), shaded: i % 2 === 0, bar });
		top += ROW_HEIGHT;
	});
	const ticks: { year: number; x: number }[] = [];
	for (let y = y0; y <= y1; y++) ticks.push({ year: y, x: r2(x(new Date(Date.UTC(y, 0, 1)))) });
	return { width, height: top + 28, plot: { left, right, top: top0, bottom: top }, statusX: width - STATUS_AREA, ticks, sections, rows };
}
