/**
 * Curve-mode reconstruction of individual patient data from a digitized Kaplan–Meier curve,
 * its numbers at risk and (optionally) the total number of events.
 */
import type { CurvePoint } from './curvePoints';
import { reconstructionWarning as warn, timeText, type ReconstructionWarning } from './warnings';

export interface AtRiskRow {
	time: number;
	n: number;
}

export interface GuyotInput {
	/** clean step function (see cleanCurve): t ascending from 0, s non-increasing in [0, 1] */
	points: CurvePoint[];
	/** printed numbers at risk, time ascending */
	atRisk: AtRiskRow[];
	/** total events over the whole follow-up, when published */
	totalEvents?: number | null;
}

export interface IpdRow {
	time: number;
	event: 0 | 1;
}

export interface GuyotDiagnostics {
	atRisk: { time: number; printed: number; reconstructed: number }[];
	events: number;
	censored: number;
	warnings: ReconstructionWarning[];
}

export interface GuyotResult {
	ipd: IpdRow[];
	diagnostics: GuyotDiagnostics;
}

// Guyot's loops can cycle between two censoring counts or creep slowly; this bounds them before the local search.
const MAX_ITERATIONS = 1000;
// Censoring counts tried either side of Guyot's answer: wide enough for rounding effects, bounded for big arms.
const SEARCH_HALF_WIDTH = 60;

/** State carried from one click to the next: KM of the reconstructed data and the number at risk. */
interface Carry {
	km: number;
	n: number;
}

/** One interval solved: events and censorings per click, censoring times, state after it. */
interface IntervalResult {
	d: number[];
	censorTimes: number[];
	out: Carry;
	/** area between the reconstructed KM and the digitized curve over the interval */
	misfit: number;
}

/** The step function with a click at every at-risk time, and each interval's first and last click. */
interface Grid {
	t: number[];
	s: number[];
	/** at-risk times used (trailing zeros dropped, a row at 0 prepended if needed) */
	times: number[];
	counts: number[];
	lo: number[];
	hi: number[];
}

/**
 * Reconstructs IPD reproducing the printed numbers at risk exactly at every printed time.
 * Source: Guyot P, Ades AE, Ouwens MJ, Welton NJ. BMC Med Res Methodol 2012;12:9 (iterative algorithm and its R code).
 * @example guyotReconstruct({ points: [{ t: 0, s: 1 }, { t: 1, s: 0.5 }, { t: 2, s: 0.5 }], atRisk: [{ time: 0, n: 2 }] })
 */
export function guyotReconstruct(input: GuyotInput): GuyotResult {
	const warnings: ReconstructionWarning[] = [];
	const printed = checkAtRisk(input.atRisk);
	const totalEvents = checkTotal(input.totalEvents);
	const grid = buildGrid(checkPoints(input.points), printed, warnings);
	const m = grid.times.length;

	const d: number[] = new Array<number>(grid.t.length).fill(0);
	const censorTimes: number[] = [];
	const censorsPerInterval: number[] = [];
	let carry: Carry = { km: 1, n: grid.counts[0]! };
	for (let i = 0; i < m - 1; i++) {
		const r = solveInterval(grid, i, carry, grid.counts[i + 1]!, warnings);
		r.d.forEach((v, j) => (d[grid.lo[i]! + j] = v));
		for (const c of r.censorTimes) censorTimes.push(c);
		censorsPerInterval.push(r.censorTimes.length);
		carry = r.out;
	}
	const last = solveLastInterval(grid, carry, censorsPerInterval, sum(d), totalEvents, warnings);
	last.d.forEach((v, j) => (d[grid.lo[m - 1]! + j] = v));
	for (const c of last.censorTimes) censorTimes.push(c);

	const ipd: IpdRow[] = [];
	d.forEach((count, k) => {
		for (let j = 0; j < count; j++) ipd.push({ time: grid.t[k]!, event: 1 });
	});
	for (const time of censorTimes) ipd.push({ time, event: 0 });
	const tEnd = grid.t[grid.t.length - 1]!;
	for (let j = 0; j < last.out.n; j++) ipd.push({ time: tEnd, event: 0 });
	ipd.sort((a, b) => a.time - b.time || b.event - a.event);

	let events = sum(d);
	// with few events a missing one biases the hazard ratio; within 5% of many events the gap is digitizing noise,
	// and flipping it would only move the curve away from the clicks
	if (totalEvents !== null && Math.abs(events - totalEvents) > 0.05 * Math.max(totalEvents, 1)) {
		// flipping censored ↔ event at the same time leaves every number at risk as it is; a flip at t moves S by about
		// S/n(t) from t on, so the flips go where (end − t + end/5)/n(t) is smallest: little area shifted, no big drop
		const want = totalEvents;
		const flips = Math.abs(want - events);
		const from: 0 | 1 = want > events ? 0 : 1;
		const end = ipd.length > 0 ? ipd[ipd.length - 1]!.time : 0;
		const candidates = ipd
			.map((r, i) => ({ i, r, cost: (end - r.time + 0.2 * end) / (ipd.length - i) }))
			.filter((c) => c.r.event === from)
			.sort((a, b) => a.cost - b.cost || b.i - a.i)
			.slice(0, flips);
		for (const c of candidates) ipd[c.i] = { time: c.r.time, event: from === 0 ? 1 : 0 };
		const done = candidates.length;
		warnings.push(
			warn(from === 0 ? 'censorings-made-events' : 'events-made-censorings', {
				implied: events,
				published: want,
				changed: done
			})
		);
		events += from === 0 ? done : -done;
		ipd.sort((a, b) => a.time - b.time || b.event - a.event);
	} else if (totalEvents !== null && events !== totalEvents) {
		warnings.push(warn('events-within-five-percent', { implied: events, published: totalEvents }));
	}
	const atRisk = printed.map((r) => ({
		time: r.time,
		printed: r.n,
		reconstructed: ipd.filter((p) => p.time >= r.time).length
	}));
	for (const r of atRisk)
		if (r.printed !== r.reconstructed)
			warnings.push(
				warn('at-risk-not-reproduced', { time: timeText(r.time), reconstructed: r.reconstructed, printed: r.printed })
			);
	return { ipd, diagnostics: { atRisk, events, censored: ipd.length - events, warnings } };
}

