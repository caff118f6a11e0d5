import { RESPONSE_CATEGORIES } from '$lib/data/schemas';
import { r2 } from './pixel';

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
	readonly plot: { left: number; right: number; top: number };
	readonly bars: readonly {
		id: string;
		label: string;
		y: number;
		height: number;
		end: number;
		summary: string;
		segments: readonly { category: string; x: number; width: number; count: number; percent: string; showLabel: boolean }[];
	}[];
}

/** One hue from deepest response to lightest, grey stable disease, red progression, outlined not evaluable. */
export const RESPONSE_COLORS: Readonly<Record<string, string>> = {
	sCR: '#08306b',
	CR: '#08519c',
	VGPR: '#2171b5',
	PR: '#6baed6',
	MR: '#c6dbef',
	SD: '#a3a3a3',
	PD: '#c53030',
	NE: '#ffffff'
};

/**
 * Horizontal stacked bars of best response, categories in IMWG order, widths as shares of each cohort's N.
 * @example responseLayout(bars, 900).bars[0].segments[0].category // "sCR"
 */
export function responseLayout(bars: readonly ResponseBar[], width: number): ResponseLayout {
	const plot = { left: 300, right: width - 150, top: 36 };
	const barHeight = 28;
	const gap = 14;
	const span = plot.right - plot.left;
	const out = bars.map((b, i) => {
		let x = plot.left;
		const byCat = new Map(b.segments.map((s) => [s.category, s]));
		const segments = RESPONSE_CATEGORIES.flatMap((c) => {
			const s = byCat.get(c);
			if (!s || s.count === 0 || b.n === 0) return [];
			const w = (span * s.count) / b.n;
			const seg = { category: c, x: r2(x), width: r2(w), count: s.count, percent: s.percent, showLabel: w >= 62 };
			x += w;
			return [seg];
		});
		return { id: b.id, label: b.label, y: plot.top + i * (barHeight + gap), height: barHeight, end: r2(x), summary: `n = ${b.n} · ORR ${b.orr}%`, segments };
	});
	return { width, height: plot.top + bars.length * (barHeight + gap) + 8, plot, bars: out };
}
