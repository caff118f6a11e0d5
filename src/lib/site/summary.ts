import type { CatalogEntry } from '$lib/data/catalog';

/** What a listing needs of a dataset: its catalog entry and row count, not its rows. */
export interface DatasetSummary {
	readonly entry: CatalogEntry;
	readonly rowCount: number;
}
