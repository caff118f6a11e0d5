import { normalQuantile } from '../special/normal';
import { chisq1Sf } from './logRank';
import { riskTable, type GroupedRecord, type RiskRow } from './riskTable';

export type Ties = 'efron' | 'breslow';

export interface CoxResult {
	readonly ties: Ties;
	/** log hazard ratio of arm 1 versus arm 0 */
	readonly coef: number;
	readonly se: number;
	readonly hr: number;
	/** Wald interval of the hazard ratio at any level, e.g. 0.972 */
	readonly ci: (level: number) => { lower: number; upper: number };
	readonly wald: { chisq: number; p: number };
	readonly score: { chisq: number; p: number };
	readonly lr: { chisq: number; p: number };
	/** log partial likelihood at β = 0 and at the estimate (R's fit$loglik) */
	readonly loglik: readonly [number, number];
	readonly iterations: number;
	/** false when the estimate runs off to ±∞ (monotone likelihood, e.g. no events in one arm) */
	readonly converged: boolean;
}

/**
 * Log partial likelihood of a binary covariate with its first two derivatives (Breslow 1974; Efron 1977; as R's
 * coxph with ties = "breslow" / "efron"). For x ∈ {0, 1}, Σx²e^{βx} = Σxe^{βx}, so the information is A1/A − (A1/A)².
 */
function partialLikelihood(times: readonly RiskRow[], beta: number, ties: Ties): { l: number; u: number; i: number } {
	const w = Math.exp(beta);
	let l = 0;
	let u = 0;
	let info = 0;
	for (const { r0, r1, d0, d1 } of times) {
		const d = d0 + d1;
		const s0 = r0 + w * r1;
		const s1 = w * r1;
		l += beta * d1;
		u += d1;
		if (ties === 'breslow') {
			l -= d * Math.log(s0);
			u -= (d * s1) / s0;
			info += d * (s1 / s0 - (s1 / s0) ** 2);
			continue;
		}
		const dd0 = d0 + w * d1;
		const dd1 = w * d1;
		for (let k = 0; k < d; k++) {
			const a = s0 - (k / d) * dd0;
			const a1 = s1 - (k / d) * dd1;
			l -= Math.log(a);
			u -= a1 / a;
			info += a1 / a - (a1 / a) ** 2;
		}
	}
	return { l, u, i: info };
}

/**
 * Cox proportional-hazards model for two arms, optionally stratified, fitted by Newton–Raphson with step halving
 * (as R's coxph), with Wald intervals at any level and the Wald, score and likelihood-ratio tests.
 * @example coxTwoArm(records, 'efron').ci(0.972)
 */
export function coxTwoArm(records: readonly GroupedRecord[], ties: Ties = 'efron'): CoxResult {
	const times = riskTable(records).filter((t) => t.d0 + t.d1 > 0);
	if (times.length === 0) throw new RangeError('a Cox model needs at least one event');
	const at0 = partialLikelihood(times, 0, ties);
	let beta = 0;
	let cur = at0;
	let iterations = 0;
	let converged = true;
	for (; iterations < 100; iterations++) {
		if (!(cur.i > 0)) break;
		let step = cur.u / cur.i;
		let next = partialLikelihood(times, beta + step, ties);
		// the partial likelihood is concave; halve a step that overshoots
		for (let h = 0; h < 30 && next.l < cur.l; h++) {
			step /= 2;
			next = partialLikelihood(times, beta + step, ties);
		}
		beta += step;
		cur = next;
		if (Math.abs(step) <= 1e-13 * Math.max(1, Math.abs(beta))) {
			iterations++;
			break;
		}
		if (Math.abs(beta) > 40) {
			converged = false;
			break;
		}
	}
	const se = 1 / Math.sqrt(cur.i);
	const wald = (beta / se) ** 2;
	const score = at0.i > 0 ? at0.u ** 2 / at0.i : 0;
	const lr = 2 * (cur.l - at0.l);
	return {
		ties,
		coef: beta,
		se,
		hr: Math.exp(beta),
		ci: (level: number) => {
			const z = normalQuantile(1 - (1 - level) / 2);
			return { lower: Math.exp(beta - z * se), upper: Math.exp(beta + z * se) };
		},
		wald: { chisq: wald, p: chisq1Sf(wald) },
		score: { chisq: score, p: chisq1Sf(score) },
		lr: { chisq: lr, p: chisq1Sf(lr) },
		loglik: [at0.l, cur.l],
		iterations,
		converged
	};
}
