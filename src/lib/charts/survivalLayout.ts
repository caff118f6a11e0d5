import { area, curveStepAfter, line, scaleLinear } from 'd3';
import { r2 } from './pixel';

/** One arm as the survival chart needs it: KM steps with their pointwise interval, censor times, median, band. */
export interface SurvivalArm {
	readonly id: string;
	readonly label: string;
	/** S(t) right after each event time, with its pointwise interval (NaN where undefined) */
	readonly steps: readonly { time: number; surv: number; lower: number; upper: number }[];
	readonly censors: readonly number[];
	/** NaN when not reached */
	readonly median: number;
	/** envelope of the curve across plausible reconstruction assumptions */
	readonly band: readonly { time: number; lower: number; upper: number }[];
	/** numbers at risk at the table's times: printed and reconstructed */
	readonly atRisk: readonly { time: number; printed: number; rebuilt: number }[];
}

export interface SurvivalLayoutInput {
	readonly arms: readonly SurvivalArm[];
	readonly width: number;
	readonly xMax: number;
	readonly xStep: number;
}

export interface SurvivalLayout {
	readonly width: number;
	readonly height: number;
	readonly plot: { left: number; top: number; right: number; bottom: number };
	readonly xTicks: readonly { value: number; x: number }[];
	readonly yTicks: readonly { value: number; y: number }[];
	readonly arms: readonly {
		id: string;
		line: string;
		ci: string;
		band: string;
		censors: readonly { x: number; y: number }[];
		median: { x: number; y: number } | null;
	}[];
	/** rows of the at-risk table, under the plot, on the same x-scale */
	readonly table: readonly { id: string; label: string; arm: number; kind: 'printed' | 'rebuilt'; y: number; cells: readonly { x: number; printed: number; rebuilt: number }[] }[];
	readonly xAt: (px: number) => number;
	readonly xOf: (t: number) => number;
	readonly yOf: (s: number) => number;
}

/** Path strings with 2 decimals: the same data always gives the same SVG. */
const tidy = (d: string | null) => (d ?? '').replace(/-?\d+\.\d+/g, (m) => String(r2(Number(m))));

/** S(t) of a step list at t (1 before the first step). */
export function stepValue<T extends { time: number }>(steps: readonly T[], t: number, pick: (s: T) => number, start = 1): number {
	let v = start;
	for (const s of steps) {
		if (s.time > t) break;
		v = pick(s);
	}
	return v;
}

/**
 * Geometry of the Kaplan–Meier chart and its numbers-at-risk table, which share one x-scale.
 * @example survivalLayout({ arms, width: 800, xMax: 33, xStep: 3 }).arms[0].line // an SVG path
 */
export function survivalLayout(input: SurvivalLayoutInput): SurvivalLayout {
	const plot = { left: 150, top: 16, right: input.width - 24, bottom: 336 };
	const rowHeight = 22;
	const tableTop = plot.bottom + 84;
	// patient-level data print no numbers at risk (NaN): one row per arm, the counted one
	const withPrinted = input.arms.some((a) => a.atRisk.some((c) => Number.isFinite(c.printed)));
	const kinds: ('printed' | 'rebuilt')[] = withPrinted ? ['printed', 'rebuilt'] : ['rebuilt'];
	const height = tableTop + rowHeight * input.arms.length * kinds.length + 12;
	const x = scaleLinear().domain([0, input.xMax]).range([plot.left, plot.right]);
	const y = scaleLinear().domain([0, 1]).range([plot.bottom, plot.top]);
	const xTicks: { value: number; x: number }[] = [];
	for (let t = 0; t <= input.xMax + 1e-9; t += input.xStep) xTicks.push({ value: r2(t), x: r2(x(t)) });
	const yTicks = [0, 0.25, 0.5, 0.75, 1].map((v) => ({ value: v, y: r2(y(v)) }));
	// a step curve starts at (0, 1) and is carried to the last time
	const withStart = <T extends { time: number }>(pts: readonly T[], first: T): T[] => [first, ...pts];
	const arms = input.arms.map((arm) => {
		const pts = withStart(arm.steps, { time: 0, surv: 1, lower: 1, upper: 1 });
		const last = Math.max(arm.steps.at(-1)?.time ?? 0, arm.censors.at(-1) ?? 0);
		const carried = [...pts, { ...pts.at(-1)!, time: Math.min(last, input.xMax) }];
		const finite = carried.filter((p) => Number.isFinite(p.lower) && Number.isFinite(p.upper));
		const stepLine = line<{ time: number; surv: number }>()
			.x((p) => x(Math.min(p.time, input.xMax)))
			.y((p) => y(p.surv))
			.curve(curveStepAfter);
		const ciArea = area<{ time: number; lower: number; upper: number }>()
			.x((p) => x(Math.min(p.time, input.xMax)))
			.y0((p) => y(p.lower))
			.y1((p) => y(p.upper))
			.curve(curveStepAfter);
		const bandArea = area<{ time: number; lower: number; upper: number }>()
			.x((p) => x(Math.min(p.time, input.xMax)))
			.y0((p) => y(p.lower))
			.y1((p) => y(p.upper));
		return {
			id: arm.id,
			line: tidy(stepLine(carried)),
			ci: tidy(ciArea(finite)),
			band: tidy(bandArea([...arm.band].filter((b) => b.time <= input.xMax))),
			censors: arm.censors.filter((t) => t <= input.xMax).map((t) => ({ x: r2(x(t)), y: r2(y(stepValue(arm.steps, t, (s) => s.surv))) })),
			median: Number.isFinite(arm.median) && arm.median <= input.xMax ? { x: r2(x(arm.median)), y: r2(y(0.5)) } : null
		};
	});
	const table = input.arms.flatMap((arm, i) =>
		kinds.map((kind, k) => ({
			id: `${arm.id}-${kind}`,
			label: arm.label,
			arm: i,
			kind,
			y: tableTop + rowHeight * (kinds.length * i + k),
			cells: arm.atRisk.filter((c) => c.time <= input.xMax).map((c) => ({ x: r2(x(c.time)), printed: c.printed, rebuilt: c.rebuilt }))
		}))
	);
	return {
		width: input.width,
		height,
		plot,
		xTicks,
		yTicks,
		arms,
		table,
		xAt: (px: number) => Math.min(input.xMax, Math.max(0, x.invert(px))),
		xOf: (t: number) => x(t),
		yOf: (s: number) => y(s)
	};
}
