import type { Dataset } from '$lib/data/dataset';
import type { SchemaKind } from '$lib/data/schemas';
import { rowsOf, type RowOf } from '$lib/data/typedRows';

/**
 * The dataset with this id; throws naming the page model that needs it (`who`), so a missing dataset fails the build
 * rather than showing an empty page.
 * @example datasetById(datasets, 'rmp_surveys', 'rmpData').entry.schema // 'rmp_survey'
 */
export function datasetById(datasets: readonly Dataset[], id: string, who: string): Dataset {
	const dataset = datasets.find((d) => d.entry.id === id);
	if (!dataset) throw new Error(`${who}: the dataset ${id} is missing`);
	return dataset;
}

/**
 * The rows of the dataset with this id, typed by its schema; throws when the dataset is missing or of another schema.
 * @example rowsById(datasets, 'rmp_surveys', 'rmp_survey', 'rmpData')[0].survey_id // 'gus_cll'
 */
export function rowsById<K extends SchemaKind>(
	datasets: readonly Dataset[],
	id: string,
	kind: K,
	who: string
): readonly RowOf<K>[] {
	return rowsOf(datasetById(datasets, id, who), kind);
}