function checkAtRisk(rows: AtRiskRow[]): AtRiskRow[] {
	if (!Array.isArray(rows) || rows.length === 0) throw new RangeError('at-risk table is empty');
	rows.forEach((r, i) => {
		if (!Number.isFinite(r?.time) || r.time < 0)
			throw new RangeError(`at-risk row ${i + 1}: time must be a finite number ≥ 0, got ${r?.time}`);
		if (!Number.isInteger(r.n) || r.n < 0)
			throw new RangeError(`at-risk row ${i + 1}: n must be a whole number ≥ 0, got ${r.n}`);
		const prev = rows[i - 1];
		if (prev && !(r.time > prev.time))
			throw new RangeError(`at-risk times must increase strictly: ${prev.time} then ${r.time}`);
		if (prev && r.n > prev.n)
			throw new RangeError(`numbers at risk cannot increase: ${prev.n} at ${prev.time}, then ${r.n} at ${r.time}`);
	});
	if (rows[0]!.n === 0) throw new RangeError('the first number at risk is 0: nothing to reconstruct');
	return rows.map((r) => ({ time: r.time, n: r.n }));
}

function checkTotal(total: number | null | undefined): number | null {
	if (total === undefined || total === null) return null;
	if (!Number.isInteger(total) || total < 0)
		throw new RangeError(`total events must be a whole number ≥ 0, got ${total}`);
	return total;
}

function checkPoints(points: CurvePoint[]): CurvePoint[] {
	if (!Array.isArray(points) || points.length === 0) throw new RangeError('curve has no points');
	points.forEach((p, i) => {
		if (!Number.isFinite(p?.t) || !Number.isFinite(p?.s))
			throw new RangeError(`curve point ${i + 1} is not finite: ${JSON.stringify(p)}`);
		if (p.t < 0 || p.s < 0 || p.s > 1)
			throw new RangeError(
				`curve point ${i + 1} outside t ≥ 0, 0 ≤ s ≤ 1 (clean the curve first): ${JSON.stringify(p)}`
			);
		const prev = points[i - 1];
		if (prev && p.t < prev.t)
			throw new RangeError(`curve points must be sorted by time (clean the curve first): ${prev.t} then ${p.t}`);
	});
	return points;
}

/** Step value at time x: the last click at or before x (right-continuous), 1 before the first. */
function stepAt(points: CurvePoint[], x: number): number {
	let s = 1;
	for (const p of points) {
		if (p.t > x) break;
		s = p.s;
	}
	return s;
}

