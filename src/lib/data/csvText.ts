/**
 * CSV text (RFC 4180 quoting, LF line ends, final newline) of a header and rows, as the bundled datasets are written.
 * @example toCsvRows(['a', 'b'], [['1', 'x,y']]) // 'a,b\n1,"x,y"\n'
 */
export function toCsvRows(columns: readonly string[], rows: readonly (readonly string[])[]): string {
	const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
	return [columns, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}
