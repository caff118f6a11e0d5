/**
 * The largest of the values, exactly as Math.max(...values) (NaN if any is NaN, −Infinity for none), but in a loop:
 * spreading a few hundred thousand values into Math.max overflows the call stack.
 * @example maxOf([3, 1, 2]) // 3
 * @example maxOf(['ab', 'c'], (s) => s.length) // 2
 * @example maxOf([]) // -Infinity
 */
export function maxOf(values: Iterable<number>): number;
export function maxOf<T>(items: Iterable<T>, value: (item: T) => number): number;
export function maxOf<T>(items: Iterable<T>, value?: (item: T) => number): number {
	let largest = Number.NEGATIVE_INFINITY;
	for (const item of items) largest = Math.max(largest, value ? value(item) : (item as number));
	return largest;
}

/**
 * The smallest of the values, exactly as Math.min(...values) (NaN if any is NaN, +Infinity for none), in a loop for
 * the same reason as maxOf.
 * @example minOf([3, 1, 2]) // 1
 * @example minOf([{ n: 5 }, { n: 4 }], (d) => d.n) // 4
 * @example minOf([]) // Infinity
 */
export function minOf(values: Iterable<number>): number;
export function minOf<T>(items: Iterable<T>, value: (item: T) => number): number;
export function minOf<T>(items: Iterable<T>, value?: (item: T) => number): number {
	let smallest = Number.POSITIVE_INFINITY;
	for (const item of items) smallest = Math.min(smallest, value ? value(item) : (item as number));
	return smallest;
}
