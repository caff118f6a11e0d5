import { describe, expect, it } from 'vitest';
import { csvCell, csvText, spreadsheetCsv } from '$lib/data/csv';

// the export's cell: formulas neutralised
const cell = (v: string | number | null) => csvCell(v, { neutralizeFormulas: true });

describe('spreadsheetCsv (the chart export and the report)', () => {
	it('starts with a UTF-8 byte-order mark and ends every line, the last too, with CRLF', () => {
		const text = spreadsheetCsv(
			['cohort', 'count'],
			[
				['150×10⁶', 4],
				['300×10⁶', 70]
			]
		);
		expect(text.charCodeAt(0)).toBe(0xfeff);
		expect(text).toBe('\uFEFFcohort,count\r\n150×10⁶,4\r\n300×10⁶,70\r\n');
		// as bytes: EF BB BF, then the header
		expect([...new TextEncoder().encode(text).slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x63]);
		expect(text.split('\r\n')).toHaveLength(4); // three lines and the empty rest after the final CRLF
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('quotes cells with a comma, a quote, a CR or an LF (RFC 4180) and leaves Japanese as it is', () => {
		expect(cell('[6.8, 93.2]')).toBe('"[6.8, 93.2]"');
		expect(cell('the "stated" method')).toBe('"the ""stated"" method"');
		expect(cell('line 1\nline 2')).toBe('"line 1\nline 2"');
		expect(cell('a\rb')).toBe('"a\rb"');
		expect(cell('国内コホート · 450×10⁶')).toBe('国内コホート · 450×10⁶');
		expect(cell('前治療レジメン数 3（Table 9）')).toBe('前治療レジメン数 3（Table 9）');
		expect(spreadsheetCsv(['group', 'ci'], [['日本人集団, PFS', '[0.0, 82.9]']])).toBe(
			'\uFEFFgroup,ci\r\n"日本人集団, PFS","[0.0, 82.9]"\r\n'
		);
	});

	it('writes numbers as numbers, empty for null and non-finite', () => {
		expect(cell(254)).toBe('254');
		expect(cell(0.493)).toBe('0.493');
		expect(cell(null)).toBe('');
		expect(cell(Number.NaN)).toBe('');
		expect(spreadsheetCsv(['x', 'n', 'orr'], [[null, 4, '50.0']])).toBe('\uFEFFx,n,orr\r\n,4,50.0\r\n');
	});

	it('neutralises cells a spreadsheet would run as a formula, but not plain numbers', () => {
		expect(cell('=SUM(A1)')).toBe("'=SUM(A1)");
		expect(cell('@x')).toBe("'@x");
		expect(cell('+cmd')).toBe("'+cmd");
		expect(cell('-x')).toBe("'-x");
		expect(cell('\tx')).toBe("'\tx");
		expect(cell('\r=1')).toBe('"\'\r=1"');
		expect(cell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
		// printed numbers stay exactly as printed and numeric
		expect(cell('-2.9')).toBe('-2.9');
		expect(cell('+1.5')).toBe('+1.5');
		expect(cell('-0.30')).toBe('-0.30');
		expect(cell('1e-3')).toBe('1e-3');
		expect(cell(-2.9)).toBe('-2.9');
		// not numbers: neutralised even though they begin like one
		expect(cell('-2.9+1')).toBe("'-2.9+1");
		expect(cell('-')).toBe("'-");
		// text that merely contains those characters later is left alone
		expect(cell('0.445 [0.292, 0.678]')).toBe('"0.445 [0.292, 0.678]"');
		expect(cell('<0.0001')).toBe('<0.0001');
	});
});

describe('csvText (the bundled datasets, templates and rebuilt patient data)', () => {
	it('is RFC 4180 with LF line ends, the last line too, no byte-order mark', () => {
		expect(csvText(['a', 'b'], [['1', 'x,y']])).toBe('a,b\n1,"x,y"\n');
		expect(csvText(['arm', 'time'], [])).toBe('arm,time\n');
		expect(csvText(['note'], [['say "NE"'], ['two\nlines']])).toBe('note\n"say ""NE"""\n"two\nlines"\n');
	});

	it('leaves formula-like text alone unless asked: a dataset keeps what the document prints', () => {
		expect(csvText(['x'], [['-x'], ['=1']])).toBe('x\n-x\n=1\n');
		expect(csvText(['x'], [['-x'], ['=1']], { neutralizeFormulas: true })).toBe("x\n'-x\n'=1\n");
		expect(csvCell('@x')).toBe('@x');
	});

	it('writes the spreadsheet preset from its options: mark, comments, CRLF', () => {
		expect(csvText(['n'], [[4]], { byteOrderMark: true, lineEnd: '\r\n', comments: ['Title: a\nb'] })).toBe(
			'\uFEFF# Title: a b\r\nn\r\n4\r\n'
		);
		expect(spreadsheetCsv(['n'], [[4]], ['Title: a\nb'])).toBe('\uFEFF# Title: a b\r\nn\r\n4\r\n');
	});
});
