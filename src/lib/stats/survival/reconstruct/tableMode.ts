import { decimalsOf } from '../../printedPrecision';
import { kaplanMeier, numberAtRisk } from '../kaplanMeier';
import { medianSurvival } from '../quantiles';
import type { SurvivalRecord } from '../types';
import { censoringIncrement, followUpSurvival, type CensoringModel } from './censoringModel';
import { integerize } from './integerize';

/**
 * Table mode: patient-level data rebuilt from a numbers-at-risk table alone (plus event totals, printed medians and a
 * hazard ratio when the publication prints them). Design (this project's; no published method covers it):
 *
 * 1. Exact by construction: between two printed at-risk times exactly n(t_k) − n(t_{k+1}) patients leave, so the
 *    rebuilt data reproduce every printed number at risk whatever the model says.
 * 2. The model only decides which of those exits are events. With piecewise-constant hazards,
 *    log(n_k / n_{k+1}) = λ_{a,k}Δ + M_k for each arm a, where M_k is the cumulative hazard of a censoring
 *    distribution G over the interval. In a randomised trial both arms share G (one accrual period, one cut-off),
 *    so G is estimated once for all arms and the share of events among the exits is (L − M)/L per arm and interval.
 * 3. G is parametric (see CensoringModel: staggered accrual to a common cut-off, times dropout); its four parameters
 *    are chosen on a grid to reproduce each arm's printed event total and median (and the hazard ratio, when given).
 * 4. Counts are made whole with the exact event total (largest remainder within each interval's exits); the event
 *    that takes S across ½ is placed at the printed median so the median is met to its printed precision.
 * 5. Uncertainty: every censoring model that fits nearly as well as the best gives a curve; their pointwise
 *    envelope is returned as a band, with the number of plausible models.
 */

export interface TableArmInput {
	readonly arm: string;
	/** printed numbers at risk; the first time is the start of follow-up (normally 0 with the arm's N) */
	readonly atRisk: readonly { time: number; n: number }[];
	readonly totalEvents?: number | null;
	/** the median as printed ("13.3"); null or "NE" when not printed or not reached */
	readonly median?: string | null;
}

export interface TableModeInput {
	readonly arms: readonly TableArmInput[];
	/** printed hazard ratio of the second arm versus the first, when known */
	readonly hazardRatio?: number | null;
}

export interface TableArmResult {
	readonly arm: string;
	readonly ipd: SurvivalRecord[];
	readonly diagnostics: {
		readonly atRisk: { time: number; printed: number; reconstructed: number }[];
		readonly events: { target: number | null; reconstructed: number; modelExpected: number };
		readonly median: { printed: string | null; reconstructed: number };
		readonly warnings: string[];
	};
	/** pointwise envelope of S(t) across the plausible censoring models */
	readonly band: { time: number; lower: number; upper: number }[];
}

export interface TableModeResult {
	readonly arms: TableArmResult[];
	readonly censoring: CensoringModel;
	/** how many censoring models fit nearly as well as the best (the band's support) */
	readonly plausibleModels: number;
	readonly loss: number;
}

interface Interval {
	readonly start: number;
	readonly end: number;
	readonly nStart: number;
	readonly exits: number;
	/** log(n_start / n_end); Infinity when everyone leaves */
	readonly logRatio: number;
}

function intervalsOf(arm: TableArmInput): Interval[] {
	const rows = [...arm.atRisk].sort((a, b) => a.time - b.time);
	const out: Interval[] = [];
	for (let i = 0; i + 1 < rows.length; i++) {
		const a = rows[i]!;
		const b = rows[i + 1]!;
		if (a.n === 0) break;
		out.push({ start: a.time, end: b.time, nStart: a.n, exits: a.n - b.n, logRatio: b.n > 0 ? Math.log(a.n / b.n) : Infinity });
	}
	return out;
}

