import { r2 } from './pixel';
import { textBlock, type TextBlock } from './textBlock';
import type { TextMeasure } from './textMetrics';
import { maxOf } from '../util/extremes';

/** A legend entry: its symbol (left edge, centre line) and its text beside it. */
export interface LegendItem<K> {
	readonly key: K;
	/** left edge of the symbol */
	readonly x: number;
	/** centre line of the symbol, level with the first line of text */
	readonly y: number;
	readonly top: number;
	readonly text: TextBlock;
}

/**
 * Legend entries in equal columns as wide as the widest entry (a text wider than the space wraps to two lines),
 * as many columns as fit between `left` and `right`, starting at `top`: entries line up under each other.
 * @example legendGrid([{ key: 'a', text: 'All grades' }], { left: 8, right: 332, top: 8, size: 13, measure, symbol: 12 }).bottom
 */
export function legendGrid<K>(
	entries: readonly { key: K; text: string }[],
	o: { left: number; right: number; top: number; size: number; measure: TextMeasure; symbol: number }
): { items: LegendItem<K>[]; bottom: number } {
	if (entries.length === 0) return { items: [], bottom: o.top };
	const space = Math.round(o.size * 0.5);
	const colGap = Math.round(o.size * 1.5);
	const avail = o.right - o.left;
	const col = Math.min(
		avail,
		maxOf(entries, (e) => o.symbol + space + o.measure(e.text, o.size))
	);
	const cols = Math.max(1, Math.floor((avail + colGap) / (col + colGap)));
	const items: LegendItem<K>[] = [];
	let top = o.top;
	for (let start = 0; start < entries.length; start += cols) {
		const line = entries.slice(start, start + cols).map((e, c) => {
			const x = o.left + c * (col + colGap);
			const text = textBlock(e.text, {
				x: x + o.symbol + space,
				top,
				size: o.size,
				measure: o.measure,
				maxWidth: col - o.symbol - space,
				maxLines: 2
			});
			return { key: e.key, x: r2(x), y: r2(top + o.size * 0.45), top: r2(top), text };
		});
		items.push(...line);
		top += maxOf(line, (i) => i.text.height) + o.size * 0.4;
	}
	return { items, bottom: r2(top - o.size * 0.4) };
}

/** What `legendFlow` asks of an entry placed at `x` on the line starting at `top`. */
export interface FlowedEntry<P> {
	/** the entry as the chart draws it */
	readonly item: P;
	/** how far it reaches right of `x` (the next entry starts `gap` after it) */
	readonly width: number;
	/** how tall it is (the line is as tall as its tallest entry) */
	readonly height: number;
}

/**
 * Legend entries side by side from `left`, each as wide as its own measured text, onto a new line (`lineGap` below
 * the tallest entry of the line) when the next one's `wanted` width would reach past `right`; a line always takes
 * its first entry. `place` draws an entry where the flow puts it. Returns the entries and the bottom of the last line.
 * @example legendFlow(['printed', 'recomputed'], { left: 8, right: 332, top: 4, gap: 18, lineGap: 4 }, (t) => 30 + measure(t, 13), (t, x, top) => ({ item: { t, x, top }, width: 30 + measure(t, 13), height: 16 })).bottom // 20 when both fit on one line
 */
export function legendFlow<E, P>(
	entries: readonly E[],
	o: { left: number; right: number; top: number; gap: number; lineGap: number },
	wanted: (entry: E) => number,
	place: (entry: E, x: number, top: number) => FlowedEntry<P>
): { items: P[]; bottom: number } {
	const items: P[] = [];
	let x = o.left;
	let top = o.top;
	let lineHeight = 0;
	for (const entry of entries) {
		if (x > o.left && x + wanted(entry) > o.right) {
			x = o.left;
			top += lineHeight + o.lineGap;
			lineHeight = 0;
		}
		const placed = place(entry, x, top);
		items.push(placed.item);
		lineHeight = Math.max(lineHeight, placed.height);
		x += placed.width + o.gap;
	}
	return { items, bottom: top + lineHeight };
}
