/** One patient: follow-up time and whether it ended in the event (1) or was censored (0). */
export interface SurvivalRecord {
	readonly time: number;
	readonly event: 0 | 1;
}

/** One row of a Kaplan–Meier table, at each distinct time (event or censoring), as R's survfit reports it. */
export interface KmStep {
	readonly time: number;
	readonly nRisk: number;
	readonly nEvent: number;
	readonly nCensor: number;
	/** S(t) just after this time */
	readonly surv: number;
	/** Greenwood standard error of −log S(t) (R's fit$std.err); Infinity once S reaches 0 */
	readonly stdErr: number;
}

export type ConfType = 'plain' | 'log' | 'log-log';

export const CONF_TYPES: readonly ConfType[] = ['plain', 'log', 'log-log'];
