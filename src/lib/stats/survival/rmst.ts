import type { KmStep } from './types';

export interface Rmst {
	readonly tau: number;
	readonly rmst: number;
	readonly se: number;
}

/**
 * Restricted mean survival time ∫₀^τ S(t) dt and its standard error (Klein & Moeschberger 2003, §4.5; R's
 * print.survfit(rmean = τ)): Var = Σ_{event times t_j ≤ τ} A_j² d_j / (n_j (n_j − d_j)), A_j = ∫_{t_j}^τ S(u) du.
 * @example restrictedMean(kaplanMeier(records), 12)
 */
export function restrictedMean(steps: readonly KmStep[], tau: number): Rmst {
	if (!(tau > 0)) throw new RangeError(`tau must be positive, got ${tau}`);
	// S as (start time, value) pieces up to tau
	const pieces: { t: number; s: number }[] = [{ t: 0, s: 1 }];
	for (const st of steps) {
		if (st.time >= tau) break;
		if (st.nEvent > 0) pieces.push({ t: st.time, s: st.surv });
	}
	let area = 0;
	for (let i = 0; i < pieces.length; i++) {
		const end = i + 1 < pieces.length ? pieces[i + 1]!.t : tau;
		area += pieces[i]!.s * (end - pieces[i]!.t);
	}
	let variance = 0;
	for (const st of steps) {
		if (st.time > tau || st.nEvent === 0) continue;
		// area under S from this event time to tau
		let a = 0;
		for (let i = 0; i < pieces.length; i++) {
			const start = Math.max(pieces[i]!.t, st.time);
			const end = i + 1 < pieces.length ? pieces[i + 1]!.t : tau;
			if (end > start) a += pieces[i]!.s * (end - start);
		}
		if (st.nRisk > st.nEvent) variance += (a * a * st.nEvent) / (st.nRisk * (st.nRisk - st.nEvent));
	}
	return { tau, rmst: area, se: Math.sqrt(variance) };
}
