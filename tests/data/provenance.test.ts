import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DOCUMENTS_DIR } from '../../src/lib/documents/readDocuments';
import { datasets, loadErrors, printedOn, sourceLines } from './load';

// Cells that hold a number the document prints on the row's source line.
const ON_SOURCE_LINE = [
	'count',
	'percent',
	'ci_lower',
	'ci_upper',
	'estimate',
	'n_at_risk',
	'denominator',
	'value',
	'range_lower',
	'range_upper'
];

/** Values the document prints across a line break: the row cites the first line, the number ends on the next. */
const SPLIT_ACROSS_LINES = [
	// "感染症が 57.1%" ends line 260; "(16/28 例)" begins line 262 (004 RMP, systemic sclerosis trial)
	{ dataset: 'rmp_incidence_a', line: 260, column: 'count', value: '16', printedOn: 262 },
	{ dataset: 'rmp_incidence_a', line: 260, column: 'denominator', value: '28', printedOn: 262 }
];

describe('provenance', () => {
	it('loads every bundled dataset without a single validation error', () => {
		expect(loadErrors).toEqual([]);
		expect(datasets.length).toBeGreaterThanOrEqual(42);
	});

	it('keeps the committed seed documents identical to ../shared/seeds when that folder is present', () => {
		for (const [slug, doc] of [
			['guideline', '000_1b142aeaa985d70d.txt'],
			['rmp', '004_f7c24d200ce56001.txt']
		] as const) {
			const shared = `../shared/seeds/${doc}`;
			if (!existsSync(shared)) continue;
			const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
			expect(hash(join(DOCUMENTS_DIR, slug, doc))).toBe(hash(shared));
		}
	});

	it.each(datasets.map((d) => [d.entry.id, d] as const))(
		'%s: every row cites a line inside its table or passage',
		(_id, d) => {
			const [first, last] = d.entry.source_lines;
			const total = sourceLines(d.entry.document).length;
			expect(last).toBeLessThanOrEqual(total);
			const outside = d.rows.map((r) => Number(r.source_line)).filter((l) => l < first || l > last);
			expect(outside).toEqual([]);
		}
	);

	it.each(datasets.map((d) => [d.entry.id, d] as const))(
		'%s: every number is printed on the line the row cites',
		(id, d) => {
			const lines = sourceLines(d.entry.document);
			const missing: string[] = [];
			d.rows.forEach((r, i) => {
				const line = Number(r.source_line);
				for (const column of d.entry.schema === 'response_rate' ? [] : ON_SOURCE_LINE) {
					const value = r[column];
					if (!value || !/\d/.test(value)) continue;
					const split = SPLIT_ACROSS_LINES.find(
						(s) => s.dataset === id && s.line === line && s.column === column && s.value === value
					);
					const where = split ? split.printedOn : line;
					if (!printedOn(lines[where - 1] ?? '', value))
						missing.push(`file row ${d.lines[i]}: ${column}=${value} not on document line ${where}`);
				}
			});
			expect(missing).toEqual([]);
		}
	);

	// An ORR row gathers cells printed on several lines (N in the header, responders, rate, interval, p).
	it.each(datasets.filter((d) => d.entry.schema === 'response_rate').map((d) => [d.entry.id, d] as const))(
		'%s: every number is printed within the table',
		(_id, d) => {
			const lines = sourceLines(d.entry.document).slice(d.entry.source_lines[0] - 1, d.entry.source_lines[1]);
			const missing: string[] = [];
			d.rows.forEach((r, i) => {
				for (const column of ['n', 'responders', 'orr_percent', 'ci_lower', 'ci_upper', 'p_value']) {
					const value = r[column];
					if (value && !lines.some((l) => printedOn(l, value)))
						missing.push(`file row ${d.lines[i]}: ${column}=${value}`);
				}
			});
			expect(missing).toEqual([]);
		}
	);

	it('fixes the dataset N where the column header prints it', () => {
		const missing: string[] = [];
		for (const d of datasets) {
			const lines = sourceLines(d.entry.document).slice(d.entry.source_lines[0] - 1, d.entry.source_lines[1]);
			for (const r of d.rows)
				if (r.n && !lines.some((l) => printedOn(l, r.n!))) missing.push(`${d.entry.id}: n=${r.n}`);
		}
		// the Japanese OS passage prints no N; its rows carry Table 10's (line 324), which the catalog records as an assumption
		expect([...new Set(missing)]).toEqual(['gl_mm003_japanese_os: n=5']);
	});
});
