import { decimalsOf } from '../../printedPrecision';
import { coxTwoArm } from '../coxTwoArm';
import { kaplanMeier, numberAtRisk } from '../kaplanMeier';
import { medianSurvival } from '../quantiles';
import type { SurvivalRecord } from '../types';
import { fitHazards, type ArmFit, type ArmTargets, type FitWeights, type Interval } from './hazardFit';
import { integerize } from './integerize';
import { reconstructionWarning as warn, type ReconstructionWarning } from './warnings';

/**
 * Table mode: patient-level data rebuilt from a numbers-at-risk table alone (plus event totals, printed medians and a
 * hazard ratio when the publication prints them). Design (this project's; no published method covers it):
 *
 * 1. Exact by construction: between two printed at-risk times exactly n(t_k) − n(t_{k+1}) patients leave, so the
 *    rebuilt data reproduce every printed number at risk whatever the model says.
 * 2. The model decides which exits are events: a smooth event hazard per arm (hazardFit.ts), with the arms sharing one
 *    censoring hazard because randomised arms share accrual and cut-off — so the difference between the arms'
 *    at-risk decline carries the difference in their event hazards — weighted by how precisely each interval's
 *    numbers determine it. Event totals, printed medians ("NE" included) and the hazard ratio are targets.
 * 3. Counts are made whole with the exact event total (largest remainder within each interval's exits); the event
 *    that takes S across ½ is placed at the printed median so the median is met to its printed precision.
 * 4. Uncertainty: the fit is repeated with weaker and stronger smoothing and shared-censoring weights; the pointwise
 *    envelope of the curves is returned as a band.
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
		readonly warnings: ReconstructionWarning[];
	};
	/** pointwise envelope of S(t) across the plausible censoring models */
	readonly band: { time: number; lower: number; upper: number }[];
}

export interface TableModeResult {
	readonly arms: TableArmResult[];
	/** the fits behind the band: the weights of each */
	readonly variants: readonly FitWeights[];
}

function intervalsOf(arm: TableArmInput): Interval[] {
	const rows = [...arm.atRisk].sort((a, b) => a.time - b.time);
	const out: Interval[] = [];
	for (let i = 0; i + 1 < rows.length; i++) {
		const a = rows[i]!;
		const b = rows[i + 1]!;
		if (a.n === 0) break;
		out.push({
			start: a.time,
			end: b.time,
			nStart: a.n,
			exits: a.n - b.n,
			logRatio: b.n > 0 ? Math.log(a.n / b.n) : Infinity
		});
	}
	return out;
}

function checkArm(arm: TableArmInput): void {
	const rows = [...arm.atRisk].sort((a, b) => a.time - b.time);
	if (rows.length < 2) throw new RangeError(`${arm.arm}: at least two numbers at risk are needed`);
	rows.forEach((r, i) => {
		if (!Number.isInteger(r.n) || r.n < 0)
			throw new RangeError(`${arm.arm}: number at risk at ${r.time} must be a whole number ≥ 0, got ${r.n}`);
		if (i > 0 && r.n > rows[i - 1]!.n)
			throw new RangeError(
				`${arm.arm}: numbers at risk cannot rise (${rows[i - 1]!.n} at ${rows[i - 1]!.time}, ${r.n} at ${r.time})`
			);
		if (i > 0 && r.time === rows[i - 1]!.time)
			throw new RangeError(`${arm.arm}: time ${r.time} appears twice in the at-risk table`);
	});
	const n0 = rows[0]!.n;
	if (arm.totalEvents != null && (!Number.isInteger(arm.totalEvents) || arm.totalEvents < 0 || arm.totalEvents > n0)) {
		throw new RangeError(`${arm.arm}: total events must be a whole number from 0 to ${n0}, got ${arm.totalEvents}`);
	}
}

/** A printed median as a number, kept with its text for its precision; null when not printed or "NE". */
const printedMedian = (m: string | null | undefined): { printed: string; value: number } | null =>
	m && /^\d+(\.\d+)?$/.test(m) ? { printed: m, value: Number(m) } : null;

/** Even spacing of `count` exits over (start, end], the events spread evenly among them. */
function placeExits(start: number, end: number, exits: number, events: number): SurvivalRecord[] {
	const out: SurvivalRecord[] = [];
	const isEvent = new Set<number>();
	for (let k = 0; k < events; k++) isEvent.add(Math.min(exits - 1, Math.floor(((k + 0.5) * exits) / events)));
	for (let i = 0; i < exits; i++)
		out.push({ time: start + ((end - start) * (i + 0.5)) / exits, event: isEvent.has(i) ? 1 : 0 });
	return out;
}

