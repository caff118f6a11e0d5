import type { Row } from '$lib/data/parseDataset';

export interface CriteriaNode {
	readonly row: Row;
	readonly children: readonly CriteriaNode[];
}

/** Groups of top-level items by their list, in document order, each item with its nested sub-items. */
export interface CriteriaSection {
	readonly list: string;
	readonly items: readonly CriteriaNode[];
}

const byOrder = (a: Row, b: Row) => Number(a.order) - Number(b.order);

/** Nests criteria rows by parent_id; a row whose parent is missing is kept at the top rather than lost. */
export function criteriaTree(rows: readonly Row[]): CriteriaSection[] {
	const ids = new Set(rows.map((r) => r.item_id));
	const kids = new Map<string, Row[]>();
	const roots: Row[] = [];
	for (const r of rows) {
		if (r.parent_id && ids.has(r.parent_id)) {
			const list = kids.get(r.parent_id);
			if (list) list.push(r);
			else kids.set(r.parent_id, [r]);
		} else roots.push(r);
	}
	const node = (r: Row): CriteriaNode => ({
		row: r,
		children: (kids.get(r.item_id ?? '') ?? []).sort(byOrder).map(node)
	});
	// `order` may restart in each list (Table 1 numbers inclusion and exclusion separately): lists keep file order
	const lists = [...new Set(roots.map((r) => r.list ?? ''))];
	return lists.map((list) => ({
		list,
		items: roots
			.filter((r) => (r.list ?? '') === list)
			.sort(byOrder)
			.map(node)
	}));
}
