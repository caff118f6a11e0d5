import type { Dataset } from '$lib/data/dataset';
import type { Check } from '$lib/verify/check';
import { datasetById } from '../datasetById';
import { incidenceFigures, type IncidenceFigure, type IntervalOf, type PercentOf } from './incidenceFigures';
import { safetyMatrix, type MatrixFacts, type RmpMatrix } from './rmpMatrix';

/** The RMP explorer's page model: the safety specification as a matrix, and every incidence figure. */
export interface RmpData {
	readonly matrix: RmpMatrix;
	readonly figures: readonly IncidenceFigure[];
	/** the document's page slug: /documents/<doc>/#L<line> */
	readonly doc: string;
}

/** What the page model reads from the document (RMP_FACTS): the matrix's facts and the incidence datasets. */
export interface RmpFacts extends MatrixFacts {
	readonly incidence: readonly string[];
	readonly comparatorArms: readonly string[];
}

/**
 * Builds the page data from the bundled RMP datasets and the verification report. The interval and the rounding come
 * in as functions (Clopper–Pearson and half-up rounding on the server), so this module has no statistics code.
 * @example rmpData(bundledDatasets(), report.checks, (x, n) => clopperPearson(x, n, 0.95), percentOf, RMP_FACTS).figures.length // 214
 */
export function rmpData(
	datasets: readonly Dataset[],
	checks: readonly Check[],
	interval: IntervalOf,
	percent: PercentOf,
	facts: RmpFacts
): RmpData {
	const incidence = facts.incidence.map((id) => datasetById(datasets, id, 'rmpData'));
	const figures = incidenceFigures(incidence, checks, interval, percent, facts.comparatorArms);
	const perConcern = new Map<string, number>();
	for (const f of figures) perConcern.set(f.concern, (perConcern.get(f.concern) ?? 0) + 1);
	// the incidence tables' document, for line links
	return { matrix: safetyMatrix(datasets, perConcern, facts), figures, doc: incidence[0]?.source?.slug ?? '' };
}
