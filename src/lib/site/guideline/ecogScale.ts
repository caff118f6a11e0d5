import type { Dataset } from '$lib/data/dataset';
import { rowsById } from '../datasetById';

/** One performance status of the ECOG scale, as printed. */
export interface EcogGrade {
	readonly code: string;
	readonly text_ja: string;
	readonly text_en: string;
	readonly line: string;
}

/**
 * The ECOG performance status scale (PS 0–4) the document prints, from its criteria dataset.
 * @example ecogScale(datasets, GUIDELINE_FACTS.ecog).map((e) => e.code) // ['0', '1', '2', '3', '4']
 */
export function ecogScale(datasets: readonly Dataset[], dataset: string): EcogGrade[] {
	return rowsById(datasets, dataset, 'criteria', 'ecogScale').map((r) => ({
		code: r.code ?? '',
		text_ja: r.text_ja,
		text_en: r.text_en,
		line: r.source_line
	}));
}
