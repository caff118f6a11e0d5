/**
 * How wide a label is drawn, so that margins, label columns and direct labels are placed from their text instead of a
 * fixed margin. In the browser the text is measured with a canvas in the charts' own font (exact for the fonts the
 * reader has); in Node (prerendering, unit tests) a metrics table stands in, built from DejaVu Sans — the widest of the
 * common sans-serif fonts for Latin text — and Noto Sans CJK JP, so a prerendered chart errs towards more room.
 */

/** Width in CSS px of `text` drawn at `fontSize` px and `weight` (400 normal, 600+ bold). */
export type TextMeasure = (text: string, fontSize: number, weight?: number) => number;

/** The font the SVG charts are drawn in (ChartFrame sets it on the <svg>). */
export const CHART_FONT_FAMILY =
	'system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic", sans-serif';

// advance widths in em of DejaVu Sans (regular), grouped: the table errs wide within each group
const NARROW = new Set([..."iljI.,:;'!|()[]{} "]);
const SEMI = new Set([...'frt-/"*`']);
const WIDE_LOWER = new Set([...'mw']);
const WIDE_UPPER = new Set([...'MW@%']);
/** Full-width: CJK ideographs, kana, full-width forms, CJK punctuation (1 em in Noto Sans CJK). */
const FULL_WIDTH =
	/[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Em width of one character in the metrics table. */
function charEm(ch: string): number {
	if (FULL_WIDTH.test(ch)) return 1;
	if (NARROW.has(ch)) return 0.34;
	if (SEMI.has(ch)) return 0.45;
	if (WIDE_LOWER.has(ch)) return 0.98;
	if (WIDE_UPPER.has(ch)) return 1.0;
	if (/[0-9]/.test(ch)) return 0.64;
	if (/[A-Z]/.test(ch)) return 0.74;
	if (/[a-z]/.test(ch)) return 0.62;
	// ×, ≥, –, —, ·, ⁶ and the like
	if (ch === '—') return 1;
	if (/[\u2070-\u209f]/.test(ch)) return 0.45;
	return 0.7;
}

/**
 * The metrics-table width of a text: the sum of its characters' em widths × the size, 6% more when bold.
 * @example estimateTextWidth('ide-cel', 13) // ≈ 45
 */
export const estimateTextWidth: TextMeasure = (text, fontSize, weight = 400) => {
	let em = 0;
	for (const ch of text) em += charEm(ch);
	return em * fontSize * (weight >= 600 ? 1.06 : 1);
};

/**
 * A measure backed by a canvas in the charts' font (browser only; results cached per text, size and weight).
 * Falls back to the metrics table where no canvas context is available.
 */
export function canvasTextMeasure(family = CHART_FONT_FAMILY): TextMeasure {
	const ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	if (!ctx) return estimateTextWidth;
	const cache = new Map<string, number>();
	return (text, fontSize, weight = 400) => {
		const key = `${weight}|${fontSize}|${text}`;
		let w = cache.get(key);
		if (w === undefined) {
			ctx.font = `${weight} ${fontSize}px ${family}`;
			w = ctx.measureText(text).width;
			if (cache.size > 20_000) cache.clear();
			cache.set(key, w);
		}
		return w;
	};
}

let shared: TextMeasure | null = null;
/** The measure for this environment: one cached canvas measure in the browser, the metrics table elsewhere. */
export function defaultTextMeasure(): TextMeasure {
	if (typeof document === 'undefined') return estimateTextWidth;
	shared ??= canvasTextMeasure();
	return shared;
}

/**
 * The text cut with "…" so that it fits in `width` px (the full text belongs in a <title> and the text alternative).
 * @example fitText('Foreign cohort, 150×10⁶–450×10⁶ CAR+ T cells', 120, 13, estimateTextWidth) // 'Foreign cohort…'
 */
export function fitText(text: string, width: number, fontSize: number, measure: TextMeasure, weight = 400): string {
	if (measure(text, fontSize, weight) <= width) return text;
	const chars = [...text];
	while (chars.length > 0 && measure(`${chars.join('').trimEnd()}…`, fontSize, weight) > width) chars.pop();
	return chars.length ? `${chars.join('').trimEnd()}…` : '';
}

/** Characters a line may not start with (Japanese line-breaking rules, JIS X 4051 "gyoto kinsoku", simplified). */
const NO_LINE_START = /^[、。，．）」』】〕］｝〉》・ー：；！？%)\],.:;!?]/;

