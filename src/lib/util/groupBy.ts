/**
 * Items grouped by key, groups and items in first-seen order; linear time (appending to a copied array per item
 * would be quadratic on large inputs).
 * @example groupBy(['a1', 'b1', 'a2'], (s) => s[0]) // Map { 'a' => ['a1', 'a2'], 'b' => ['b1'] }
 */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
	const out = new Map<K, T[]>();
	for (const item of items) {
		const k = key(item);
		const list = out.get(k);
		if (list) list.push(item);
		else out.set(k, [item]);
	}
	return out;
}
