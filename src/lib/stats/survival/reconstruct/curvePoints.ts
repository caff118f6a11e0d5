import { reconstructionWarning as warn, timeText, type ReconstructionWarning } from './warnings';

/**
 * Digitized Kaplan–Meier clicks → a clean, non-increasing step function starting at (0, 1),
 * the input the Guyot (2012) reconstruction expects.
 */

export interface RawPoint {
	x: number;
	y: number;
}

export interface CurvePoint {
	/** time, ≥ 0, strictly increasing along the array */
	t: number;
	/** survival proportion in [0, 1], non-increasing along the array */
	s: number;
}

export interface CleanCurveOptions {
	/** y scale; 'auto' (default) reads percent when any y > 1.5 */
	scale?: 'auto' | 'proportion' | 'percent';
	/**
	 * Off by default. When set (a share of the x range, e.g. 0.03), a drop reached only after a gap wider than this
	 * is moved to the middle of the gap: both corners of the step were probably not clicked, so its time is unknown.
	 */
	midGap?: number;
}

export interface CleanCurve {
	points: CurvePoint[];
	warnings: ReconstructionWarning[];
}

// A click this far below x = 0 (as a share of the x range) is more than digitizing jitter, so it is reported.
const NEGATIVE_X_SHARE = 0.02;

/**
 * Sorts, rescales and clamps digitized clicks, then enforces a non-increasing step function by a running minimum.
 * @example cleanCurve([{ x: 2, y: 80 }, { x: -0.01, y: 100 }, { x: 1, y: 90 }]).points // [{t:0,s:1},{t:1,s:0.9},{t:2,s:0.8}]
 */
export function cleanCurve(points: RawPoint[], opts: CleanCurveOptions = {}): CleanCurve {
	if (!Array.isArray(points) || points.length === 0) throw new RangeError('curve has no points');
	if (points.length < 2) throw new RangeError(`curve needs at least 2 points, got ${points.length}`);
	points.forEach((p, i) => {
		if (!Number.isFinite(p?.x) || !Number.isFinite(p?.y))
			throw new RangeError(`curve point ${i + 1} is not a pair of finite numbers: ${JSON.stringify(p)}`);
	});
	const warnings: ReconstructionWarning[] = [];

	const scale = opts.scale ?? 'auto';
	const percent = scale === 'percent' || (scale === 'auto' && points.some((p) => p.y > 1.5));
	if (percent && scale === 'auto') warnings.push(warn('y-read-as-percent', {}));
	const factor = percent ? 0.01 : 1;

	// loops, not Math.max(...xs): a spread of a few hundred thousand points overflows the call stack
	const xMax = points.reduce((m, p) => Math.max(m, p.x), Number.NEGATIVE_INFINITY);
	const xMin = points.reduce((m, p) => Math.min(m, p.x), 0);
	const range = xMax - xMin;
	const negatives = points.filter((p) => p.x < 0);
	if (negatives.length > 0) {
		const worst = xMin;
		const far = range > 0 && -worst > NEGATIVE_X_SHARE * range;
		warnings.push(
			warn(far ? 'negative-x-check-axis' : 'negative-x-set-to-zero', {
				count: negatives.length,
				lowest: timeText(worst)
			})
		);
	}
	let clipped = 0;
	const scaled = points.map((p) => {
		const y = p.y * factor;
		const s = Math.min(1, Math.max(0, y));
		if (s !== y) clipped++;
		return { t: Math.max(0, p.x), s };
	});
	if (clipped > 0) warnings.push(warn('y-clipped', { count: clipped }));

	// Ties in x keep the lowest y last, so the step at that time is the value after the drop (KM is right-continuous).
	scaled.sort((a, b) => a.t - b.t || b.s - a.s);

	const out: CurvePoint[] = [{ t: 0, s: 1 }];
	const atZero = scaled.filter((p) => p.t === 0);
	if (atZero.length === 0) warnings.push(warn('start-point-added', {}));
	// S(0) = 1 by definition, so clicks at 0 only carry digitizing noise below 1.
	let raised = 0;
	let level = 1;
	let maxLowered = 0;
	for (const p of scaled) {
		if (p.t === 0) continue;
		if (p.s > level) {
			raised++;
			maxLowered = Math.max(maxLowered, p.s - level);
		}
		level = Math.min(level, p.s);
		const last = out[out.length - 1]!;
		if (p.t === last.t) last.s = level;
		else out.push({ t: p.t, s: level });
	}
	if (raised > 0) warnings.push(warn('upward-jitter-flattened', { count: raised, largest: round4(maxLowered) }));
	if (out.length < 2) throw new RangeError('curve has no point after x = 0');
	const gap = opts.midGap;
	if (gap === undefined) return { points: out, warnings };
	if (!(gap > 0)) throw new RangeError(`midGap must be a positive share of the x range, got ${gap}`);
	const moved = dropsAtMidGap(out, gap * out[out.length - 1]!.t);
	if (moved.count > 0) warnings.push(warn('drops-moved-mid-gap', { count: moved.count, gapShare: gap }));
	return { points: moved.points, warnings };
}

/** A drop whose step time is unknown within a gap is put where the expected time error is smallest, its middle. */
function dropsAtMidGap(points: CurvePoint[], width: number): { points: CurvePoint[]; count: number } {
	const out: CurvePoint[] = [points[0]!];
	let count = 0;
	for (const p of points.slice(1)) {
		const prev = out[out.length - 1]!;
		if (p.s < prev.s && p.t - prev.t > width) {
			out.push({ t: (prev.t + p.t) / 2, s: p.s });
			count++;
		}
		out.push(p);
	}
	return { points: out, count };
}

function round4(v: number): number {
	return Math.round(v * 1e4) / 1e4;
}