function checkArm(arm: TableArmInput): void {
	const rows = [...arm.atRisk].sort((a, b) => a.time - b.time);
	if (rows.length < 2) throw new RangeError(`${arm.arm}: at least two numbers at risk are needed`);
	rows.forEach((r, i) => {
		if (!Number.isInteger(r.n) || r.n < 0) throw new RangeError(`${arm.arm}: number at risk at ${r.time} must be a whole number ≥ 0, got ${r.n}`);
		if (i > 0 && r.n > rows[i - 1]!.n) throw new RangeError(`${arm.arm}: numbers at risk cannot rise (${rows[i - 1]!.n} at ${rows[i - 1]!.time}, ${r.n} at ${r.time})`);
		if (i > 0 && r.time === rows[i - 1]!.time) throw new RangeError(`${arm.arm}: time ${r.time} appears twice in the at-risk table`);
	});
	const n0 = rows[0]!.n;
	if (arm.totalEvents != null && (!Number.isInteger(arm.totalEvents) || arm.totalEvents < 0 || arm.totalEvents > n0)) {
		throw new RangeError(`${arm.arm}: total events must be a whole number from 0 to ${n0}, got ${arm.totalEvents}`);
	}
}

const medianValue = (m: string | null | undefined): number | null => (m && /^\d+(\.\d+)?$/.test(m) ? Number(m) : null);

/** The per-arm quantities a censoring model implies: event shares, hazards, expected events, median. */
function evaluateArm(arm: TableArmInput, ints: readonly Interval[], g: CensoringModel) {
	const shares: number[] = [];
	const hazards: number[] = [];
	let expected = 0;
	let lastHazard = 0;
	for (const it of ints) {
		const dt = it.end - it.start;
		const m = censoringIncrement(g, it.start, it.end);
		let lambdaDt: number;
		if (Number.isFinite(it.logRatio)) lambdaDt = Math.max(0, it.logRatio - m);
		else lambdaDt = lastHazard * dt;
		const total = lambdaDt + (Number.isFinite(m) ? m : Infinity);
		// with constant hazards inside the interval, events are λ/(λ + μ) of the exits
		const share = Number.isFinite(it.logRatio) ? (it.logRatio > 0 ? lambdaDt / it.logRatio : 0) : total > 0 && Number.isFinite(total) ? lambdaDt / total : lambdaDt > 0 ? 1 : 0;
		shares.push(Math.min(1, Math.max(0, share)));
		hazards.push(lambdaDt / dt);
		if (lambdaDt > 0) lastHazard = lambdaDt / dt;
		expected += it.exits * shares.at(-1)!;
	}
	// patients still at risk after the last printed time: the last hazard, censored by G until follow-up ends
	const last = ints.at(-1);
	const remaining = last ? last.nStart - last.exits : 0;
	let tailShare = 0;
	if (last && remaining > 0) {
		const t0 = last.end;
		const gt0 = followUpSurvival(g, t0);
		const steps = 40;
		const span = Math.max(g.maxFollowUp - t0, 0);
		const h = span / steps;
		for (let i = 0; i < steps && gt0 > 0; i++) {
			const u = t0 + (i + 0.5) * h;
			tailShare += lastHazard * Math.exp(-lastHazard * (u - t0)) * (followUpSurvival(g, u) / gt0) * h;
		}
		expected += remaining * tailShare;
	}
	// median of the continuous model
	let cum = 0;
	let median = Number.NaN;
	for (let i = 0; i < ints.length; i++) {
		const it = ints[i]!;
		const inc = hazards[i]! * (it.end - it.start);
		if (cum + inc >= Math.LN2 && hazards[i]! > 0) {
			median = it.start + (Math.LN2 - cum) / hazards[i]!;
			break;
		}
		cum += inc;
	}
	return { shares, hazards, expected, tailShare, remaining, median };
}

interface Ranges {
	readonly lastPositive: number;
	readonly step: number;
	readonly end: number;
}

function rangesOf(ints: readonly Interval[][]): Ranges {
	const lastPositive = Math.max(...ints.map((is) => { const l = is.at(-1); return l ? (l.nStart - l.exits > 0 ? l.end : l.start) : 0; }));
	const end = Math.max(...ints.map((is) => is.at(-1)?.end ?? 0));
	const widths = ints.flat().map((i) => i.end - i.start).sort((a, b) => a - b);
	return { lastPositive, end, step: widths[Math.floor(widths.length / 2)] ?? 1 };
}

// the search space, as fractions: follow-up beyond the last time at risk (in grid steps), accrual / follow-up, dropout × end
const FOLLOW_UP = (u: number) => 0.02 + 2.5 * u;
const ACCRUAL = (u: number) => 0.06 + 0.94 * u;
const DROPOUT = (u: number) => 3 * u * u;
const SHAPES = [0.6, 1, 1.7];

