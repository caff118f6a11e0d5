/**
 * The hazard model behind table mode. Per arm a and at-risk interval k, the printed numbers give the total exit
 * hazard L_{a,k} = log(n_k / n_{k+1}) = h_{a,k} + M_{a,k}: event hazard plus censoring hazard (× interval width).
 * The event hazard is unknown; it is estimated so that
 *  - log λ is smooth over time (penalised second differences: hazards seldom jump between adjacent intervals);
 *  - the arms share one censoring hazard (randomised arms share accrual and cut-off): M_{0,k} ≈ M_{1,k}, weighted by
 *    the binomial precision of each log ratio, so the noisy late intervals with few patients count little;
 *  - the printed event totals, medians ("NE": the curve stays above ½) and hazard ratio are met.
 * Events in an interval are λ × person-time, i.e. exits × h/L, and never more than the exits. When the event total
 * is printed, each arm's hazard curve is scaled to meet it exactly, so the optimiser only shapes the curve.
 */

export interface Interval {
	readonly start: number;
	readonly end: number;
	readonly nStart: number;
	readonly exits: number;
	/** log(n_start / n_end); Infinity when everyone leaves */
	readonly logRatio: number;
}

export interface ArmTargets {
	readonly intervals: readonly Interval[];
	readonly events: number | null;
	/** printed median value and half its printed unit; null when not printed */
	readonly median: { value: number; half: number } | null;
	readonly notReached: boolean;
	/** patients still at risk after the last printed time, and how long they are followed */
	readonly tail: { n: number; span: number };
}

export interface FitWeights {
	readonly smooth: number;
	/** pull of each interval's log hazard ratio towards the printed one (proportional hazards, a soft prior) */
	readonly proportional?: number;
	readonly shared: number;
	readonly hazardRatio: number;
}

export interface ArmFit {
	/** event hazard per unit time, per interval */
	readonly hazard: number[];
	/** expected events per interval, then the tail */
	readonly events: number[];
	readonly tailEvents: number;
	readonly median: number;
	/** cumulative event hazard at the end of the printed follow-up */
	readonly cumulative: number;
	/** the factor applied to meet the printed event total */
	readonly scale: number;
}

function personTime(it: Interval): number {
	const dt = it.end - it.start;
	if (!Number.isFinite(it.logRatio)) return (dt * it.nStart) / 2;
	if (it.logRatio === 0) return dt * it.nStart;
	return (dt * it.exits) / it.logRatio;
}

/** Expected events of hazards × c and their derivative in c: increasing and concave (each interval capped by its exits). */
function expectedEvents(theta: readonly number[], arm: ArmTargets, c: number): { e: number; de: number } {
	let e = 0;
	let de = 0;
	let last = 0;
	let dLast = 0;
	arm.intervals.forEach((it, k) => {
		const dt = it.end - it.start;
		const cap = Number.isFinite(it.logRatio) ? it.logRatio / dt : Infinity;
		const base = Math.exp(theta[k]!);
		const lambda = Math.min(c * base, cap);
		const pt = personTime(it);
		if (lambda * pt < it.exits && c * base < cap) {
			e += lambda * pt;
			de += base * pt;
		} else e += Math.min(it.exits, lambda * pt);
		last = lambda;
		dLast = c * base < cap ? base : 0;
	});
	const decay = Math.exp(-last * arm.tail.span * 0.5);
	return { e: e + arm.tail.n * (1 - decay), de: de + arm.tail.n * decay * dLast * arm.tail.span * 0.5 };
}

/** The factor that makes the expected events equal the printed total (1 when none is printed): safeguarded Newton. */
function scaleToEvents(theta: readonly number[], arm: ArmTargets, warm = 1): number {
	if (arm.events === null) return 1;
	if (arm.events === 0) return 0;
	const target = arm.events;
	let lo = 0;
	let hi = Infinity;
	let c = warm > 0 && Number.isFinite(warm) ? warm : 1;
	for (let i = 0; i < 60; i++) {
		const { e, de } = expectedEvents(theta, arm, c);
		if (Math.abs(e - target) <= 1e-9 * target) return c;
		if (e < target) lo = c;
		else hi = c;
		if (lo > 1e8) return lo; // the total exceeds what the exits allow: every interval saturated
		let next = de > 0 ? c + (target - e) / de : Number.NaN;
		if (!(next > lo && next < hi)) next = Number.isFinite(hi) ? (lo + hi) / 2 : Math.max(2 * c, 1e-12);
		c = next;
	}
	return c;
}