/** KM survival just after each interval of whole counts (events d_k among exits X_k, exits spread evenly). */
function survivalAtEnds(ints: readonly Interval[], counts: readonly number[]): number[] {
	const out: number[] = [];
	let s = 1;
	ints.forEach((it, k) => {
		const ipd = placeExits(it.start, it.end, it.exits, counts[k]!);
		let atRisk = it.nStart;
		for (const r of ipd) {
			if (r.event === 1) s *= 1 - 1 / atRisk;
			atRisk--;
		}
		out.push(s);
	});
	return out;
}

/**
 * Whole counts can move the curve's crossing of ½ out of the interval that holds the printed median: shift single
 * events between intervals (within each interval's exits, the total unchanged) until it crosses there.
 */
function repairMedianInterval(ints: readonly Interval[], counts: number[], median: number): boolean {
	const k = ints.findIndex((it) => median > it.start && median <= it.end);
	if (k < 0) return false;
	for (let step = 0; step < 500; step++) {
		const s = survivalAtEnds(ints, counts);
		const before = k === 0 ? 1 : s[k - 1]!;
		if (before > 0.5 && s[k]! <= 0.5) return true;
		if (before <= 0.5) {
			// crossed too early: move an event from the latest earlier interval into the median's
			const from = [...Array(k).keys()].reverse().find((j) => counts[j]! > 0);
			if (from === undefined || counts[k]! >= ints[k]!.exits) return false;
			counts[from]!--;
			counts[k]!++;
		} else {
			// crossed too late: pull an event from the earliest later interval into the median's (or, with none
			// later, from the latest earlier one: S before rises a little, the drop inside grows)
			let from = counts.findIndex((c, j) => j > k && c > 0);
			if (from < 0) from = [...Array(k).keys()].reverse().find((j) => counts[j]! > 0) ?? -1;
			if (from < 0 || counts[k]! >= ints[k]!.exits) return false;
			counts[from]!--;
			counts[k]!++;
		}
	}
	return false;
}

/**
 * A printed "NE": the rebuilt curve must not reach ½. Events move from the sparse end to the largest risk sets with
 * room (an event there lowers S least), the total unchanged.
 */
function keepAboveHalf(ints: readonly Interval[], counts: number[]): boolean {
	for (let step = 0; step < 2000; step++) {
		const s = survivalAtEnds(ints, counts);
		if (s.every((v) => v > 0.5)) return true;
		const from = counts.findLastIndex((c) => c > 0);
		const order = ints.map((it, j) => ({ j, n: it.nStart })).sort((a, b) => b.n - a.n);
		const to = order.find(
			({ j }) => j !== from && counts[j]! < ints[j]!.exits && ints[j]!.nStart > ints[from]!.nStart
		)?.j;
		if (from < 0 || to === undefined) return false;
		counts[from]!--;
		counts[to]!++;
	}
	return false;
}

