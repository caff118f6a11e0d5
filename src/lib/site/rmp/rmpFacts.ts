/**
 * Everything the RMP explorer (/rmp/) knows about the RMP it shows, in one place so it can move into the RMP's
 * document profile: the datasets of its safety specification, additional activities and incidence figures, its
 * routine activities, the concerns whose plan prints no risk minimisation, and the arms that received no rituximab.
 * The generic modules next to this file take these as parameters.
 */
export const RMP_FACTS = {
	/** section 1 (the specification), section 2 (surveys), section 4 (risk-minimisation plan), section 5 (lists) */
	datasets: {
		specification: 'rmp_safety_specification',
		surveys: 'rmp_surveys',
		plan: 'rmp_risk_minimisation',
		activities: 'rmp_activities'
	},
	/** every figure "x% (a/b 例)", in document order (the plot cites them) */
	incidence: ['rmp_incidence_a', 'rmp_incidence_b'],
	/** the activity ids of section 5's routine pharmacovigilance and routine risk minimisation */
	routine: { pv: 'routine_pv', rm: 'routine_rmm' },
	/**
	 * The safety concerns whose "リスク最小化活動の内容" block prints 【内容】なし: no risk minimisation at all, routine
	 * included. The specification's CSV has no routine column, so they are named here with their lines; the unit tests
	 * check each line against the document.
	 */
	noRiskMinimisation: [
		{ concern: 'malignancy', line: 436 },
		{ concern: 'nmosd_long_term_safety', line: 439 }
	],
	/** arms that did not receive rituximab (drawn hollow): the placebo and control arms as printed */
	comparatorArms: ['プラセボ群', '対照薬投与群']
} as const;

/** The concerns without any risk minimisation, with the line that prints 「なし」 (RMP_FACTS.noRiskMinimisation). */
export type NoRiskMinimisation = readonly { readonly concern: string; readonly line: number }[];