export function armFit(theta: readonly number[], arm: ArmTargets, warmScale = 1): ArmFit {
	const c = scaleToEvents(theta, arm, warmScale);
	const hazard: number[] = [];
	const events: number[] = [];
	let cumulative = 0;
	let median = Number.NaN;
	arm.intervals.forEach((it, k) => {
		const dt = it.end - it.start;
		// the event hazard cannot exceed the total exit hazard (censoring ≥ 0)
		const cap = Number.isFinite(it.logRatio) ? it.logRatio / dt : Infinity;
		const lambda = Math.min(c * Math.exp(theta[k]!), cap);
		hazard.push(lambda);
		events.push(Math.min(it.exits, lambda * personTime(it)));
		const inc = lambda * dt;
		if (Number.isNaN(median) && cumulative + inc >= Math.LN2 && lambda > 0)
			median = it.start + (Math.LN2 - cumulative) / lambda;
		cumulative += inc;
	});
	const last = hazard.at(-1) ?? 0;
	const tailEvents = arm.tail.n * (1 - Math.exp(-last * arm.tail.span * 0.5));
	return { hazard, events, tailEvents, median, cumulative, scale: c };
}

function objective(
	thetas: readonly (readonly number[])[],
	fits: readonly ArmFit[],
	arms: readonly ArmTargets[],
	w: FitWeights,
	hazardRatio: number | null
): number {
	let f = 0;
	arms.forEach((arm, i) => {
		const th = thetas[i]!;
		for (let k = 1; k + 1 < th.length; k++) f += w.smooth * (th[k + 1]! - 2 * th[k]! + th[k - 1]!) ** 2;
		// a milder pull on first differences keeps the end intervals from spiking to meet a late median
		for (let k = 1; k < th.length; k++) f += 0.1 * w.smooth * (th[k]! - th[k - 1]!) ** 2;
		const fit = fits[i]!;
		if (arm.events !== null) {
			const e = fit.events.reduce((s, x) => s + x, 0) + fit.tailEvents;
			f += 100 * ((e - arm.events) / Math.sqrt(Math.max(arm.events, 1))) ** 2;
		}
		if (arm.median) {
			// the curve must cross ½ inside the at-risk interval that holds the printed median (placing the crossing
			// event exactly is done on the whole-number data); within it, only a weak pull towards the value
			const m = arm.median.value;
			let h = 0;
			for (let k = 0; k < arm.intervals.length; k++) {
				const it = arm.intervals[k]!;
				const next = h + fit.hazard[k]! * (it.end - it.start);
				if (m > it.start && m <= it.end) {
					f += 100 * (Math.max(0, h - Math.LN2) / 0.02) ** 2 + 100 * (Math.max(0, Math.LN2 - next) / 0.02) ** 2;
					if (!Number.isNaN(fit.median)) f += ((fit.median - m) / (it.end - it.start)) ** 2;
					break;
				}
				h = next;
				if (k === arm.intervals.length - 1) f += 100 * (Math.max(0, h - Math.LN2) / 0.02) ** 2;
			}
		}
		if (arm.notReached && fit.cumulative > Math.LN2 * 0.98)
			f += 1000 * ((fit.cumulative - Math.LN2 * 0.98) / 0.05) ** 2;
	});
	if (arms.length === 2) {
		const [a0, a1] = arms as [ArmTargets, ArmTargets];
		const [f0, f1] = fits as [ArmFit, ArmFit];
		const n = Math.min(a0.intervals.length, a1.intervals.length);
		let num = 0;
		let den = 0;
		for (let k = 0; k < n; k++) {
			const i0 = a0.intervals[k]!;
			const i1 = a1.intervals[k]!;
			const dt = i0.end - i0.start;
			if (Number.isFinite(i0.logRatio) && Number.isFinite(i1.logRatio) && i1.end === i0.end) {
				const m0 = i0.logRatio - f0.hazard[k]! * dt;
				const m1 = i1.logRatio - f1.hazard[k]! * dt;
				// binomial variance of log(n_end / n_start) ≈ exits / (n_start n_end)
				const v =
					i0.exits / (i0.nStart * (i0.nStart - i0.exits) || 1) +
					i1.exits / (i1.nStart * (i1.nStart - i1.exits) || 1) +
					1e-4;
				f += (w.shared * (m0 - m1) ** 2) / v;
			}
			const ev = (f0.events[k] ?? 0) + (f1.events[k] ?? 0);
			if (f0.hazard[k]! > 0 && f1.hazard[k]! > 0 && ev > 0) {
				num += ev * Math.log(f1.hazard[k]! / f0.hazard[k]!);
				den += ev;
			}
		}
		if (hazardRatio !== null && den > 0) f += w.hazardRatio * ((num / den - Math.log(hazardRatio)) / 0.05) ** 2;
		if (hazardRatio !== null && w.proportional) {
			for (let k = 0; k < n; k++) {
				if (f0.hazard[k]! > 0 && f1.hazard[k]! > 0)
					f += w.proportional * (Math.log(f1.hazard[k]! / f0.hazard[k]!) - Math.log(hazardRatio)) ** 2;
			}
		}
	}
	return f;
}

