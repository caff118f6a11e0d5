import { scaleLog } from 'd3';
import { r2 } from './pixel';

export interface ForestRow {
	readonly id: string;
	readonly label: string;
	/** printed estimate and limits as numbers; null when the document prints a degenerate interval */
	readonly estimate: number | null;
	readonly lower: number | null;
	readonly upper: number | null;
	/** the printed text, e.g. "0.511 [0.311, 0.839]" */
	readonly text: string;
	/** total events, which sizes the square */
	readonly events: number;
}

export interface ForestLayout {
	readonly width: number;
	readonly height: number;
	readonly plot: { left: number; right: number; top: number; bottom: number };
	readonly ticks: readonly { value: number; x: number }[];
	readonly one: number;
	readonly rows: readonly { id: string; label: string; text: string; y: number; box: { x: number; size: number } | null; whisker: [number, number] | null }[];
}

/**
 * Forest plot geometry: hazard ratios on a log axis with the line of no effect at 1, squares sized by events
 * (area ∝ events), rows without a finite interval listed but not drawn.
 * @example forestLayout(rows, 800).one // x of HR = 1
 */
export function forestLayout(rows: readonly ForestRow[], width: number): ForestLayout {
	const plot = { left: 260, right: width - 230, top: 20, bottom: 0 };
	const finite = rows.filter((r) => r.lower !== null && r.upper !== null && r.lower > 0 && Number.isFinite(r.upper));
	const lo = Math.min(0.25, ...finite.map((r) => r.lower!)) / 1.1;
	const hi = Math.max(2, ...finite.map((r) => r.upper!)) * 1.1;
	const x = scaleLog().domain([lo, hi]).range([plot.left, plot.right]);
	const rowHeight = 30;
	const maxEvents = Math.max(1, ...rows.map((r) => r.events));
	const out = rows.map((r, i) => {
		const y = plot.top + 16 + i * rowHeight;
		const drawable = r.estimate !== null && r.lower !== null && r.upper !== null && r.lower > 0 && Number.isFinite(r.upper);
		return {
			id: r.id,
			label: r.label,
			text: r.text,
			y,
			box: drawable ? { x: r2(x(r.estimate!)), size: r2(6 + 10 * Math.sqrt(r.events / maxEvents)) } : null,
			whisker: drawable ? ([r2(x(r.lower!)), r2(x(r.upper!))] as [number, number]) : null
		};
	});
	const bottom = plot.top + 16 + rows.length * rowHeight;
	const ticks = [0.25, 0.5, 1, 2].filter((v) => v >= lo && v <= hi).map((v) => ({ value: v, x: r2(x(v)) }));
	return { width, height: bottom + 48, plot: { ...plot, bottom }, ticks, one: r2(x(1)), rows: out };
}
