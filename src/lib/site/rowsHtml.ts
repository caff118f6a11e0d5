import type { Row } from '$lib/data/parseDataset';
import type { Locale } from './i18n';
import { rowCell } from './rowCell';

// The body of a dataset's rows table as one HTML string: thousands of static cells that need no hydration (a table of
// 432 rows × 12 columns hydrated cell by cell cost about 200 ms of the page's first second).

const ESCAPES: Readonly<Record<string, string>> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const NUMERIC = new Set([
	'n',
	'count',
	'percent',
	'responders',
	'orr_percent',
	'ci_lower',
	'ci_upper',
	'estimate',
	'n_at_risk',
	'denominator',
	'value',
	'source_line'
]);

/**
 * The `<tr>` rows of a dataset as shown on its page: each cell worded and marked by language (rowCell), ids marked
 * translate="no", numbers right-aligned, the source line linked. Every text is escaped.
 * @example rowsHtml([{ n: '4', source_line: '131' }], ['n'], 'en') // '<tr><td class="num">4</td></tr>'
 */
export function rowsHtml(
	rows: readonly Row[],
	columns: readonly string[],
	lang: Locale,
	lineHref?: (line: string) => string
): string {
	const out: string[] = [];
	for (const row of rows) {
		out.push('<tr>');
		for (const name of columns) {
			const value = row[name] ?? '';
			const cell = rowCell(name, value, lang);
			const classes = [
				NUMERIC.has(name) ? 'num' : '',
				name.startsWith('text_') || name.startsWith('action_') ? 'long' : ''
			]
				.filter(Boolean)
				.join(' ');
			const attributes = `${classes ? ` class="${classes}"` : ''}${cell.lang ? ` lang="${cell.lang}"` : ''}${cell.id ? ' translate="no"' : ''}`;
			const content =
				name === 'source_line' && lineHref && value
					? `<a href="${escapeHtml(lineHref(value))}">${escapeHtml(value)}</a>`
					: escapeHtml(cell.text);
			out.push(`<td${attributes}>${content}</td>`);
		}
		out.push('</tr>');
	}
	return out.join('');
}