export interface HazardFit {
	readonly arms: ArmFit[];
	/** log-hazard parameters, to warm-start a refit with other weights */
	readonly thetas: number[][];
}

/** Adam on log hazards with forward-difference gradients: a few dozen variables, a smooth objective. */
export function fitHazards(
	arms: readonly ArmTargets[],
	w: FitWeights,
	hazardRatio: number | null,
	iterations = 220,
	start?: readonly (readonly number[])[]
): HazardFit {
	const thetas = start
		? start.map((t) => [...t])
		: arms.map((arm) => {
				const exits = arm.intervals.reduce((s, i) => s + i.exits, 0) + arm.tail.n;
				const share = arm.events !== null && exits > 0 ? Math.min(1, Math.max(0.02, arm.events / exits)) : 0.5;
				// a flat hazard to start from: the data, not the (censoring-dominated) exit rate, should give it a shape
				const pt = arm.intervals.reduce((s2, it) => s2 + personTime(it), 0);
				const flat = Math.log(Math.max(1e-6, ((arm.events ?? exits * share) || 1) / Math.max(pt, 1e-9)));
				return arm.intervals.map(() => flat);
			});
	const sizes = thetas.map((t) => t.length);
	const split = (x: readonly number[]) => {
		const out: number[][] = [];
		let p = 0;
		for (const n of sizes) {
			out.push(x.slice(p, p + n));
			p += n;
		}
		return out;
	};
	let x = thetas.flat();
	let fits = arms.map((arm, i) => armFit(thetas[i]!, arm));
	const f = (x: readonly number[]) => {
		const th = split(x);
		const fs = arms.map((arm, i) => armFit(th[i]!, arm, fits[i]?.scale));
		return { value: objective(th, fs, arms, w, hazardRatio), fs };
	};
	const m = x.map(() => 0);
	const v = x.map(() => 0);
	const lr = 0.08;
	let current = f(x);
	let best = { x: [...x], f: current.value };
	for (let t = 1; t <= iterations; t++) {
		fits = current.fs;
		if (current.value < best.f) best = { x: [...x], f: current.value };
		const th = split(x);
		// a coordinate moves one arm's hazards: refit that arm only, reuse the others
		const g: number[] = [];
		th.forEach((armTheta, a) => {
			for (let k = 0; k < armTheta.length; k++) {
				const moved = th.map((tt, i) => (i === a ? tt.map((v2, j) => (j === k ? v2 + 1e-5 : v2)) : tt));
				const fs = fits.map((fit, i) => (i === a ? armFit(moved[i]!, arms[i]!, fit.scale) : fit));
				g.push((objective(moved, fs, arms, w, hazardRatio) - current.value) / 1e-5);
			}
		});
		x = x.map((xi, i) => {
			m[i] = 0.9 * m[i]! + 0.1 * g[i]!;
			v[i] = 0.999 * v[i]! + 0.001 * g[i]! ** 2;
			const mh = m[i]! / (1 - 0.9 ** t);
			const vh = v[i]! / (1 - 0.999 ** t);
			return Math.min(5, Math.max(-20, xi - (lr * mh) / (Math.sqrt(vh) + 1e-8)));
		});
		current = f(x);
	}
	if (current.value < best.f) best = { x: [...x], f: current.value };
	const final = split(best.x);
	return { arms: arms.map((a, i) => armFit(final[i]!, a)), thetas: final };
}
