/**
 * Everything the guideline reference page (/guideline/) knows about the guideline it shows, in one place so it can
 * move into the guideline's document profile: the datasets of its eligibility tables, ECOG scale, facility
 * requirements, algorithms and treatment steps, the rows and phrases that print the timeline's numbers, and the
 * trials the timeline cites. The generic modules next to this file take these as parameters.
 */
export const GUIDELINE_FACTS = {
	/** the document whose lines the page links to (/documents/guideline/#L101) */
	document: 'guideline',
	/** the four eligibility columns, in the guideline's order; `key` is the column id */
	eligibility: [
		{ key: 'MM-001', dataset: 'gl_t1_mm001_eligibility', table: 'Table 1' },
		{ key: 'CRB-401', dataset: 'gl_t4_crb401_eligibility', table: 'Table 4' },
		{ key: 'MM-003', dataset: 'gl_t6_mm003_eligibility', table: 'Table 6' },
		{ key: 'approved', dataset: 'gl_s5_patient_selection', table: 'Section 5', approved: true }
	],
	/** which column's item count fills each number of the table's caption (message guide_elig_caption) */
	eligibilityCaption: { mm001: 'MM-001', crb401: 'CRB-401', mm003: 'MM-003', approved: 'approved' },
	/** the ECOG performance status scale printed under section 5 */
	ecog: 'gl_ecog_performance_status',
	/** section 4's facility and physician requirements (Table 14) */
	facility: 'gl_s4_facility_requirements',
	/** Tables 15 (CRS) and 16 (neurologic events) */
	algorithms: { crs: 'gl_t15_crs_algorithm', neurologic: 'gl_t16_neurologic_algorithm' },
	timeline: {
		/** section 1's steps, section 6's numbers and the efficacy section's numbers (bridging in the trials) */
		datasets: {
			steps: 'gl_s1_indication_and_dosing',
			section6: 'gl_numeric_statements_section6',
			efficacy: 'gl_numeric_statements_efficacy'
		},
		leukapheresis: 's1_step_1',
		infusion: 's1_step_5',
		/** the steps whose Japanese text prints when lymphodepletion starts and how long it lasts */
		lymphodepletionStart: { item: 's1_step_4_1', pattern: /本品投与の\s*(\d+)\s*日前から/ },
		lymphodepletionDays: { item: 's1_step_4_2', pattern: /1\s*日\s*1\s*回\s*(\d+)\s*日間/ },
		premedication: 's6_premedication_timing',
		/** section 6's topics of the onset windows; the efficacy statements that end bridging in each trial */
		crsOnset: 'crs_onset',
		neuroOnset: 'neuro_onset',
		bridging: { topic: 'bridging', statementSuffix: '_bridging_end' },
		/** what the exported timeline cites: its datasets, and the trials its onset windows come from */
		trials: 'MM-001, CRB-401, MM-003'
	}
} as const;