function buildGrid(points: CurvePoint[], printed: AtRiskRow[], warnings: ReconstructionWarning[]): Grid {
	const rows = printed.slice();
	// A printed 0 bounds follow-up (everyone leaves before it) but starts no interval.
	let zeroAt = Infinity;
	while (rows.length > 1 && rows[rows.length - 1]!.n === 0) zeroAt = rows.pop()!.time;
	let pts = points.filter((p) => p.t < zeroAt);
	if (pts.length < points.length)
		warnings.push(warn('points-after-zero-at-risk', { count: points.length - pts.length, time: timeText(zeroAt) }));
	if (pts.length === 0 || pts[0]!.t > 0) pts = [{ t: 0, s: 1 }, ...pts];

	if (rows[0]!.time > 0) {
		// Without a count at 0, assume no censoring before the first printed time (Guyot's first-interval estimate with zero censoring).
		const s0 = stepAt(pts, rows[0]!.time);
		const n0 = s0 > 0 ? Math.max(rows[0]!.n, Math.round(rows[0]!.n / s0)) : rows[0]!.n;
		warnings.push(warn('at-risk-starts-late', { time: timeText(rows[0]!.time), assumed: n0 }));
		rows.unshift({ time: 0, n: n0 });
	}
	const lastT = pts[pts.length - 1]!.t;
	if (rows[rows.length - 1]!.time > lastT)
		warnings.push(
			warn('at-risk-beyond-curve', { time: timeText(rows[rows.length - 1]!.time), lastCurveTime: timeText(lastT) })
		);

	// A click at every at-risk time lets each interval's events fall inside it, so the printed counts can be met exactly.
	const merged = new Map<number, number>();
	for (const p of pts) merged.set(p.t, Math.min(merged.get(p.t) ?? 1, p.s));
	for (const r of rows) if (!merged.has(r.time)) merged.set(r.time, stepAt(pts, r.time));
	const t = [...merged.keys()].sort((a, b) => a - b);
	const s = t.map((x) => merged.get(x)!);
	const lo = rows.map((r) => t.indexOf(r.time));
	const hi = lo.map((_, i) => (i + 1 < lo.length ? lo[i + 1]! - 1 : t.length - 1));
	return { t, s, times: rows.map((r) => r.time), counts: rows.map((r) => r.n), lo, hi };
}

/** Uniformly spaced censoring times strictly inside (from, to), as in Guyot's R code. */
function spread(count: number, from: number, to: number): number[] {
	const out: number[] = [];
	for (let j = 1; j <= count; j++) out.push(from + (j * (to - from)) / (count + 1));
	return out;
}

/**
 * Runs the KM forward over clicks lo..hi: events so that the reconstructed KM follows the curve, censorings between clicks.
 * Censored at time c means at risk at every click ≤ c (N(t) = number with time ≥ t).
 */
function runClicks(g: Grid, lo: number, hi: number, start: Carry, times: number[], fixedD?: number[]): IntervalResult {
	let { km, n } = start;
	const d: number[] = [];
	const kept: number[] = [];
	let c = 0;
	let misfit = 0;
	for (let k = lo; k <= hi; k++) {
		let dk = fixedD ? fixedD[k - lo]! : km > 0 ? Math.round(n * (1 - g.s[k]! / km)) : 0;
		dk = Math.min(n, Math.max(0, dk));
		if (n > 0) km *= 1 - dk / n;
		n -= dk;
		d.push(dk);
		const next = k < hi ? g.t[k + 1]! : Infinity;
		if (k < g.t.length - 1) misfit += Math.abs(km - g.s[k]!) * (g.t[k + 1]! - g.t[k]!);
		for (; c < times.length && times[c]! < next; c++) {
			// Never negative: censorings beyond the patients left are not drawn.
			if (n > 0) {
				kept.push(times[c]!);
				n--;
			}
		}
	}
	return { d, censorTimes: kept, out: { km, n }, misfit };
}

