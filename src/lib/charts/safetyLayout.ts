import { scaleLinear } from 'd3';
import { r2 } from './pixel';

/** Which grades the plot draws: both (all grades filled, grade ≥3 hollow), or one of them. */
export type SafetyGradeView = 'both' | 'all' | '3plus';

/** One incidence with its Clopper–Pearson 95% interval, all three in percent (0–100). */
export interface SafetyPoint {
	readonly percent: number;
	readonly lower: number;
	readonly upper: number;
}

/** A trial · dose group column drawn as one coloured sub-row of every term. */
export interface SafetySeries {
	readonly id: string;
	readonly label: string;
}

/** One term (the "All adverse reactions" row, a SOC or a PT) with a value per series (null: not printed there). */
export interface SafetyTermInput {
	readonly id: string;
	readonly level: 'any' | 'soc' | 'pt';
	readonly label: string;
	/** parallel to the series; null when that table does not print the term */
	readonly values: readonly ({ readonly all: SafetyPoint | null; readonly g3: SafetyPoint | null } | null)[];
}

export interface SafetyDot {
	readonly grade: 'all' | '3plus';
	readonly x: number;
	readonly y: number;
	readonly whisker: readonly [number, number];
}

export interface SafetyMark {
	readonly series: string;
	readonly index: number;
	readonly color: string;
	/** centre of the series' sub-row */
	readonly y: number;
	/** the table does not print this term for this series */
	readonly missing: boolean;
	readonly dots: readonly SafetyDot[];
}

export interface SafetyRowLayout {
	readonly id: string;
	readonly level: 'any' | 'soc' | 'pt';
	readonly label: string;
	/** left edge of the label: PTs are indented under their SOC */
	readonly labelX: number;
	readonly labelY: number;
	readonly top: number;
	readonly height: number;
	readonly shaded: boolean;
	readonly marks: readonly SafetyMark[];
}

export interface SafetyLayout {
	readonly width: number;
	readonly height: number;
	readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
	readonly ticks: readonly { value: number; x: number }[];
	readonly legend: {
		readonly grades: readonly { grade: 'all' | '3plus'; x: number; y: number }[];
		readonly series: readonly { id: string; label: string; index: number; color: string; x: number; y: number }[];
	};
	/** x of the series number drawn at the end of each sub-row (null with one series: the colour is enough) */
	readonly tagX: number | null;
	readonly rows: readonly SafetyRowLayout[];
}

/** Okabe–Ito colours (colour-blind safe), yellow left out for contrast on white; a series number repeats the cue. */
export const SAFETY_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#000000', '#E69F00', '#56B4E9'] as const;

const LABEL_AREA = 400;
const PAD = 8;

/**
 * Adverse-reaction dot plot geometry: one band per term ("All adverse reactions", then each SOC with its PTs
 * indented under it), x = incidence in % on a fixed 0–100 axis, and inside each band one sub-row per series
 * (trial · dose group) so series never overlap. Each sub-row holds a dot for all grades and one for grade ≥3
 * (slightly above and below the sub-row centre when both are shown), each with its Clopper–Pearson 95% whisker.
 * Every term given is drawn: a long list makes a taller SVG, never a truncated one. Pixels are rounded with r2.
 * @example
 * const l = safetyLayout([{ id: 'pt:CRS', level: 'pt', label: 'Cytokine release syndrome', values: [{ all: { percent: 84.7, lower: 77.6, upper: 90.2 }, g3: null }] }], [{ id: 'MM-001:overall', label: 'MM-001 · Overall' }], 'all');
 * l.rows[0]!.marks[0]!.dots[0]!.x // x of 84.7% on the 0–100 axis
 */
export function safetyLayout(terms: readonly SafetyTermInput[], series: readonly SafetySeries[], grades: SafetyGradeView, width = 960): SafetyLayout {
	const many = series.length > 1;
	const plotLeft = LABEL_AREA;
	const plotRight = width - (many ? 40 : 20);
	// legend: the grade symbols on one line, then the series in two columns
	const gradeKinds: ('all' | '3plus')[] = grades === 'both' ? ['all', '3plus'] : [grades];
	const legendGrades = gradeKinds.map((grade, i) => ({ grade, x: 8 + i * 220, y: 18 }));
	const colWidth = (width - 16) / 2;
	const legendSeries = series.map((s, i) => ({
		id: s.id,
		label: s.label,
		index: i + 1,
		color: SAFETY_COLORS[i % SAFETY_COLORS.length]!,
		x: r2(8 + (i % 2) * colWidth),
		y: 42 + Math.floor(i / 2) * 18
	}));
	const legendBottom = 42 + Math.ceil(series.length / 2) * 18;
	const top = legendBottom + 22;
	const x = scaleLinear().domain([0, 100]).range([plotLeft, plotRight]);
	const sub = grades === 'both' ? 16 : 12;
	const offset = grades === 'both' ? 3.5 : 0;
	const bandHeight = PAD + Math.max(1, series.length) * sub;
	const whisker = (p: SafetyPoint): [number, number] => [r2(x(p.lower)), r2(x(p.upper))];
	const rows = terms.map((t, i): SafetyRowLayout => {
		const rowTop = top + i * bandHeight;
		const marks = series.map((s, j): SafetyMark => {
			const y = r2(rowTop + PAD / 2 + (j + 0.5) * sub);
			const v = t.values[j] ?? null;
			const dots: SafetyDot[] = [];
			if (v && gradeKinds.includes('all') && v.all) dots.push({ grade: 'all', x: r2(x(v.all.percent)), y: r2(y - offset), whisker: whisker(v.all) });
			if (v && gradeKinds.includes('3plus') && v.g3) dots.push({ grade: '3plus', x: r2(x(v.g3.percent)), y: r2(y + offset), whisker: whisker(v.g3) });
			return { series: s.id, index: j + 1, color: legendSeries[j]!.color, y, missing: v === null, dots };
		});
		return {
			id: t.id,
			level: t.level,
			label: t.label,
			labelX: t.level === 'pt' ? 26 : 8,
			labelY: r2(rowTop + bandHeight / 2 + 4),
			top: r2(rowTop),
			height: bandHeight,
			shaded: i % 2 === 0,
			marks
		};
	});
	const bottom = top + terms.length * bandHeight;
	const ticks = x.ticks(10).map((value) => ({ value, x: r2(x(value)) }));
	return {
		width,
		height: bottom + 48,
		plot: { left: plotLeft, right: plotRight, top, bottom },
		ticks,
		legend: { grades: legendGrades, series: legendSeries },
		tagX: many ? plotRight + 10 : null,
		rows
	};
}
