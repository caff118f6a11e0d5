import { RESPONSE_CATEGORIES } from '$lib/data/schemas';
import { blockBox } from './blockBox';
import { legendFlow } from './legendFlow';
import { r2 } from './pixel';
import { centredOn, textBlock, type TextBlock } from './textBlock';
import type { ChartSize } from './typography';
import { maxOf } from '../util/extremes';

export interface ResponseBar {
	readonly id: string;
	readonly label: string;
	readonly n: number;
	/** the ORR as printed */
	readonly orr: string;
	readonly segments: readonly { category: string; count: number; percent: string }[];
}

export interface ResponseLayout {
	readonly width: number;
	readonly height: number;
	/** labels left of the bars and the summary right of them (wide), or the label above each full-width bar (narrow) */
	readonly mode: 'columns' | 'stacked';
	readonly plot: { left: number; right: number; top: number };
	/** one entry per category in IMWG order: a square swatch and its name */
	readonly legend: readonly { category: string; x: number; y: number; size: number; label: TextBlock }[];
	readonly bars: readonly {
		id: string;
		/** the cohort's name as given (hover text) */
		label: string;
		labelBlock: TextBlock;
		y: number;
		height: number;
		end: number;
		summary: string;
		summaryBlock: TextBlock;
		segments: readonly {
			category: string;
			x: number;
			width: number;
			count: number;
			percent: string;
			label: TextBlock | null;
		}[];
	}[];
}

/**
 * Horizontal stacked bars of best response, categories in IMWG order, widths as shares of each cohort's N. The label
 * column and the right margin for "n = 4 · ORR 50.0%" are as wide as their measured text (labels wrap to two lines
 * beyond 38% of the width); when the bars would get narrower than 45% of the width or 240 px (a phone), each label
 * goes above its bar, the bar takes the width and the summary goes beside the label or under the bar. A segment is
 * labelled only where its text fits inside it; legend entries flow onto more lines when narrow.
 * @example responseLayout(bars, { width: 900, type: chartType('screen') }).bars[0].segments[0].category // "sCR"
 */
