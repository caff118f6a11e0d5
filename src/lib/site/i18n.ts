import { getLocale, localizeHref } from '$lib/paraglide/runtime';

export type Locale = 'ja' | 'en';

/** The current page's locale (from the URL via Paraglide). */
export function locale(): Locale {
	return getLocale() === 'en' ? 'en' : 'ja';
}

/** A path in the current locale: "/datasets/" → "/en/datasets/" on English pages. */
export function href(path: string): string {
	return localizeHref(path);
}

/** Picks the field of an object for the current language: pick(entry, 'title') → entry.title_ja or entry.title_en. */
export function pick(obj: object, base: string, lang: Locale = locale()): string {
	const o = obj as Record<string, unknown>;
	const v = o[`${base}_${lang}`] ?? o[`${base}_ja`];
	return typeof v === 'string' ? v : '';
}
