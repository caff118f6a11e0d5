import { href } from './i18n';

/**
 * A line of a source document in the current language: every "source line" link of the site.
 * @example documentLineHref('guideline', 131) // "/en/documents/guideline/#L131" on English pages
 */
export const documentLineHref = (doc: string, line: number | string): string =>
	`${href(`/documents/${doc}/`)}#L${line}`;
