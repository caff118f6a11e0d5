/**
 * A survival endpoint a document prints as numbers at risk (an `at_risk` dataset) plus a summary table (a
 * `survival_statistic` dataset: event totals, medians, the hazard ratio), to be rebuilt as patient-level data in table
 * mode. Everything document-specific about the rebuild is here, so the survival engine holds none of it.
 */
export interface ReconstructionSpec {
	/** names the rebuilt data: the survival panel, the file /derived/<id>_ipd.csv */
	readonly id: string;
	readonly endpoint: 'PFS' | 'OS';
	readonly atRiskDataset: string;
	readonly summaryDataset: string;
	/** the summary statistic that counts the endpoint's events */
	readonly eventStatistic: 'events' | 'deaths';
	/** arm ids (`arm_id`), in the order shown; the first is the reference: the hazard ratio is the second's versus the first */
	readonly arms: readonly [string, string];
	/** whether the figure prints the at-risk times, or the transcription assumes them (`time_assumed`) on a grid */
	readonly grid: 'printed' | 'assumed';
	/** spacing of the at-risk times, in months (printed, or assumed: see `grid`) */
	readonly gridMonths: number;
}
