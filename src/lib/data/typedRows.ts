import type { CatalogEntry } from './catalog';
import type { Dataset } from './dataset';
import type { SCHEMAS, SchemaKind } from './schemas';

type ColumnsOf<K extends SchemaKind> = (typeof SCHEMAS)[K]['columns'][number];
type RequiredNames<K extends SchemaKind> = Extract<ColumnsOf<K>, { readonly required: true }>['name'];
type OptionalNames<K extends SchemaKind> = Extract<ColumnsOf<K>, { readonly required: false }>['name'];

/**
 * One row of a dataset of schema K, its columns named by SCHEMAS[K].
 * The loader (parseDataset) rejects any file with an empty required cell, so the type promises only that: required
 * columns are strings, optional ones may be missing or empty.
 * @example const r: RowOf<'adverse_reaction'> = rowsOf(dataset, 'adverse_reaction')[0]; r.soc_en // string; r.pt_en // string | undefined
 */
export type RowOf<K extends SchemaKind> = { readonly [N in RequiredNames<K>]: string } & {
	readonly [N in OptionalNames<K>]?: string;
};

/** A loaded dataset whose catalog entry names schema K, with rows typed by it. */
export interface DatasetOf<K extends SchemaKind> extends Dataset {
	readonly entry: CatalogEntry & { readonly schema: K };
	readonly rows: readonly RowOf<K>[];
}

/**
 * Whether a dataset's catalog entry names schema `kind` (its rows were then validated against that schema).
 * @example datasets.filter((d) => isDatasetOf(d, 'response_rate')) // DatasetOf<'response_rate'>[]
 */
export function isDatasetOf<K extends SchemaKind>(dataset: Dataset, kind: K): dataset is DatasetOf<K> {
	return dataset.entry.schema === kind;
}

/**
 * The rows of a dataset typed by its schema; throws, naming the dataset, when its schema is another one.
 * @example rowsOf(t9, 'adverse_reaction').map((r) => r.soc_en)
 */
export function rowsOf<K extends SchemaKind>(dataset: Dataset, kind: K): readonly RowOf<K>[] {
	if (!isDatasetOf(dataset, kind))
		throw new Error(
			`dataset "${dataset.entry.id}" (${dataset.entry.file}) has schema "${dataset.entry.schema}", not "${kind}"`
		);
	return dataset.rows;
}
