/**
 * A follow-up (censoring) distribution shared by the arms of one randomised trial: staggered accrual over A to a
 * common data cut-off at C (potential follow-up C − U, U the entry time; γ = 1 is uniform accrual, γ > 1 a
 * back-loaded ramp-up), times independent dropout at rate δ.
 * G(t) = P(still under follow-up at t) = admin(t)·e^{−δt}, admin(t) = 1 for t ≤ C − A, ((C − t)/A)^γ up to C, 0 after.
 */
export interface CensoringModel {
	/** potential follow-up of the first patient enrolled: the time from first entry to the data cut-off */
	readonly maxFollowUp: number;
	/** accrual duration (C − A is the minimum potential follow-up) */
	readonly accrual: number;
	/** dropout hazard per unit time */
	readonly dropout: number;
	/** shape of the administrative censoring (1 = uniform accrual) */
	readonly shape: number;
}

export function followUpSurvival(m: CensoringModel, t: number): number {
	const start = m.maxFollowUp - m.accrual;
	const admin = t <= start ? 1 : t >= m.maxFollowUp ? 0 : ((m.maxFollowUp - t) / m.accrual) ** m.shape;
	return admin * Math.exp(-m.dropout * t);
}

/** −log G(b)/G(a): the censoring cumulative hazard over (a, b]; Infinity once follow-up has ended. */
export function censoringIncrement(m: CensoringModel, a: number, b: number): number {
	const ga = followUpSurvival(m, a);
	const gb = followUpSurvival(m, b);
	if (gb <= 0) return Infinity;
	return Math.log(ga / gb);
}
