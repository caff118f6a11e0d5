import { replaceState } from '$app/navigation';

/**
 * Writes a page's selections into the URL query so a copied link reproduces the view; a selection equal to its default
 * is dropped, keeping plain links plain. Call only after mount (the router is not ready while prerendering).
 */
export function syncQuery(values: Readonly<Record<string, string>>, defaults: Readonly<Record<string, string>>): void {
	const url = new URL(location.href);
	for (const [k, v] of Object.entries(values)) {
		if (v === defaults[k]) url.searchParams.delete(k);
		else url.searchParams.set(k, v);
	}
	if (url.href !== location.href) replaceState(url, {});
}

/** A query parameter if it is one of the allowed values, else null (a hand-edited link never selects nonsense). */
export function allowedParam<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T | null {
	const v = params.get(key);
	return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : null;
}
