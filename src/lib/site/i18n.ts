import { deLocalizeHref, getLocale, localizeHref } from '$lib/paraglide/runtime';

export type Locale = 'ja' | 'en';

/** The current page's locale (from the URL via Paraglide). */
export function locale(): Locale {
	return getLocale() === 'en' ? 'en' : 'ja';
}

/** A path in the current (or given) locale: "/datasets/" → "/en/datasets/" on English pages. */
export function href(path: string, lang?: Locale): string {
	const out = lang ? localizeHref(path, { locale: lang }) : localizeHref(path);
	// pages are prerendered as folders (trailingSlash: 'always'); Paraglide drops the slash
	return path.endsWith('/') && !out.endsWith('/') ? `${out}/` : out;
}

/** The locale-free path of a URL path: "/en/datasets/" → "/datasets/" (trailing slash kept). */
export function neutralPath(path: string): string {
	const out = deLocalizeHref(path);
	return path.endsWith('/') && !out.endsWith('/') ? `${out}/` : out;
}

/** Picks the field of an object for the current language: pick(entry, 'title') → entry.title_ja or entry.title_en. */
export function pick(obj: object, base: string, lang: Locale = locale()): string {
	const o = obj as Record<string, unknown>;
	const v = o[`${base}_${lang}`] ?? o[`${base}_ja`];
	return typeof v === 'string' ? v : '';
}