function model(r: Ranges, u: readonly [number, number, number], shape: number): CensoringModel {
	const maxFollowUp = r.lastPositive + r.step * FOLLOW_UP(u[0]);
	return { maxFollowUp, accrual: maxFollowUp * ACCRUAL(u[1]), dropout: DROPOUT(u[2]) / Math.max(r.end, 1e-9), shape };
}

/** A coarse grid over the unit cube of parameters, then finer grids around the best few. */
function search<T extends { total: number }>(r: Ranges, score: (g: CensoringModel) => T): (T & { g: CensoringModel })[] {
	const seen: (T & { g: CensoringModel; u: [number, number, number]; shape: number })[] = [];
	const at = (u: [number, number, number], shape: number) => {
		const g = model(r, u, shape);
		seen.push({ ...score(g), g, u, shape });
	};
	const coarse = 8;
	for (let i = 0; i < coarse; i++) for (let j = 0; j < coarse; j++) for (let k = 0; k < coarse; k++) for (const sh of SHAPES) at([i / (coarse - 1), j / (coarse - 1), k / (coarse - 1)], sh);
	let h = 1 / (coarse - 1);
	for (let round = 0; round < 3; round++) {
		const best = [...seen].sort((a, b) => a.total - b.total).slice(0, 4);
		h /= 3;
		for (const b of best) {
			for (let di = -1; di <= 1; di++) for (let dj = -1; dj <= 1; dj++) for (let dk = -1; dk <= 1; dk++) {
				if (di === 0 && dj === 0 && dk === 0) continue;
				const u: [number, number, number] = [b.u[0] + di * h, b.u[1] + dj * h, b.u[2] + dk * h].map((x) => Math.min(1, Math.max(0, x))) as [number, number, number];
				at(u, b.shape);
			}
		}
	}
	return seen.sort((a, b) => a.total - b.total);
}

/** Even spacing of `count` exits over (start, end], the events spread evenly among them. */
function placeExits(start: number, end: number, exits: number, events: number): SurvivalRecord[] {
	const out: SurvivalRecord[] = [];
	const isEvent = new Set<number>();
	for (let k = 0; k < events; k++) isEvent.add(Math.min(exits - 1, Math.floor(((k + 0.5) * exits) / events)));
	for (let i = 0; i < exits; i++) out.push({ time: start + ((end - start) * (i + 0.5)) / exits, event: isEvent.has(i) ? 1 : 0 });
	return out;
}

/** Moves the exits of the interval holding the printed median so the event taking S across ½ sits on it. */
function alignMedian(ipd: SurvivalRecord[], ints: readonly Interval[], printed: number): boolean {
	const km = kaplanMeier(ipd);
	const crossing = km.find((s) => s.nEvent > 0 && s.surv <= 0.5);
	if (!crossing) return false;
	const it = ints.find((i) => crossing.time > i.start && crossing.time <= i.end);
	if (!it || !(printed > it.start && printed < it.end)) return false;
	const a = crossing.time;
	const remap = (t: number) => (t <= a ? it.start + ((t - it.start) * (printed - it.start)) / (a - it.start) : printed + ((t - a) * (it.end - printed)) / (it.end - a));
	for (let i = 0; i < ipd.length; i++) {
		const r = ipd[i]!;
		if (r.time > it.start && r.time <= it.end) ipd[i] = { time: remap(r.time), event: r.event };
	}
	return true;
}

/**
 * Rebuild patient-level data for every arm from its at-risk table (see the design notes above).
 * @example tableMode({ arms: [{ arm: 'A', atRisk: [{ time: 0, n: 100 }, { time: 6, n: 60 }, { time: 12, n: 0 }], totalEvents: 70, median: '8.1' }] })
 */
