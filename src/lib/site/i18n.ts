import { deLocalizeHref, getLocale, localizeHref } from '$lib/paraglide/runtime';

export type Locale = 'ja' | 'en';

/** The current page's locale (from the URL via Paraglide). */
export function locale(): Locale {
	return getLocale() === 'en' ? 'en' : 'ja';
}

/** A path in the current (or given) locale: "/datasets/" → "/en/datasets/" on English pages. */
export function href(path: string, lang?: Locale): string {
	// a query or fragment ("/safety/?trial=MM-001") is kept apart so the path keeps its slash
	const cut = path.search(/[?#]/);
	const [bare, rest] = cut < 0 ? [path, ''] : [path.slice(0, cut), path.slice(cut)];
	const out = lang ? localizeHref(bare, { locale: lang }) : localizeHref(bare);
	// pages are prerendered as folders (trailingSlash: 'always'); Paraglide drops the slash
	return (bare.endsWith('/') && !out.endsWith('/') ? `${out}/` : out) + rest;
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
