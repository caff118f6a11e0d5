// Where each CSV record and each parse error sits in the file, as line numbers a reader can find in an editor.

/**
 * File line (1-based) on which each CSV record starts. Records are split as Papa splits them (fuzzing found a quote inside
 * an unquoted field, or a line end other than Papa's, shifting every later line): only at Papa's detected line break,
 * and a quote opens a quoted field only at the start of a field, which ends at a quote followed by (white space and) a
 * comma or that line break.
 */
export function lineNumbersOfRecords(text: string, newline: string): number[] {
	const starts = [0];
	let i = 0;
	while (i < text.length) {
		if (text[i] === '"') {
			let q = text.indexOf('"', i + 1);
			let comma = -1;
			let nl = -1;
			i = -1;
			while (q !== -1) {
				if (text[q + 1] === '"') {
					q = text.indexOf('"', q + 2);
					continue;
				}
				// next comma and line break after the quote, searched again only once passed (linear on long lines)
				if (comma !== -2 && comma <= q) comma = text.indexOf(',', q + 1) === -1 ? -2 : text.indexOf(',', q + 1);
				if (nl !== -2 && nl <= q) nl = text.indexOf(newline, q + 1) === -1 ? -2 : text.indexOf(newline, q + 1);
				const blankUpTo = (end: number) =>
					end >= 0 && (end === q + 1 || (/\s/.test(text[q + 1]!) && text.slice(q + 1, end).trim() === ''));
				if (q === text.length - 1) i = text.length;
				else if (blankUpTo(comma)) i = comma;
				else if (blankUpTo(nl)) i = nl;
				if (i !== -1) break;
				q = text.indexOf('"', q + 1);
			}
			if (i === -1) break; // unterminated: the rest of the text is one field
		} else {
			const comma = text.indexOf(',', i);
			const nl = text.indexOf(newline, i);
			i = comma !== -1 && (nl === -1 || comma < nl) ? comma : nl === -1 ? text.length : nl;
		}
		if (text[i] === ',') i++;
		else if (text.startsWith(newline, i)) {
			i += newline.length;
			starts.push(i);
		}
	}
	return linesAt(text, starts);
}

/** File line (1-based; \r\n, \n and \r each end a line) of each offset into the text. */
export function linesAt(text: string, offsets: readonly number[]): number[] {
	const lineStarts = [0];
	for (let pos = 0; pos < text.length; pos++) {
		const ch = text[pos];
		if (ch === '\n' || (ch === '\r' && text[pos + 1] !== '\n')) lineStarts.push(pos + 1);
	}
	return offsets.map((offset) => {
		// the last line start at or before the offset
		let lo = 0;
		let hi = lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (lineStarts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	});
}