/** Break opportunities: after a space, around a full-width character, after a slash, or a hyphen or dash not between digits. */
function tokens(text: string): string[] {
	const out: string[] = [];
	let cur = '';
	const chars = [...text];
	for (let i = 0; i < chars.length; i++) {
		const ch = chars[i]!;
		const full = FULL_WIDTH.test(ch);
		if (full && cur && !NO_LINE_START.test(ch)) {
			out.push(cur);
			cur = '';
		}
		cur += ch;
		// a hyphen or dash between digits (a date, a range of lines) is not a break: "2025-04-09" stays whole
		const betweenDigits = /[0-9]/.test(chars[i - 1] ?? '') && /[0-9]/.test(chars[i + 1] ?? '');
		if (
			ch === ' ' ||
			ch === '/' ||
			((ch === '-' || ch === '–') && !betweenDigits) ||
			(full && !/[（「『【〔［｛〈《]/.test(ch))
		) {
			out.push(cur);
			cur = '';
		}
	}
	if (cur) out.push(cur);
	// a token that may not start a line joins the one before it
	const merged: string[] = [];
	for (const t of out) {
		if (merged.length && NO_LINE_START.test(t)) merged[merged.length - 1] += t;
		else merged.push(t);
	}
	return merged;
}

/** Units joined in order into runs that fit, greedily (a unit that fits nowhere makes a run of its own). */
function packRuns(units: readonly string[], fits: (s: string) => boolean): string[] {
	const runs: string[] = [];
	let run = '';
	for (const u of units) {
		if (run && !fits(run + u)) {
			runs.push(run);
			run = '';
		}
		run += u;
	}
	if (run) runs.push(run);
	return runs;
}

/**
 * The text wrapped into at most `maxLines` lines of at most `width` px: breaks at spaces, hyphens and between
 * Japanese characters (never before closing punctuation); a word longer than a line is cut by characters; the last
 * line ends with "…" when the text does not fit.
 * @example wrapText('standard regimens (printed)', 110, 13, estimateTextWidth) // ['standard regimens', '(printed)']
 */
export function wrapText(
	text: string,
	width: number,
	fontSize: number,
	measure: TextMeasure,
	maxLines = 2,
	weight = 400
): string[] {
	const w = (s: string) => measure(s.trimEnd(), fontSize, weight);
	if (w(text) <= width) return [text];
	const fits = (s: string) => w(s) <= width;
	// break opportunities; a piece wider than a line is cut into pieces by characters
	const pieces = tokens(text).flatMap((t) => (fits(t) ? [t] : packRuns([...t], fits)));
	// lines keep their trailing spaces, so joining them gives the text back
	const raw = packRuns(pieces, fits);
	if (raw.length <= maxLines) return raw.map((l) => l.trimEnd());
	const kept = raw.slice(0, maxLines - 1).map((l) => l.trimEnd());
	kept.push(
		fitText(
			raw
				.slice(maxLines - 1)
				.join('')
				.trim(),
			width,
			fontSize,
			measure,
			weight
		)
	);
	return kept;
}

/**
 * Positions along one axis moved apart so that neighbours are at least `gap` apart, each group of crowded labels
 * centred on where its members wanted to be, all within [min, max] when they fit (a 1-D label dodge).
 * @example dodge([100, 104], 16) // [94, 110]
 */
export function dodge(wanted: readonly number[], gap: number, min = -Infinity, max = Infinity): number[] {
	const order = wanted.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v || a.i - b.i);
	const clusters: { members: number[]; start: number }[] = [];
	const place = (members: number[]) => members.reduce((s, k, j) => s + order[k]!.v - j * gap, 0) / members.length;
	for (let k = 0; k < order.length; k++) {
		clusters.push({ members: [k], start: order[k]!.v });
		while (clusters.length > 1) {
			const last = clusters[clusters.length - 1]!;
			const prev = clusters[clusters.length - 2]!;
			if (last.start >= prev.start + prev.members.length * gap - 1e-9) break;
			const members = [...prev.members, ...last.members];
			clusters.splice(-2, 2, { members, start: place(members) });
		}
	}
	const pos = new Array<number>(order.length);
	for (const c of clusters) c.members.forEach((k, j) => (pos[k] = c.start + j * gap));
	// keep inside [min, max]: push forward from min, then back from max
	for (let k = 0; k < pos.length; k++) pos[k] = Math.max(pos[k]!, k === 0 ? min : pos[k - 1]! + gap);
	for (let k = pos.length - 1; k >= 0; k--) pos[k] = Math.min(pos[k]!, k === pos.length - 1 ? max : pos[k + 1]! - gap);
	const out = new Array<number>(wanted.length);
	order.forEach((o, k) => (out[o.i] = pos[k]!));
	return out;
}
