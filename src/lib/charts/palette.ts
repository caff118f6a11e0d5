/**
 * The one source of colours of every chart, chosen for projectors, grayscale print and colour-vision deficiencies.
 *
 * - Arms of a survival chart differ in lightness *and* line style: a near-black solid line, then Okabe–Ito vermilion
 *   (darkened to 4.5:1 on white so its labels read as text) dashed, then Okabe–Ito blue dotted. Sources: Okabe & Ito,
 *   "Color Universal Design" (2008); the line-style rule follows KMunicate (Morris et al., BMJ Open 2019).
 * - Best-response categories are one blue hue in steps of ~16 CIELAB L* (sCR L* 23 → MR L* 86), so neighbours stay
 *   apart in grayscale; stable disease is a neutral grey and progression a dark red (ColorBrewer's "Blues" and "RdBu"
 *   idea, Brewer 2003, with the steps recomputed in CIELCh for even lightness).
 * - Series of a dot plot (trial · dose group) are Okabe–Ito without yellow (too light on white), always repeated by a
 *   number or shape on the chart.
 * tests/unit/palette.test.ts checks lightness steps, WCAG contrast and distances under simulated protanopia,
 * deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009) and in grayscale.
 */

/** Ink, muted text, rules and fills shared by every chart. */
export const INK = '#1b1f24';
export const MUTED_INK = '#57606a';
export const AXIS = '#333333';
export const GRID = '#e3e7ec';
export const GRID_STRONG = '#d5dbe2';
export const ROW_SHADE = '#f4f6f9';
export const PAPER = '#ffffff';
/** Reference lines and thresholds (the ORR threshold, the survival crosshair): Okabe–Ito vermilion, darkened. */
export const ACCENT = '#b63f00';

/** One arm of a survival chart: stroke colour, text colour (≥ 4.5:1 on white), dash pattern (SVG stroke-dasharray). */
export interface ArmStyle {
	readonly stroke: string;
	readonly ink: string;
	readonly dash: string | null;
}

export const ARM_STYLES: readonly ArmStyle[] = [
	{ stroke: '#1f2a44', ink: '#1f2a44', dash: null },
	{ stroke: '#c05000', ink: '#a84600', dash: '8 4' },
	{ stroke: '#0072b2', ink: '#005a8c', dash: '2 3' },
	{ stroke: '#009e73', ink: '#00694d', dash: '10 3 2 3' }
];

/** The style of arm `i` (arms beyond the palette repeat it). */
export const armStyle = (i: number): ArmStyle =>
	ARM_STYLES[((i % ARM_STYLES.length) + ARM_STYLES.length) % ARM_STYLES.length]!;

/** Best response in IMWG order: fill, and the text colour that reads on it (≥ 4.5:1; black on the mid blue, where neither white nor ink reach it). NE is white with an outline. */
export const RESPONSE_COLORS: Readonly<Record<string, string>> = {
	sCR: '#00376d',
	CR: '#0060a2',
	VGPR: '#008ac7',
	PR: '#68b4dc',
	MR: '#bbdcee',
	SD: '#8f8f8f',
	PD: '#b5352b',
	NE: '#ffffff'
};
/** Text on a response segment: white on the dark fills, ink on the light ones (each ≥ 4.5:1). */
export const RESPONSE_INK: Readonly<Record<string, string>> = {
	sCR: '#ffffff',
	CR: '#ffffff',
	VGPR: '#000000',
	PR: INK,
	MR: INK,
	SD: INK,
	PD: '#ffffff',
	NE: INK
};

/** Okabe–Ito (colour-blind safe) without yellow, for series of dot plots; a number or shape repeats the cue. */
export const SERIES_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#000000', '#E69F00', '#56B4E9'] as const;
export const seriesColor = (i: number): string => SERIES_COLORS[i % SERIES_COLORS.length]!;

/** The main mark colour of single-series charts (intervals, forest plot, incidence): Okabe–Ito blue, darkened. */
export const PRIMARY = '#005a9c';
/** A second, contrasting mark (recomputed vs printed, normal vs exact). */
export const SECONDARY = '#c05000';

/** Status colours of timelines: ongoing (primary) and completed (grey). */
export const STATUS_COLORS: Readonly<Record<string, string>> = { completed: '#6b7280', ongoing: PRIMARY };