/** Moves the exits of the interval holding the printed median so the event taking S across ½ sits on it. */
function alignMedian(ipd: SurvivalRecord[], ints: readonly Interval[], printed: number): boolean {
	const km = kaplanMeier(ipd);
	const i = km.findIndex((s) => s.nEvent > 0 && s.surv <= 0.5 + 1e-9);
	const crossing = km[i];
	if (!crossing) return false;
	const it = ints.find((x) => crossing.time > x.start && crossing.time <= x.end);
	if (!it || !(printed > it.start && printed < it.end)) return false;
	// S exactly ½: R's median is the midpoint of this event and the next, so that midpoint goes on the printed value
	const next = km.slice(i + 1).find((s) => s.nEvent > 0);
	const a =
		Math.abs(crossing.surv - 0.5) < 1e-8 && next && next.time <= it.end
			? (crossing.time + next.time) / 2
			: crossing.time;
	const remap = (t: number) =>
		t <= a
			? it.start + ((t - it.start) * (printed - it.start)) / (a - it.start)
			: printed + ((t - a) * (it.end - printed)) / (it.end - a);
	for (let j = 0; j < ipd.length; j++) {
		const r = ipd[j]!;
		if (r.time > it.start && r.time <= it.end) ipd[j] = { time: remap(r.time), event: r.event };
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
	const widths = ints
		.flat()
		.map((i) => i.end - i.start)
		.sort((a, b) => a - b);
	const step = widths[Math.floor(widths.length / 2)] ?? 1;
	const targets: ArmTargets[] = input.arms.map((arm, a) => {
		const last = ints[a]!.at(-1);
		const m = printedMedian(arm.median);
		return {
			intervals: ints[a]!,
			events: arm.totalEvents ?? null,
			median: m === null ? null : { value: m.value, half: 0.5 * 10 ** -decimalsOf(m.printed) },
			notReached: arm.median === 'NE',
			tail: { n: last ? last.nStart - last.exits : 0, span: step }
		};
	});
	const hr = input.hazardRatio ?? null;
	const base: FitWeights = { smooth: 2, shared: 1, hazardRatio: 1, proportional: 0.5 };
	const variants: FitWeights[] = [
		base,
		{ ...base, smooth: 0.5 },
		{ ...base, smooth: 8 },
		{ ...base, shared: 0.25 },
		{ ...base, shared: 4 }
	];
	const baseFit = fitHazards(targets, base, hr);
	// the band's refits start from the best fit: they only move as far as their weights pull
	const fits = [baseFit, ...variants.slice(1).map((w) => fitHazards(targets, w, hr, 60, baseFit.thetas))].map(
		(f) => f.arms
	);
	const best = fits[0]!;

	const rebuild = (best: readonly ArmFit[]): TableArmResult[] =>
		input.arms.map((arm, a): TableArmResult => {
			const is = ints[a]!;
			const fit: ArmFit = best[a]!;
			const warnings: ReconstructionWarning[] = [];
			const remaining = targets[a]!.tail.n;
			const caps = [...is.map((i) => i.exits), remaining];
			const real = [...fit.events, fit.tailEvents];
			const modelExpected = real.reduce((s2, x) => s2 + x, 0);
			const target = arm.totalEvents ?? Math.round(modelExpected);
			const counts = integerize(
				real,
				caps,
				Math.min(
					target,
					caps.reduce((s2, c) => s2 + c, 0)
				)
			);
			// the patients still at risk after the last printed time form one more interval, followed for one grid step
			const last = is.at(-1);
			const withTail: Interval[] =
				last && remaining > 0
					? [...is, { start: last.end, end: last.end + step, nStart: remaining, exits: remaining, logRatio: Infinity }]
					: [...is];
			const m = printedMedian(arm.median);
			if (m !== null && !repairMedianInterval(withTail, counts, m.value))
				warnings.push(warn('median-interval-missed', { median: m.printed }));
			if (arm.median === 'NE' && !keepAboveHalf(withTail, counts)) warnings.push(warn('median-not-reached-missed', {}));
			const ipd: SurvivalRecord[] = [];
			withTail.forEach((it, k) => ipd.push(...placeExits(it.start, it.end, it.exits, counts[k]!)));
			if (m !== null && !alignMedian(ipd, withTail, m.value))
				warnings.push(warn('median-crossing-outside', { median: m.printed }));
			if (arm.totalEvents != null && Math.abs(modelExpected - arm.totalEvents) > Math.max(2, 0.05 * arm.totalEvents)) {
				warnings.push(
					warn('model-events-differ', { expected: Number(modelExpected.toFixed(1)), printed: arm.totalEvents })
				);
			}
			ipd.sort((x, y) => x.time - y.time);
			const km = kaplanMeier(ipd);
			const band = [0, ...is.map((i) => i.end)].map((time) => {
				let lo = 1;
				let hi = 0;
				for (const f of fits) {
					const h = f[a]!.hazard;
					let cum = 0;
					for (let k = 0; k < is.length && is[k]!.end <= time; k++) cum += h[k]! * (is[k]!.end - is[k]!.start);
					const sv = Math.exp(-cum);
					lo = Math.min(lo, sv);
					hi = Math.max(hi, sv);
				}
				return { time, lower: lo, upper: hi };
			});
			return {
				arm: arm.arm,
				ipd,
				diagnostics: {
					atRisk: [...arm.atRisk]
						.sort((x, y) => x.time - y.time)
						.map((r) => ({ time: r.time, printed: r.n, reconstructed: numberAtRisk(ipd, r.time) })),
					events: {
						target: arm.totalEvents ?? null,
						reconstructed: ipd.filter((r) => r.event === 1).length,
						modelExpected
					},
					median: { printed: arm.median ?? null, reconstructed: medianSurvival(km).estimate },
					warnings
				},
				band
			};
		});
	let arms = rebuild(best);
	// the Cox HR of whole-number data is not the model's events-weighted hazard ratio: one corrective refit
	if (hr !== null && arms.length === 2) {
		const cox = (rs: readonly TableArmResult[]) =>
			coxTwoArm(rs.flatMap((r, g) => r.ipd.map((x) => ({ ...x, group: g as 0 | 1 })))).hr;
		const first = cox(arms);
		if (Math.abs(Math.log(first / hr)) > 0.02) {
			const refit = fitHazards(targets, base, (hr * hr) / first, 100, baseFit.thetas).arms;
			const second = rebuild(refit);
			if (Math.abs(Math.log(cox(second) / hr)) < Math.abs(Math.log(first / hr))) arms = second;
		}
	}
	return { arms, variants };
}
