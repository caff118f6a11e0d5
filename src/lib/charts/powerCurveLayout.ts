import { line, scaleLinear } from 'd3';
import { r2 } from './pixel';

/** Power of the one-sided one-sample binomial test at one n, exactly and by the normal approximation (0–1). */
export interface PowerCurvePoint {
	readonly n: number;
	readonly exact: number;
	readonly normal: number;
}

export interface PowerCurveLayout {
	readonly width: number;
	readonly height: number;
	readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
	readonly xTicks: readonly { value: number; x: number }[];
	readonly yTicks: readonly { value: number; y: number }[];
	readonly exactPath: string;
	readonly normalPath: string;
	/** y of the target power line (null when off the axis) */
	readonly targetY: number | null;
	/** the printed n and the reader's n, each with both powers there (null when outside the curve) */
	readonly printed: { readonly n: number; readonly x: number } | null;
	readonly current: { readonly n: number; readonly x: number; readonly exactY: number; readonly normalY: number } | null;
}

/**
 * Exact vs normal-approximation power over n: x = n (linear), y = power from a floor of whole tenths below the
 * smallest value to 1, so the exact saw-tooth shows. The printed n and the reader's n are marked. Pixels are r2-rounded.
 * @example powerCurveLayout([{ n: 114, exact: 0.83, normal: 0.898 }, { n: 115, exact: 0.846, normal: 0.901 }], 0.9, 115, 115).printed!.x
 */
export function powerCurveLayout(points: readonly PowerCurvePoint[], target: number, printedN: number | null, currentN: number | null, width = 640, height = 300): PowerCurveLayout {
	const plot = { left: 56, right: width - 16, top: 28, bottom: height - 44 };
	const ns = points.map((p) => p.n);
	const lo = ns.length ? Math.min(...ns) : 0;
	const hi = ns.length ? Math.max(...ns) : 1;
	const x = scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).range([plot.left, plot.right]);
	const minPower = points.length ? Math.min(...points.flatMap((p) => [p.exact, p.normal]), target) : 0;
	const floor = Math.max(0, Math.floor(minPower * 10) / 10);
	const y = scaleLinear().domain([floor, 1]).range([plot.bottom, plot.top]);
	const path = (key: 'exact' | 'normal') =>
		line<PowerCurvePoint>()
			.x((p) => r2(x(p.n)))
			.y((p) => r2(y(p[key])))(points as PowerCurvePoint[]) ?? '';
	const inRange = (n: number | null) => n !== null && n >= lo && n <= hi;
	const at = (n: number) => points.find((p) => p.n === n)!;
	return {
		width,
		height,
		plot,
		xTicks: x.ticks(8).filter(Number.isInteger).map((value) => ({ value, x: r2(x(value)) })),
		yTicks: y.ticks(5).map((value) => ({ value, y: r2(y(value)) })),
		exactPath: path('exact'),
		normalPath: path('normal'),
		targetY: target >= floor && target <= 1 ? r2(y(target)) : null,
		printed: inRange(printedN) ? { n: printedN!, x: r2(x(printedN!)) } : null,
		current: inRange(currentN) ? { n: currentN!, x: r2(x(currentN!)), exactY: r2(y(at(currentN!).exact)), normalY: r2(y(at(currentN!).normal)) } : null
	};
}