export function tableMode(input: TableModeInput): TableModeResult {
	if (input.arms.length === 0) throw new RangeError('table mode needs at least one arm');
	input.arms.forEach(checkArm);
	const ints = input.arms.map(intervalsOf);
	const hr = input.hazardRatio ?? null;

	const loss = (g: CensoringModel) => {
		let total = 0;
		const evals = input.arms.map((arm, a) => evaluateArm(arm, ints[a]!, g));
		input.arms.forEach((arm, a) => {
			const e = evals[a]!;
			if (arm.totalEvents != null) total += ((e.expected - arm.totalEvents) / Math.max(1, 0.01 * arm.totalEvents)) ** 2;
			const m = medianValue(arm.median);
			if (m !== null) {
				const half = 0.5 * 10 ** -decimalsOf(arm.median!);
				const miss = Number.isNaN(e.median) ? 10 : Math.max(0, Math.abs(e.median - m) - half) / half;
				total += miss ** 2;
			} else if (arm.median === 'NE' && !Number.isNaN(e.median)) {
				// "not reached" is a hard fact: the curve must stay above ½ over the printed follow-up
				const end = ints[a]!.at(-1)?.end ?? 0;
				total += 100 + (100 * Math.max(0, end - e.median)) / Math.max(end, 1e-9);
			}
		});
		if (hr !== null && input.arms.length === 2) {
			// events-weighted mean log hazard ratio of the piecewise model
			let num = 0;
			let den = 0;
			ints[0]!.forEach((_, k) => {
				const l0 = evals[0]!.hazards[k];
				const l1 = evals[1]!.hazards[k];
				const w = (ints[0]![k]?.exits ?? 0) * (evals[0]!.shares[k] ?? 0) + (ints[1]![k]?.exits ?? 0) * (evals[1]!.shares[k] ?? 0);
				if (l0 && l1 && l0 > 0 && l1 > 0 && w > 0) {
					num += w * Math.log(l1 / l0);
					den += w;
				}
			});
			if (den > 0) total += 0.25 * ((num / den - Math.log(hr)) / 0.05) ** 2;
		}
		return { total, evals };
	};

	const scored = search(rangesOf(ints), loss);
	const best = scored[0]!;
	const plausible = scored.filter((s) => s.total <= best.total + 1 + 0.1 * best.total).slice(0, 500);

	const arms = input.arms.map((arm, a): TableArmResult => {
		const is = ints[a]!;
		const e = best.evals[a]!;
		const warnings: string[] = [];
		const caps = [...is.map((i) => i.exits), e.remaining];
		const real = [...is.map((i, k) => i.exits * e.shares[k]!), e.remaining * e.tailShare];
		const target = arm.totalEvents ?? Math.round(real.reduce((s, x) => s + x, 0));
		const counts = integerize(real, caps, Math.min(target, caps.reduce((s, c) => s + c, 0)));
		const ipd: SurvivalRecord[] = [];
		is.forEach((it, k) => ipd.push(...placeExits(it.start, it.end, it.exits, counts[k]!)));
		const last = is.at(-1);
		if (last && e.remaining > 0) {
			const tailEnd = Math.max(best.g.maxFollowUp, last.end + 1e-6);
			ipd.push(...placeExits(last.end, tailEnd, e.remaining, counts.at(-1)!));
		}
		const m = medianValue(arm.median);
		if (m !== null && !alignMedian(ipd, is, m)) warnings.push(`the rebuilt curve crosses ½ outside the interval of the printed median ${arm.median}`);
		ipd.sort((x, y) => x.time - y.time);
		const km = kaplanMeier(ipd);
		// the band: the continuous model's S(t) under every plausible censoring model
		const band = [0, ...is.map((i) => i.end)].map((time) => {
			let lo = 1;
			let hi = 0;
			for (const p of plausible) {
				const ev = p.evals[a]!;
				let cum = 0;
				for (let k = 0; k < is.length && is[k]!.end <= time; k++) cum += ev.hazards[k]! * (is[k]!.end - is[k]!.start);
				const s = Math.exp(-cum);
				lo = Math.min(lo, s);
				hi = Math.max(hi, s);
			}
			return { time, lower: lo, upper: hi };
		});
		return {
			arm: arm.arm,
			ipd,
			diagnostics: {
				atRisk: [...arm.atRisk].sort((x, y) => x.time - y.time).map((r) => ({ time: r.time, printed: r.n, reconstructed: numberAtRisk(ipd, r.time) })),
				events: { target: arm.totalEvents ?? null, reconstructed: ipd.filter((r) => r.event === 1).length, modelExpected: e.expected },
				median: { printed: arm.median ?? null, reconstructed: medianSurvival(km).estimate },
				warnings
			},
			band
		};
	});
	return { arms, censoring: best.g, plausibleModels: plausible.length, loss: best.total };
}
