/**
 * The ids of a cell that lists several, separated by semicolons (empty or missing: none).
 * @example idList('gus_cll; gus_ssc') // ['gus_cll', 'gus_ssc']
 */
export const idList = (cell: string | undefined): string[] =>
	cell
		? cell
				.split(';')
				.map((x) => x.trim())
				.filter(Boolean)
		: [];
