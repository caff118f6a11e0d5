import type { Labelled } from '../datasetLabel';

/** What a trial's page lists of one dataset: its id (the link), its table and its names in both languages. */
export interface TrialDataset extends Labelled {
	readonly id: string;
	readonly table: string;
}
