// A sortable table's column and direction, as kept in the URL (`?sort=ci&dir=desc`) by the safety and RMP pages.

export type SortDir = 'asc' | 'desc';

export interface TableSort<K extends string> {
	/** null: the table's own order */
	readonly sort: K | null;
	readonly dir: SortDir;
}

/** Reads the sort from a query string; an unknown column is no sort. */
export function readSort<K extends string>(params: URLSearchParams, keys: readonly K[]): TableSort<K> {
	const sort = params.get('sort');
	return {
		sort: sort !== null && (keys as readonly string[]).includes(sort) ? (sort as K) : null,
		dir: params.get('dir') === 'desc' ? 'desc' : 'asc'
	};
}

/** Writes the sort into a query string; both parameters are dropped when the table is in its own order. */
export function writeSort(params: URLSearchParams, s: TableSort<string>): void {
	if (s.sort) {
		params.set('sort', s.sort);
		params.set('dir', s.dir);
	} else {
		params.delete('sort');
		params.delete('dir');
	}
}

/** A click on a column's header: the same column flips its direction, another column sorts ascending. */
export const nextSort = <K extends string>(now: TableSort<K>, key: K): TableSort<K> =>
	now.sort === key ? { sort: key, dir: now.dir === 'asc' ? 'desc' : 'asc' } : { sort: key, dir: 'asc' };

/** The header's aria-sort. */
export const ariaSort = (now: TableSort<string>, key: string): 'ascending' | 'descending' | 'none' =>
	now.sort === key ? (now.dir === 'asc' ? 'ascending' : 'descending') : 'none';