export function responseLayout(bars: readonly ResponseBar[], size: ChartSize): ResponseLayout {
	const { width, type } = size;
	const { measure } = type;
	const pad = 8;
	const gap = Math.round(type.base * 0.8);
	// a reader's table may print no response rate: then the summary is the cohort's n alone, not "ORR %"
	const summaries = bars.map((b) => (b.orr ? `n = ${b.n} · ORR ${b.orr}%` : `n = ${b.n}`));
	const labelWidth = Math.min(
		Math.max(
			0,
			maxOf(bars, (b) => measure(b.label, type.base))
		),
		width * 0.38
	);
	const summaryWidth = Math.max(
		0,
		maxOf(summaries, (s) => measure(s, type.base, 600))
	);
	const columnsPlot = width - 2 * pad - labelWidth - summaryWidth - 2 * gap;
	const mode: ResponseLayout['mode'] = columnsPlot >= Math.max(width * 0.45, 240) ? 'columns' : 'stacked';
	const plotLeft = mode === 'columns' ? pad + labelWidth + gap : pad;
	const plotRight = mode === 'columns' ? width - pad - summaryWidth - gap : width - pad;
	const span = plotRight - plotLeft;

	// legend: entries side by side from their measured widths, onto a new line when the next does not fit
	const legendLeft = mode === 'columns' ? plotLeft : pad;
	const swatch = Math.round(type.base * 0.95);
	const lineHeight = Math.max(swatch, type.base * 1.1);
	const entryWidth = (c: string) => swatch + 5 + measure(c, type.base);
	const flowed = legendFlow(
		RESPONSE_CATEGORIES,
		{
			left: legendLeft,
			right: width - pad,
			top: Math.round(type.small * 0.4),
			gap: Math.round(type.base * 1.1),
			lineGap: 4
		},
		entryWidth,
		(c, lx, lineTop) => {
			const label = centredOn(
				textBlock(c, { x: lx + swatch + 5, top: 0, size: type.base, measure }),
				lineTop + lineHeight / 2
			);
			return {
				item: { category: c, x: r2(lx), y: r2(lineTop + (lineHeight - swatch) / 2), size: swatch, label },
				width: entryWidth(c),
				height: lineHeight
			};
		}
	);
	const legend: ResponseLayout['legend'][number][] = flowed.items;
	const top = Math.round(flowed.bottom + type.base * 0.8);

	const barHeight = Math.round(Math.max(28 * type.mark, type.small * 1.8));
	const between = Math.round(type.base * 1.1);
	// on a narrow screen the summary shares the label's line when every label leaves room for it, else it goes under the bar
	const besideLabel = bars.every(
		(b, i) => measure(b.label, type.base) + gap + measure(summaries[i]!, type.base, 600) <= width - 2 * pad
	);
	let y = top;
	const out = bars.map((b, i) => {
		const summary = summaries[i]!;
		let labelBlock: TextBlock;
		let summaryBlock: TextBlock;
		let barY: number;
		if (mode === 'columns') {
			barY = y;
			labelBlock = centredOn(
				textBlock(b.label, {
					x: pad + labelWidth,
					top: 0,
					size: type.base,
					measure,
					maxWidth: labelWidth,
					anchor: 'end'
				}),
				barY + barHeight / 2
			);
			y += Math.max(barHeight, labelBlock.height) + between;
			if (labelBlock.height > barHeight) {
				// a two-line label is taller than its bar: centre the bar on it
				barY += (labelBlock.height - barHeight) / 2;
				labelBlock = centredOn(labelBlock, barY + barHeight / 2);
			}
		} else if (besideLabel) {
			labelBlock = textBlock(b.label, { x: pad, top: y, size: type.base, measure });
			barY = y + labelBlock.height + 3;
			y = barY + barHeight + between;
		} else {
			labelBlock = textBlock(b.label, { x: pad, top: y, size: type.base, measure, maxWidth: width - 2 * pad });
			barY = y + labelBlock.height + 3;
			y = barY + barHeight + 3;
		}
		// a table whose categories add up to more than its N still draws inside the plot
		const total = Math.max(
			b.n,
			b.segments.reduce((s, x) => s + Math.max(0, x.count), 0)
		);
		const byCat = new Map(b.segments.map((s) => [s.category, s]));
		let x = plotLeft;
		const segments = RESPONSE_CATEGORIES.flatMap((c) => {
			const s = byCat.get(c);
			if (!s || s.count <= 0 || total === 0) return [];
			const w = (span * s.count) / total;
			const room = w - 8;
			// "sCR 27.1%" where it fits, else "sCR", else nothing (the hover tip and the table have it)
			const text = [`${c} ${s.percent ? `${s.percent}%` : s.count}`, c].find((t) => measure(t, type.small) <= room);
			const label =
				text === undefined
					? null
					: centredOn(
							textBlock(text, { x: x + w / 2, top: 0, size: type.small, measure, anchor: 'middle' }),
							barY + barHeight / 2
						);
			const seg = { category: c, x: r2(x), width: r2(w), count: s.count, percent: s.percent, label };
			x += w;
			return [seg];
		});
		if (mode === 'columns') {
			summaryBlock = centredOn(
				textBlock(summary, { x: x + gap, top: 0, size: type.base, measure, weight: 600 }),
				barY + barHeight / 2
			);
		} else if (besideLabel) {
			summaryBlock = textBlock(summary, {
				x: width - pad,
				top: blockBox(labelBlock).top,
				size: type.base,
				measure,
				weight: 600,
				anchor: 'end'
			});
		} else {
			summaryBlock = textBlock(summary, {
				x: pad,
				top: y,
				size: type.base,
				measure,
				weight: 600,
				maxWidth: width - 2 * pad
			});
			y += summaryBlock.height + between;
		}
		return {
			id: b.id,
			label: b.label,
			labelBlock,
			y: r2(barY),
			height: barHeight,
			end: r2(x),
			summary,
			summaryBlock,
			segments
		};
	});
	return {
		width,
		height: Math.ceil(y - between + 8),
		mode,
		plot: { left: r2(plotLeft), right: r2(plotRight), top },
		legend,
		bars: out
	};
}
