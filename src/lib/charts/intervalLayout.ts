import { scaleLinear } from 'd3';
import { r2 } from './pixel';

export interface IntervalRow {
	readonly id: string;
	readonly label: string;
	/** group heading (trial, table and cut-off) */
	readonly section: string;
	readonly estimate: number;
	readonly printed: readonly [number, number];
	/** the selected method's interval at printed precision, or null when none */
	readonly recomputed: readonly [number, number] | null;
	/** hover text with the printed strings, e.g. "Cohort: ORR 50.0% · printed [6.8, 93.2] · …" */
	readonly tip?: string;
}

export interface IntervalLayout {
	readonly width: number;
	readonly height: number;
	readonly plot: { left: number; right: number; top: number; bottom: number };
	readonly ticks: readonly { value: number; x: number }[];
	readonly threshold: number | null;
	readonly sections: readonly { label: string; y: number }[];
	readonly rows: readonly { id: string; label: string; y: number; dot: number; printed: [number, number]; recomputed: [number, number] | null }[];
}

/**
 * Dot-and-whisker geometry on a 0–100% axis: one row per interval, the printed whisker above the recomputed one,
 * rows grouped under section headings.
 * @example intervalLayout(rows, 800, 50).rows[0].printed // [x of lower, x of upper]
 */
export function intervalLayout(rows: readonly IntervalRow[], width: number, threshold: number | null): IntervalLayout {
	const plot = { left: 380, right: width - 24, top: 28, bottom: 0 };
	// an interval that leaves 0–100 (plain Wald) is part of the finding: widen the axis rather than cut it
	const lows = rows.flatMap((r) => [r.printed[0], r.recomputed?.[0] ?? 0]);
	const highs = rows.flatMap((r) => [r.printed[1], r.recomputed?.[1] ?? 100]);
	const lo = Math.min(0, ...lows);
	const hi = Math.max(100, ...highs);
	const x = scaleLinear().domain([lo === 0 ? 0 : lo - 2, hi === 100 ? 100 : hi + 2]).range([plot.left, plot.right]);
	const rowHeight = 26;
	const sectionGap = 30;
	let y = plot.top;
	let current = '';
	const sections: { label: string; y: number }[] = [];
	const out: IntervalLayout['rows'][number][] = [];
	for (const row of rows) {
		if (row.section !== current) {
			current = row.section;
			y += sectionGap;
			sections.push({ label: row.section, y: y - 10 });
		}
		out.push({
			id: row.id,
			label: row.label,
			y: r2(y),
			dot: r2(x(row.estimate)),
			printed: [r2(x(row.printed[0])), r2(x(row.printed[1]))],
			recomputed: row.recomputed ? [r2(x(row.recomputed[0])), r2(x(row.recomputed[1]))] : null
		});
		y += rowHeight;
	}
	const bottom = y + 8;
	return {
		width,
		height: bottom + 40,
		plot: { ...plot, bottom },
		ticks: [0, 25, 50, 75, 100].map((v) => ({ value: v, x: r2(x(v)) })),
		threshold: threshold === null ? null : r2(x(threshold)),
		sections,
		rows: out
	};
}