/** Interval i: censorings chosen so that the count at the next at-risk time is exactly the printed one. */
function solveInterval(
	g: Grid,
	i: number,
	start: Carry,
	target: number,
	warnings: ReconstructionWarning[]
): IntervalResult {
	const lo = g.lo[i]!;
	const hi = g.hi[i]!;
	const from = g.times[i]!;
	const to = g.times[i + 1]!;
	const run = (c: number) => runClicks(g, lo, hi, start, spread(c, from, to));
	const maxC = start.n - target;

	// Guyot's first approximation: the drop the curve does not explain is censoring.
	const sFrom = g.s[lo]!;
	const sTo = g.s[hi]!;
	let c = clamp(Math.round(start.n * (sFrom > 0 ? sTo / sFrom : 0) - target), 0, maxC);
	const seen = new Set<number>();
	for (let it = 0; it < MAX_ITERATIONS && !seen.has(c); it++) {
		seen.add(c);
		const r = run(c);
		if (r.out.n === target || (r.out.n < target && c === 0)) break;
		c = clamp(c + (r.out.n - target), 0, maxC);
	}

	// Guyot's answer when it meets the printed number, else the nearest count that does; where none does (rounding
	// skips the target), the smallest surplus, closed by censorings after the last click. No censoring is always tried.
	let best: { c: number; surplus: number; r: IntervalResult } | null = null;
	for (const cc of [0, ...range(Math.max(1, c - SEARCH_HALF_WIDTH), Math.min(maxC, c + SEARCH_HALF_WIDTH))]) {
		const r = run(cc);
		const surplus = r.out.n - target;
		if (surplus < 0) continue;
		if (!best || surplus < best.surplus || (surplus === best.surplus && Math.abs(cc - c) < Math.abs(best.c - c)))
			best = { c: cc, surplus, r };
	}
	if (best) {
		if (best.surplus === 0) return best.r;
		// Censorings after the interval's last click change no event, so they close the gap exactly.
		const extra = spread(best.surplus, g.t[hi]!, to);
		return { ...best.r, censorTimes: [...best.r.censorTimes, ...extra], out: { km: best.r.out.km, n: target } };
	}

	// Even with no censoring the curve drops more than the printed counts allow: remove the latest events.
	const r = run(0);
	let excess = target - r.out.n;
	warnings.push(warn('drop-exceeds-at-risk', { from: timeText(from), to: timeText(to), excess }));
	const fixed = r.d.slice();
	for (let j = fixed.length - 1; j >= 0 && excess > 0; j--) {
		const take = Math.min(fixed[j]!, excess);
		fixed[j]! -= take;
		excess -= take;
	}
	return runClicks(g, lo, hi, start, [], fixed);
}

/** The last interval has no count at its end: Guyot's average censoring rate, then the "nevent" adjustment to the total. */
function solveLastInterval(
	g: Grid,
	start: Carry,
	censorsBefore: number[],
	eventsBefore: number,
	total: number | null,
	warnings: ReconstructionWarning[]
): IntervalResult {
	const m = g.times.length;
	const lo = g.lo[m - 1]!;
	const hi = g.hi[m - 1]!;
	const from = g.times[m - 1]!;
	const to = g.t[hi]!;
	const run = (c: number, fixedD?: number[]) => runClicks(g, lo, hi, start, spread(c, from, to), fixedD);

	const span = from - g.times[0]!;
	const rate = m > 1 && span > 0 ? sum(censorsBefore) / span : 0;
	const cRate = clamp(Math.round(rate * (to - from)), 0, start.n);
	if (total === null) return run(cRate);

	if (eventsBefore >= total) {
		if (eventsBefore > total)
			warnings.push(warn('events-exceed-total', { events: eventsBefore, time: timeText(from), published: total }));
		return run(cRate, new Array<number>(hi - lo + 1).fill(0));
	}
	const need = total - eventsBefore;
	let c = cRate;
	const seen = new Set<number>();
	for (let it = 0; it < MAX_ITERATIONS && !seen.has(c); it++) {
		seen.add(c);
		const dd = sum(run(c).d);
		if (dd === need || (dd < need && c === 0)) break;
		c = clamp(c + (dd - need), 0, start.n);
	}
	// Several counts near Guyot's answer give the published total (or come closest): keep the KM that follows the curve best.
	let best: { gap: number; r: IntervalResult } | null = null;
	for (const cc of range(Math.max(0, c - SEARCH_HALF_WIDTH), Math.min(start.n, c + SEARCH_HALF_WIDTH))) {
		const r = run(cc);
		const gap = Math.abs(sum(r.d) - need);
		if (!best || gap < best.gap || (gap === best.gap && r.misfit < best.r.misfit)) best = { gap, r };
	}
	return best!.r;
}

function range(from: number, to: number): number[] {
	const out: number[] = [];
	for (let v = from; v <= to; v++) out.push(v);
	return out;
}

function clamp(v: number, lo: number, hi: number): number {
	return Math.min(hi, Math.max(lo, v));
}

function sum(xs: number[]): number {
	let s = 0;
	for (const x of xs) s += x;
	return s;
}
